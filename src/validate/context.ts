// The state the validation rules share: the records, what they found, and where to point.
import type { Code, CodeMeta } from '../diagnostics/codes.ts';
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { MessageKey } from '../i18n/en.ts';
import { message, type Message } from '../i18n/message.ts';
import type { ParamsArg } from '../i18n/params.ts';
import type { RecordFile } from '../load/find-files.ts';
import type { Loaded } from '../load/load-data.ts';
import { locate, type Path, type SourceRecord } from '../load/source.ts';
import type { Kind } from '../schema/kinds.ts';

/** A record with its data: as written (any shape) in `parsed`, typed by the schema in `checked`. */
export interface CheckedRecord<T = Record<string, unknown>> {
  source: SourceRecord;
  data: T;
}

/** What every rule reads and adds to; a rule reports only the codes, and words only the messages, its meta declares. */
export interface RuleContext<C extends string = string, M extends MessageKey = MessageKey> {
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
  /** Finds the parsed record of an id and kind. */
  find(id: unknown, kind: Kind): CheckedRecord | undefined;
  /** Reports a problem at a key or value of a record, with the severity the rule declares for its code, unless the
   * schema check already reported a problem there. */
  report(record: SourceRecord, code: C, message: Message, path: Path, at?: 'key' | 'value'): void;
  /** Reports a problem with a file as a whole. */
  reportFile(file: string, code: C, message: Message): void;
  /** Makes a message of the rule, as data: the run's language writes it where it is printed. */
  message<K extends M>(key: K, ...params: ParamsArg<K>): Message;
}

/** What a rule declares beside its check, as ESLint's rules do: its codes with their docs, and the messages it writes. */
export interface RuleMeta<C extends string, M extends MessageKey> {
  codes: { readonly [K in C]: CodeMeta };
  messages: readonly M[];
}

/** A validation rule: its meta, and its check, which reads the context and reports what it finds. */
export interface Rule<C extends string = string, M extends MessageKey = MessageKey> {
  meta: RuleMeta<C, M>;
  check(ctx: RuleContext<C, M>): void;
}

// Declares a rule, keeping its codes and message keys as types for its check.
export function defineRule<const C extends string, const M extends MessageKey>(rule: Rule<C, M>): Rule<C, M> {
  return rule;
}

/** What the schema check leaves for the rules: the records that passed, and where it found problems. */
export interface SchemaOutcome {
  checked: CheckedRecord[];
  problems: Map<SourceRecord, Path[]>;
}

/** Gives each rule the shared context, reporting with the severities its meta declares. */
export type ContextFor = (meta: RuleMeta<Code, MessageKey>) => RuleContext<Code>;

// Creates the shared context for the loaded files and records and the outcome of the schema check: a rule's view of it.
export function createContext({ files, unlisted, records }: Loaded, schema: SchemaOutcome, diagnostics: Diagnostic[]): ContextFor {
  const filesById = new Map<string, RecordFile[]>();
  for (const file of files) filesById.set(file.id, [...(filesById.get(file.id) ?? []), file]);
  const parsed = records.map((source) => ({ source, data: source.data as Record<string, unknown> }));
  const byKindAndId = new Map<string, CheckedRecord>();
  for (const record of parsed) byKindAndId.set(`${record.source.kind}:${record.source.id}`, record);
  // a rule stays silent where the schema check has already spoken: at that path or inside it
  const spoken = new Map([...schema.problems].map(([record, paths]) => [record, new Set(paths.map((p) => p.join('\u0000')))]));
  const covered = (record: SourceRecord, path: Path) =>
    path.some((_, i) => spoken.get(record)?.has(path.slice(0, i + 1).join('\u0000'))) || Boolean(spoken.get(record)?.has(''));
  const make = (meta: RuleMeta<Code, MessageKey>, code: Code) => (meta.codes[code].severity === 'warning' ? warning : error);
  const checkedById = new Map<string, CheckedRecord>();
  for (const record of schema.checked) if (!checkedById.has(record.source.id)) checkedById.set(record.source.id, record);
  return (meta) => ({
    files: filesById,
    unlisted,
    parsed,
    checked: schema.checked,
    byId: checkedById,
    find: (id, kind) => (typeof id === 'string' ? byKindAndId.get(`${kind}:${id}`) : undefined),
    report: (record, code, said, path, at = 'value') => {
      if (!covered(record, path)) diagnostics.push(make(meta, code)(code, said, record.file, locate(record, path, at)));
    },
    reportFile: (file, code, said) => diagnostics.push(make(meta, code)(code, said, file)),
    message,
  });
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
