// Reads a data folder into parsed record files, collecting every problem.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Kind } from '../schema/kinds.ts';
import { findRecordFiles, type RecordFile } from './find-files.ts';
import { parseFiles, type ParsedFiles } from './parse-file.ts';
import type { SourceRecord } from './source.ts';

/** What loading a data folder gives: every record file found, those that parsed, and the problems met on the way. */
export interface Loaded {
  files: RecordFile[];
  /** Kinds whose folder exists but could not be listed: references to them cannot be checked. */
  unlisted: Kind[];
  records: SourceRecord[];
  diagnostics: Diagnostic[];
}

// Reads and parses every record file under dataDir; `show` turns a path into the form printed to the user; `earlier`,
// the files parsed by the load before, which only the files changed since are parsed again from.
export function loadData(dataDir: string, show: (path: string) => string, earlier?: ParsedFiles): Loaded {
  const { files, unlisted, diagnostics } = findRecordFiles(dataDir, show);
  const records: SourceRecord[] = [];
  for (const parsed of parseFiles(files, earlier)) {
    diagnostics.push(...parsed.diagnostics);
    if (parsed.record) records.push(parsed.record);
  }
  return { files, unlisted, records, diagnostics };
}
