// The state the validation rules share: the records, what they found, and where to point.
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RecordFile } from '../load/find-files.ts';
import type { Loaded } from '../load/load-data.ts';
import { locate, type Path, type SourceRecord } from '../load/source.ts';
import type { Kind } from '../schema/kinds.ts';

/** A record with its data: as written (any shape) in `parsed`, typed by the schema in `checked`. */
export interface CheckedRecord<T = Record<string, unknown>> {
  source: SourceRecord;
  data: T;
}

/** What every rule reads and adds to. */
export interface RuleContext {
  /** Every record file found, by id (two or more when ids clash), including files that did not parse. */
  files: Map<string, RecordFile[]>;
  /** Kinds whose folder could not be listed: nothing is known of their ids. */
  unlisted: Kind[];
  /** Every record that parsed, with its data as written: rules read it with `field` and `list`. */
  parsed: CheckedRecord[];
  /** The records that also passed the schema. */
  checked: CheckedRecord[];
  /** The records that passed the schema, by id (the first when ids clash). */
  byId: Map<string, CheckedRecord>;
  diagnostics: Diagnostic[];
  /** Finds the parsed record of an id and kind. */
  find(id: unknown, kind: Kind): CheckedRecord | undefined;
  /** Reports an error at a key or value of a record, unless the schema check already reported a problem there. */
  report(record: SourceRecord, code: string, message: string, path: Path, at?: 'key' | 'value'): void;
  /** Reports a warning, as `report` does. */
  warn(record: SourceRecord, code: string, message: string, path: Path, at?: 'key' | 'value'): void;
}

/** A validation rule: reads the context, pushes diagnostics. */
export type Rule = (ctx: RuleContext) => void;

/** What the schema check leaves for the rules: the records that passed, and where it found problems. */
export interface SchemaOutcome {
  checked: CheckedRecord[];
  problems: Map<SourceRecord, Path[]>;
}

// Creates the shared context for the loaded files and records and the outcome of the schema check.
export function createContext({ files, unlisted, records }: Loaded, schema: SchemaOutcome, diagnostics: Diagnostic[]): RuleContext {
  const filesById = new Map<string, RecordFile[]>();
  for (const file of files) filesById.set(file.id, [...(filesById.get(file.id) ?? []), file]);
  const parsed = records.map((source) => ({ source, data: source.data as Record<string, unknown> }));
  const byKindAndId = new Map<string, CheckedRecord>();
  for (const record of parsed) byKindAndId.set(`${record.source.kind}:${record.source.id}`, record);
  // a rule stays silent where the schema check has already spoken: at that path or inside it
  const spoken = new Map([...schema.problems].map(([record, paths]) => [record, new Set(paths.map((p) => p.join('\u0000')))]));
  const covered = (record: SourceRecord, path: Path) =>
    path.some((_, i) => spoken.get(record)?.has(path.slice(0, i + 1).join('\u0000'))) || Boolean(spoken.get(record)?.has(''));
  const push =
    (make: typeof error) =>
    (record: SourceRecord, code: string, message: string, path: Path, at: 'key' | 'value' = 'value') => {
      if (!covered(record, path)) diagnostics.push(make(code, message, record.file, locate(record, path, at)));
    };
  const checkedById = new Map<string, CheckedRecord>();
  for (const record of schema.checked) if (!checkedById.has(record.source.id)) checkedById.set(record.source.id, record);
  return {
    files: filesById,
    unlisted,
    parsed,
    checked: schema.checked,
    byId: checkedById,
    diagnostics,
    find: (id, kind) => (typeof id === 'string' ? byKindAndId.get(`${kind}:${id}`) : undefined),
    report: push(error),
    warn: push(warning),
  };
}

// Reads a field of a value that should be a mapping; undefined when it is not one.
export function field(value: unknown, key: string | number): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string | number, unknown>)[key]
    : undefined;
}

// Reads a value that should be a list; empty when it is not one.
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
