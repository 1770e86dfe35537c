// What each helper takes, declared once: a helper given a value it cannot use fails at its call in the template (or
// the record's text), naming the argument, what it expected and what it got; it never writes "undefined" or
// "[object Object]" into a document.
import { CASES } from '../../polish/index.ts';
import { message, type Message } from '../../i18n/message.ts';
import { TemplateDataError } from '../template-error.ts';

/** What an argument must be; with "?" it may also be left out (nothing, or an empty text). */
export type Expected = Kind | `${Kind}?`;

/** The kinds of value helpers take. */
type Kind = 'phrase' | 'record' | 'records' | 'date' | 'case' | 'text' | 'number' | 'list' | 'mapping' | 'mappings' | 'agreement' | 'any';

/** Tells whether a value is of a kind. */
const IS: Record<Kind, (value: unknown) => boolean> = {
  phrase: (v) => isMapping(v) && typeof own(v, 'nom') === 'string',
  record: (v) => isMapping(v) && IS.phrase(own(v, 'name')),
  records: (v) => Array.isArray(v) && v.every(IS.record),
  date: (v) => isMapping(v) && Number.isInteger(own(v, 'year')) && (own(v, 'year') as number) >= 1,
  case: (v) => (CASES as readonly unknown[]).includes(v),
  text: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  list: (v) => Array.isArray(v),
  mapping: (v) => isMapping(v),
  mappings: (v) => isMapping(v) || (Array.isArray(v) && v.every(isMapping)),
  agreement: (v) => v === 'm' || v === 'f' || v === 'n' || v === 'pl' || isMapping(v),
  any: () => true,
};

/** What an argument must be, read once from its Expected. */
interface Wanted {
  kind: Kind;
  optional: boolean;
}

// Wraps a helper so that it checks its arguments against what it takes before it runs.
export function takes<F extends (...args: never[]) => unknown>(name: string, expected: Expected[], helper: F): F {
  const run = helper as unknown as (...a: unknown[]) => unknown;
  // read once: a section calls its helpers hundreds of thousands of times at 50,000 records
  const wanted = expected.map(wantedOf);
  return function (this: unknown, ...args: unknown[]) {
    // a helper that reads the render's data gets Handlebars' options last: they are no argument of the template's
    const given = isHelperOptions(args[args.length - 1]) ? args.length - 1 : args.length;
    for (let index = 0; index < wanted.length; index++) checkWanted(name, index, wanted[index]!, index < given ? args[index] : undefined);
    return run.apply(this, args);
  } as unknown as F;
}

// Reads what an argument must be: its kind, and whether it may be left out.
function wantedOf(want: Expected): Wanted {
  return { kind: want.replace('?', '') as Kind, optional: want.endsWith('?') };
}

// Tells Handlebars' options for a helper (its name, hash and data) from a value a template passed.
function isHelperOptions(value: unknown): boolean {
  const options = value as { name?: unknown; hash?: unknown; data?: unknown } | null;
  return typeof options === 'object' && options !== null && typeof options.name === 'string' && typeof options.hash === 'object' && 'data' in options;
}

// Fails when a value is not what an argument expects.
export function checkArgument(name: string, index: number, want: Expected, value: unknown): void {
  checkWanted(name, index, wantedOf(want), value);
}

// Fails when a value is not what an argument wants.
function checkWanted(name: string, index: number, { kind, optional }: Wanted, value: unknown): void {
  if (optional && (value === undefined || value === null || value === '')) return;
  if (IS[kind](value)) return;
  throw new TemplateDataError(message('helper.argument', { helper: name, position: String(index + 1), expected: kind, value: describe(value) }));
}

// Describes a value briefly, without its contents: records link to each other, so they cannot be printed whole.
export function describe(value: unknown): Message | string {
  if (value === undefined || value === null) return message('helper.value.nothing');
  if (Array.isArray(value)) return message('helper.value.list', { count: value.length });
  if (isMapping(value)) {
    const keys = Object.keys(value);
    return message('helper.value.mapping', { keys: keys.slice(0, 5).join(', '), more: Math.max(0, keys.length - 5), none: keys.length ? 'no' : 'yes' });
  }
  if (typeof value === 'string') return message('helper.value.text', { text: value.length > 40 ? `${value.slice(0, 40)}…` : value });
  // true and false as the analyst types them, quoted: not words of the message
  if (typeof value === 'boolean') return message('helper.value.text', { text: String(value) });
  return String(value);
}

// Reads a field as it is stored, past the view templates read through: a check is not a use of the field, which
// validate and the sources of a sentence count.
function own(value: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}

// Tells whether a value is a mapping (not a list).
function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
