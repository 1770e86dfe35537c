// Loads every record file of a data folder.
export { loadData } from './load-data.ts';
export { locate, type SourceRecord, type Path } from './source.ts';
