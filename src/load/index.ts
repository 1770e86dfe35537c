// Loads every record file of a data folder.
export { loadData, type Loaded } from './load-data.ts';
export type { ParsedFiles } from './parse-file.ts';
export type { RecordFile } from './find-files.ts';
export { locate, type SourceRecord, type Path } from './source.ts';
