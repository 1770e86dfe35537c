// Checks one record with zod (./schema.ts): its typed data when it passes, else every problem, located, in the
// analyst's terms.
import type { z } from 'zod';
import { error, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { locate, pathInMessage, type Path, type SourceRecord } from '../../load/source.ts';
import { SCHEMAS } from '../../schema/records.ts';
import { suggestion } from '../suggest.ts';
import type { SCHEMA_CODES } from './schema-codes.ts';
import { inEachLanguage, message, type Message } from '../../i18n/message.ts';
import { format } from '../../i18n/messages.ts';
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

// Says where in a record a field is: "in this record", or "in „changes › 1. wpis”".
function placeIn(path: readonly (string | number)[]): Message {
  return message('schema.where-in', { whole: path.length ? 'no' : 'yes', path: pathInMessage(path) });
}

// Turns one schema issue into located diagnostics that say what was expected and what was found.
function describe(record: SourceRecord, issue: z.core.$ZodIssue, path: (string | number)[], schema: z.ZodType): Diagnostic[] {
  const where = message('schema.where', { whole: path.length ? 'no' : 'yes', path: pathInMessage(path) });
  const at = (p: (string | number)[], side: 'key' | 'value' = 'value') => locate(record, p, side);
  const fail = (code: keyof typeof SCHEMA_CODES, said: Message, p = path, side: 'key' | 'value' = 'value') => [error(code, said, record.file, at(p, side))];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = Object.keys(shapeOf(schemaAt(schema, path)));
      return issue.keys.map((key) =>
        error(
          'unknown-field',
          message('schema.unknown-field', {
            key,
            where: placeIn(path),
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
        // what the field is, as the JSON Schema describes it in each language: the run's is chosen where it is written
        const field = unwrap(schemaAt(schema, path));
        const about = field?.description ? inEachLanguage((language) => fieldText(descriptionOf(field, language) ?? '')) : 'none';
        const where = placeIn(parent);
        return fail('missing-field', message('schema.missing-field', { name, where, expected: expected(issue.expected), about }), parent, 'key');
      }
      return fail(
        'wrong-type',
        message('schema.wrong-type', { where, expected: expected(issue.expected), found: found(issue.input), hint: typeHint(issue.expected, issue.input) }),
      );
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const value = String(issue.input);
      const meant = POLISH_GENDERS[value.toLowerCase()];
      const hint = meant && options.includes(meant) ? message('schema.gender-hint', { meant, value }) : suggestion(value, options);
      return fail('not-allowed', message('schema.not-allowed', { where, value, options: options.join(', '), hint }));
    }
    case 'too_small':
      return fail(
        'too-small',
        issue.origin === 'string'
          ? message('schema.empty', { where, found: found(issue.input) })
          : message('schema.too-small', { where, minimum: String(issue.minimum), found: found(issue.input) }),
      );
    case 'invalid_format': {
      // the schema words the expected format in English; the catalogues hold the ones it uses
      const known = FORMATS.find((key) => issue.message === format('en', key));
      return fail('bad-format', message('schema.bad-format', { where, found: found(issue.input), expectation: known ? message(known) : issue.message }));
    }
    case 'invalid_union':
      return fail('wrong-type', message('schema.not-a-date', { where, found: found(issue.input) }));
    case 'invalid_key':
      return fail('bad-format', message('schema.bad-key', { where, key: String(path[path.length - 1]) }), path, 'key');
    // the schema's own words are English: the analyst is told where, and where the format is described
    default:
      return fail('schema', message('schema.other', { where }));
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

// Words a field's description to follow "expected …": its first letter small, without its final full stop.
function fieldText(description: string): string {
  return `${description[0]!.toLowerCase()}${description.slice(1).replace(/\.$/, '')}`;
}

// Names an expected type in plain words.
function expected(type: string): Message {
  return message('schema.expected', { type });
}

// Describes a found value in plain words.
function found(input: unknown): Message {
  if (input === null) return message('schema.found', { type: 'empty', value: '' });
  if (Array.isArray(input)) return message('schema.found', { type: 'list', value: '' });
  if (typeof input === 'object') return message('schema.found', { type: 'mapping', value: '' });
  return message('schema.found', { type: typeof input === 'string' ? 'text' : typeof input === 'number' ? 'number' : 'value', value: String(input) });
}

// Suggests the usual fix when a value has the right content but the wrong type.
function typeHint(type: string, input: unknown): Message | '' {
  if ((type === 'number' || type === 'int') && typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) return message('schema.hint.unquote');
  if (type === 'boolean' && typeof input === 'string' && /^(true|false)$/i.test(input.trim())) return message('schema.hint.boolean');
  if (type === 'string' && (typeof input === 'number' || typeof input === 'boolean')) return message('schema.hint.quote');
  if (type === 'array' && (typeof input === 'string' || typeof input === 'number')) return message('schema.hint.list', { value: String(input) });
  return '';
}
