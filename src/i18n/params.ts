// The placeholders of each message, read from the English catalogue's ICU text by the type checker: a key called with a
// placeholder missing, misspelt or of the wrong kind does not compile. The scan steps from brace to brace, as ICU
// reads them: a brace quoted with an apostrophe ('{') is text; "{name}" is a placeholder; "{name, plural, …}" and
// "{name, select, …}" are too, and each of their options is text again, which may hold placeholders of its own.
import type { en, MessageKey } from './en.ts';
import type { Language } from './language.ts';
import type { Message } from './message.ts';

/** What a placeholder takes: text, a number, a message (written in the same language), a text given in each language
 * (a field's description from the schema, which has a catalogue of its own), or a list of them, written one after the
 * other. */
export type Text = string | number | Message | InEachLanguage | readonly Text[];

/** A text given in every language: the language it is written in chooses. */
export type InEachLanguage = { readonly [L in Language]: string };

/** What the scan is inside: text (a message, or an option of a plural or select), or the options of a placeholder. */
type Within = 'text' | 'options';

/** A placeholder found: its name and what it is. */
interface Found {
  name: string;
  kind: 'plain' | 'plural' | 'select';
}

// The text before the first brace, the brace, and the text after it.
type NextBrace<S extends string> = S extends `${infer Before}{${infer After}`
  ? Before extends `${infer First}}${infer Then}`
    ? { before: First; brace: '}'; rest: `${Then}{${After}` }
    : { before: Before; brace: '{'; rest: After }
  : S extends `${infer First}}${infer Then}`
    ? { before: First; brace: '}'; rest: Then }
    : undefined;

// A name without the spaces ICU allows around it.
type Trim<S extends string> = S extends ` ${infer T}` ? Trim<T> : S extends `${infer T} ` ? Trim<T> : S;

// What kind of placeholder the words after its name make it.
type KindOf<Style extends string> =
  Trim<Style> extends `plural${string}` | `selectordinal${string}` ? 'plural' : Trim<Style> extends `select${string}` ? 'select' : 'plain';

// Scans a message from one brace to the next, keeping what it is inside (a stack) and the placeholders it found.
type Scan<S extends string, Stack extends readonly Within[], Out extends Found> =
  NextBrace<S> extends { before: infer Before extends string; brace: infer Brace; rest: infer Rest extends string }
    ? Stack extends readonly [...infer Outer extends Within[], 'options']
      ? Brace extends '{'
        ? Scan<Rest, [...Stack, 'text'], Out>
        : Scan<Rest, Outer, Out>
      : Before extends `${string}'` // a quoted brace: text up to the apostrophe that ends the quote
        ? Before extends `${string}''`
          ? InText<Brace, Rest, Stack, Out>
          : Rest extends `${string}'${infer After}`
            ? Scan<After, Stack, Out>
            : Out
        : InText<Brace, Rest, Stack, Out>
    : Out;

// Reads a brace met in text: a placeholder opens, or an option of a plural or select closes.
type InText<Brace, Rest extends string, Stack extends readonly Within[], Out extends Found> = Brace extends '{'
  ? Rest extends `${infer Name}}${infer After}`
    ? Name extends `${infer Short},${infer Style}`
      ? Scan<`${Style}}${After}`, [...Stack, 'options'], Out | { name: Trim<Short>; kind: KindOf<Style> }>
      : Scan<After, Stack, Out | { name: Trim<Name>; kind: 'plain' }>
    : Out
  : Stack extends readonly [...infer Outer extends Within[], 'text']
    ? Scan<Rest, Outer, Out>
    : Out;

/** The value each kind of placeholder takes: a plural chooses by a number, a select by a word. */
interface ValueOf {
  plain: Text;
  plural: number;
  select: string;
}

/** The placeholders of a message text, as an object type: each name with the value it takes. */
export type PlaceholdersOf<S extends string> = { [F in Scan<S, [], never> as F['name']]: ValueOf[F['kind']] };

/** The parameters of a message, by key. */
export type ParamsOf<K extends MessageKey> = PlaceholdersOf<(typeof en)[K]>;

/** The arguments after a key: none for a message without placeholders, else its parameters. */
export type ParamsArg<K extends MessageKey> = keyof ParamsOf<K> extends never ? [params?: Record<string, never>] : [params: ParamsOf<K>];
