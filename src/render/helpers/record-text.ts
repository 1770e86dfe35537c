// Helpers for the texts a record writes itself: its own sentences ({{say text}}) and its own wording of a part of a
// built-in sentence ({{#wording "exchange" record}}default words{{/wording}}).
import type { HelperOptions } from 'handlebars';
import type { DataOrigin } from '../../diagnostics/origin.ts';

/** A record's text as the templates get it: the template text and where it was written. */
export interface RecordText {
  text: string;
  origin: DataOrigin;
}

/** Renders a partial in a context, for a helper that writes a partial's words; the templates' loader provides it in the
 * render's data, under a symbol, which no template can name. */
export type PartialRunner = (name: string, context: unknown, data: unknown) => string;

/** Where the render's data holds its partial runner. */
export const PARTIAL_RUNNER = Symbol('partial runner');

// Returns the partial runner of the render's data, through the frames blocks made of it (Handlebars keeps the frame
// it was made of in `_parent`).
export function partialRunner(data: unknown): PartialRunner | undefined {
  for (let frame = data as Record<string | symbol, unknown> | undefined; frame; frame = frame._parent as typeof frame)
    if (typeof frame[PARTIAL_RUNNER] === 'function') return frame[PARTIAL_RUNNER] as PartialRunner;
  return undefined;
}

/** Renders a record's text in a context; the templates' loader provides it in the render's data. */
export type RecordTextRunner = (text: RecordText, context: unknown, data: unknown) => string;

// Renders a record's own text with the current context (and `record` when given): {{say text record=record}}.
export function say(this: unknown, text: RecordText, options: HelperOptions): string {
  const context = options.hash?.record ? { ...(this as object), record: options.hash.record } : this;
  return runner(options)(text, context, options.data);
}

/** What words parts of a sentence: a record, or an event. */
type Worded = { wording?: Record<string, RecordText | false> };

// Renders a part of a sentence in the record's own wording when it has one for the part: its text, with `record` the
// record whose wording it is (as in its own sentences) and the fields the part names besides (what its words agree
// with: {{#wording "remit" record head=category case="gen"}}), nothing when the record says false, or else the block's
// default words. Given the records of a group told in one sentence ({{#wording "taking-part" group.records}}), it reads
// the part of each, and the first that words it speaks for the sentence (the model tells apart members that word it
// differently).
export function wording(this: unknown, part: string, worded: Worded | Worded[], options: HelperOptions): string {
  const members = Array.isArray(worded) ? worded : [worded];
  const owns = members.map((member) => member?.wording?.[part]);
  const at = owns.findIndex((own) => own !== undefined);
  const own = owns[at];
  if (own === false) return '';
  if (own) return runner(options)(own, withFields(this, { ...(options.hash ?? {}), record: members[at] }), options.data);
  return options.fn(this);
}

// Returns the context a part stands in with the fields given in reach as own fields, over any other of the context's.
// A view, not a copy: copying would read every field of the context, which validate counts as told.
function withFields(context: unknown, fields: Record<string, unknown>): unknown {
  if (context === null || typeof context !== 'object') return fields;
  const own = (key: string | symbol) => typeof key === 'string' && Object.hasOwn(fields, key);
  const field = (key: string) => ({ value: fields[key], writable: false, enumerable: true, configurable: true });
  return new Proxy(context, {
    get: (target, key) => (own(key) ? fields[key as string] : Reflect.get(target, key)),
    has: (target, key) => own(key) || Reflect.has(target, key),
    getOwnPropertyDescriptor: (target, key) => (own(key) ? field(key as string) : Reflect.getOwnPropertyDescriptor(target, key)),
  });
}

// Returns the runner of record texts from the render's data.
function runner(options: HelperOptions): RecordTextRunner {
  return (options.data as { recordText: RecordTextRunner }).recordText;
}
