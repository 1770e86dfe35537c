// Loads every record file of a data folder.
export { loaded, type Found, type Loaded } from './load-data.ts';
export { parseFiles, type ParsedFiles } from './parse-file.ts';
export { findRecordFiles, type RecordFile } from './find-files.ts';
export { locate, type SourceRecord, type Path } from './source.ts';
