// Gathers what the record files of a data folder parsed to: the records, and every problem met on the way.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Kind } from '../schema/kinds.ts';
import type { findRecordFiles, RecordFile } from './find-files.ts';
import type { Parsed } from './parse-file.ts';
import type { SourceRecord } from './source.ts';

/** What loading a data folder gives: every record file found, those that parsed, and the problems met on the way. */
export interface Loaded {
  files: RecordFile[];
  /** Kinds whose folder exists but could not be listed: references to them cannot be checked. */
  unlisted: Kind[];
  records: SourceRecord[];
  diagnostics: Diagnostic[];
}

/** The record files of a data folder, found: those to read, the kinds whose folder could not be listed, the problems. */
export type Found = ReturnType<typeof findRecordFiles>;

// Gathers what the files found parsed to (in their order): the records, and every problem met on the way.
export function loaded({ files, unlisted, diagnostics: found }: Found, parsed: readonly Parsed[]): Loaded {
  const records: SourceRecord[] = [];
  const diagnostics = [...found];
  for (const file of parsed) {
    diagnostics.push(...file.diagnostics);
    if (file.record) records.push(file.record);
  }
  return { files, unlisted, records, diagnostics };
}
