// The state the validation rules share: the records, what they found, and where to point.
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { locate, type Path, type SourceRecord } from '../load/source.ts';
import type { Kind } from '../schema/records.ts';

/** A record that passed the schema, with its typed data. */
export interface CheckedRecord<T = Record<string, unknown>> {
  source: SourceRecord;
  data: T;
}

/** What every rule reads and adds to. */
export interface RuleContext {
  checked: CheckedRecord[];
  byId: Map<string, CheckedRecord>;
  diagnostics: Diagnostic[];
  /** Reports an error at a key or value of a record. */
  report(record: SourceRecord, code: string, message: string, path: Path, at?: 'key' | 'value'): void;
  /** Reports a warning at a key or value of a record. */
  warn(record: SourceRecord, code: string, message: string, path: Path, at?: 'key' | 'value'): void;
}

/** A validation rule: reads the context, pushes diagnostics. */
export type Rule = (ctx: RuleContext) => void;

// Creates the shared context for a set of schema-checked records.
export function createContext(checked: CheckedRecord[], diagnostics: Diagnostic[]): RuleContext {
  const byId = new Map<string, CheckedRecord>();
  for (const record of checked) if (!byId.has(record.source.id)) byId.set(record.source.id, record);
  return {
    checked,
    byId,
    diagnostics,
    report: (record, code, message, path, at = 'value') => diagnostics.push(error(code, message, record.file, locate(record, path, at))),
    warn: (record, code, message, path, at = 'value') => diagnostics.push(warning(code, message, record.file, locate(record, path, at))),
  };
}

// Names a kind of record in a message.
export function kindName(kind: Kind): string {
  return { office: 'the Office', body: 'a body', project: 'a project', country: 'a country' }[kind];
}
