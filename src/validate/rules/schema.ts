// Checks each record against the schema of its kind: required fields, types, allowed values, unknown keys.
import type { z } from 'zod';
import { error, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { locate, type SourceRecord } from '../../load/source.ts';
import { KINDS } from '../../schema/records.ts';
import type { CheckedRecord } from '../context.ts';
import { didYouMean } from '../suggest.ts';

// Checks every record's fields; returns those that pass, with their typed data.
export function checkSchema(records: SourceRecord[], diagnostics: Diagnostic[]): CheckedRecord[] {
  const checked: CheckedRecord[] = [];
  for (const record of records) {
    const schema = KINDS[record.kind].schema as z.ZodType;
    const result = schema.safeParse(record.data, { reportInput: true });
    if (result.success) checked.push({ source: record, data: result.data as Record<string, unknown> });
    else for (const issue of result.error.issues) diagnostics.push(...describe(record, issue, schema));
  }
  return checked;
}

// Turns one schema issue into located diagnostics.
function describe(record: SourceRecord, issue: z.core.$ZodIssue, schema: z.ZodType): Diagnostic[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const where = path.length ? `"${path.join('.')}"` : 'this record';
  const field = path.length ? `"${String(path[path.length - 1])}"` : 'the record';
  const at = (p: (string | number)[], side: 'key' | 'value' = 'value') => locate(record, p, side);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((key) =>
        error('unknown-field', `Unknown field "${key}" in ${where}.${didYouMean(key, allowed)} Allowed fields: ${allowed.join(', ')}.`, record.file, at([...path, key], 'key')),
      );
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        const parent = path.slice(0, -1);
        const place = parent.length ? at(parent, 'key') : { line: 1, column: 1 };
        return [error('missing-field', `Missing required field ${field}${parent.length ? ` in "${parent.join('.')}"` : ''}: expected ${expected(issue.expected)}.`, record.file, place)];
      }
      return [error('wrong-type', `Field ${where} should be ${expected(issue.expected)}, but it is ${found(issue.input)}.`, record.file, at(path))];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const value = String(issue.input);
      return [error('not-allowed', `Field ${where} is "${value}"; expected one of: ${options.join(', ')}.${didYouMean(value, options)}`, record.file, at(path))];
    }
    case 'too_small':
      return [error('too-small', `Field ${where} ${issue.origin === 'string' ? 'must not be empty' : `must be at least ${String(issue.minimum)}`}; found ${found(issue.input)}.`, record.file, at(path))];
    case 'invalid_format':
      return [error('bad-format', `Field ${where} is ${found(issue.input)}; expected ${issue.message}.`, record.file, at(path))];
    case 'invalid_union':
      return [error('wrong-type', `Field ${where} is ${found(issue.input)}; expected an ISO date such as "2010", "2010-12" or "2010-12-01".`, record.file, at(path))];
    default:
      return [error('schema', `Field ${where}: ${issue.message}.`, record.file, at(path))];
  }
}

// Lists the keys an object schema allows at a path.
function allowedKeys(schema: z.ZodType, path: (string | number)[]): string[] {
  let node: unknown = schema;
  for (const step of path) {
    node = unwrap(node);
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } }).def;
    if (def?.type === 'object' && typeof step === 'string') node = def.shape?.[step];
    else if (def?.type === 'array') node = def.element;
  }
  const def = (unwrap(node) as { def?: { shape?: Record<string, unknown> } }).def;
  return Object.keys(def?.shape ?? {});
}

// Looks through optional wrappers to the schema inside.
function unwrap(node: unknown): unknown {
  let current = node as { def?: { type?: string; innerType?: unknown } };
  while (current?.def?.type === 'optional') current = current.def.innerType as typeof current;
  return current;
}

// Names an expected type in plain words.
function expected(type: string): string {
  return { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a mapping of fields' }[type] ?? type;
}

// Describes a found value in plain words.
function found(input: unknown): string {
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `the text "${input}"`;
  return `${typeof input === 'number' ? 'the number' : 'the value'} ${String(input)}`;
}
