// Reads a data folder into parsed record files, collecting every problem.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { findRecordFiles } from './find-files.ts';
import { parseFile } from './parse-file.ts';
import type { SourceRecord } from './source.ts';

/** What loading a data folder gives: the parsed records and the problems met on the way. */
export interface Loaded {
  records: SourceRecord[];
  diagnostics: Diagnostic[];
}

// Reads and parses every record file under dataDir; `show` turns a path into the form printed to the user.
export function loadData(dataDir: string, show: (path: string) => string): Loaded {
  const { files, diagnostics } = findRecordFiles(dataDir, show);
  const records: SourceRecord[] = [];
  for (const found of files) {
    const parsed = parseFile(found, show(found.path));
    diagnostics.push(...parsed.diagnostics);
    if (parsed.record) records.push(parsed.record);
  }
  return { records, diagnostics };
}
