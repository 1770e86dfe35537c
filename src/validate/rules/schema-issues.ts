// Checks one record with zod (./schema.ts): its typed data when it passes, else every problem, located, in the
// analyst's terms.
import type { z } from 'zod';
import { error, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { locate, pathText, type Path, type SourceRecord } from '../../load/source.ts';
import { SCHEMAS } from '../../schema/records.ts';
import { suggestion } from '../suggest.ts';
import type { SCHEMA_CODES } from './schema-codes.ts';
import { format, language, t } from '../../i18n/translate.ts';
import { descriptionOf } from '../../schema/descriptions.ts';

// Checks one record's fields: its typed data when it passes, else the paths of its problems.
export function schemaIssues(record: SourceRecord, diagnostics: Diagnostic[]): { data: Record<string, unknown> } | { problems: Path[] } {
  const schema = SCHEMAS[record.kind] as z.ZodType;
  // jitless: zod's interpreter, not the checking code it would first compile for each object schema, which a run of a
  // few records never earns back (and thousands of records are checked faster without too, as npm run bench measures)
  const result = schema.safeParse(record.data, { reportInput: true, jitless: true });
  if (result.success) return { data: result.data as Record<string, unknown> };
  const paths: Path[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') paths.push(...issue.keys.map((key) => [...path, key]));
    else paths.push(path);
    diagnostics.push(...describe(record, issue, path, schema));
  }
  return { problems: paths };
}

/** The formats the schema words in English (the messages of its patterns), each with its message in the catalogues. */
const FORMATS = ['schema.id-format', 'schema.quantity-format'] as const;

/** Polish names and letters of the genders, which an analyst may write for m, f and n ("ż" is żeński: f). */
const POLISH_GENDERS: Record<string, string> = { ż: 'f', z: 'f', k: 'f', żeński: 'f', żeńska: 'f', męski: 'm', męska: 'm', nijaki: 'n', r: 'n' };

// Turns one schema issue into located diagnostics that say what was expected and what was found.
function describe(record: SourceRecord, issue: z.core.$ZodIssue, path: (string | number)[], schema: z.ZodType): Diagnostic[] {
  const where = t('schema.where', { path: path.length ? pathText(path) : 'none' });
  const at = (p: (string | number)[], side: 'key' | 'value' = 'value') => locate(record, p, side);
  const fail = (code: keyof typeof SCHEMA_CODES, message: string, p = path, side: 'key' | 'value' = 'value') => [
    error(code, message, record.file, at(p, side)),
  ];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = Object.keys(shapeOf(schemaAt(schema, path)));
      return issue.keys.map((key) =>
        error(
          'unknown-field',
          t('schema.unknown-field', {
            key,
            where: t('schema.where-in', { path: path.length ? pathText(path) : 'none' }),
            hint: suggestion(key, allowed),
            allowed: allowed.join(', '),
          }),
          record.file,
          at([...path, key], 'key'),
        ),
      );
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        const parent = path.slice(0, -1);
        const name = String(path[path.length - 1]);
        // what the field is, as the JSON Schema describes it in the run's language
        const field = unwrap(schemaAt(schema, path));
        const about = field === undefined ? undefined : descriptionOf(field, language());
        const where = t('schema.where-in', { path: parent.length ? pathText(parent) : 'none' });
        const which = about ? `${about[0]!.toLowerCase()}${about.slice(1).replace(/\.$/, '')}` : 'none';
        return fail('missing-field', t('schema.missing-field', { name, where, expected: expected(issue.expected), about: which }), parent, 'key');
      }
      return fail(
        'wrong-type',
        t('schema.wrong-type', { where, expected: expected(issue.expected), found: found(issue.input), hint: typeHint(issue.expected, issue.input) }),
      );
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const value = String(issue.input);
      const meant = POLISH_GENDERS[value.toLowerCase()];
      const hint = meant && options.includes(meant) ? t('schema.gender-hint', { meant, value }) : suggestion(value, options);
      return fail('not-allowed', t('schema.not-allowed', { where, value, options: options.join(', '), hint }));
    }
    case 'too_small':
      return fail(
        'too-small',
        issue.origin === 'string'
          ? t('schema.empty', { where, found: found(issue.input) })
          : t('schema.too-small', { where, minimum: String(issue.minimum), found: found(issue.input) }),
      );
    case 'invalid_format': {
      // the schema words the expected format in English; the catalogues hold the ones it uses
      const known = FORMATS.find((key) => issue.message === format('en', key));
      return fail('bad-format', t('schema.bad-format', { where, found: found(issue.input), expectation: known ? t(known) : issue.message }));
    }
    case 'invalid_union':
      return fail('wrong-type', t('schema.not-a-date', { where, found: found(issue.input) }));
    default:
      return fail('schema', t('schema.other', { where, message: issue.message }));
  }
}

// Finds the schema that describes the value at a path.
function schemaAt(schema: z.ZodType, path: (string | number)[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  for (const step of path) {
    node = unwrap(node);
    const def = (node as { def?: { type?: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } } | undefined)?.def;
    node = def?.type === 'object' && typeof step === 'string' ? def.shape?.[step] : def?.type === 'array' ? def.element : undefined;
  }
  return node;
}

// Returns the fields an object schema allows.
function shapeOf(schema: z.ZodType | undefined): Record<string, unknown> {
  return (unwrap(schema) as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape ?? {};
}

// Looks through optional wrappers to the schema inside.
function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  let current = node as { def?: { type?: string; innerType?: z.ZodType } } | undefined;
  while (current?.def?.type === 'optional') current = current.def.innerType as typeof current;
  return current as z.ZodType | undefined;
}

// Names an expected type in plain words.
function expected(type: string): string {
  return t('schema.expected', { type });
}

// Describes a found value in plain words.
function found(input: unknown): string {
  if (input === null) return t('schema.found', { type: 'empty', value: '' });
  if (Array.isArray(input)) return t('schema.found', { type: 'list', value: '' });
  if (typeof input === 'object') return t('schema.found', { type: 'mapping', value: '' });
  return t('schema.found', { type: typeof input === 'string' ? 'text' : typeof input === 'number' ? 'number' : 'value', value: String(input) });
}

// Suggests the usual fix when a value has the right content but the wrong type.
function typeHint(type: string, input: unknown): string {
  if ((type === 'number' || type === 'int') && typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) return t('schema.hint.unquote');
  if (type === 'boolean' && typeof input === 'string' && /^(true|false)$/i.test(input.trim())) return t('schema.hint.boolean');
  if (type === 'string' && (typeof input === 'number' || typeof input === 'boolean')) return t('schema.hint.quote');
  if (type === 'array' && (typeof input === 'string' || typeof input === 'number')) return t('schema.hint.list', { value: String(input) });
  return '';
}
