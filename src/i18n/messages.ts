// Writes the interface's messages from the catalogues in a language: `messagesIn(language)` is made once a run, where the
// language is chosen, and passed to what prints or writes words. A message is ICU MessageFormat,
// parsed by formatjs's parser; of its forms the catalogues use text, placeholders, plurals (with #) and choices,
// which this module fills in. It does not use intl-messageformat, whose every message resolves its locale through
// Intl.NumberFormat: the first such call sets up ICU's number formatting, 12 to 28 ms, a tenth of a build.
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { en, type MessageKey } from './en.ts';
import type { Language } from './language.ts';
import { isMessage } from './message.ts';
import type { InEachLanguage, ParamsArg, Text } from './params.ts';
import { pl } from './pl.ts';

/** The catalogues: ICU MessageFormat texts by key, the same keys in each. */
export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, pl };

/** The values a message's placeholders take. */
export type MessageParams = Readonly<Record<string, Text>>;

/** The words of a run, in its language: what prints or writes text is given one. */
export interface Messages {
  readonly language: Language;
  /** Writes the message of a key, its placeholders filled. */
  t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
  /** Writes a message made where a problem was found (or text, or a list of both). */
  text(message: Text): string;
}

/** The locale whose plural rules and digits each language's messages follow. */
const LOCALES: Record<Language, string> = { en: 'en-GB', pl: 'pl-PL' };

const parsed = new Map<string, MessageFormatElement[] | string>();
const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();
const speakers = new Map<Language, Messages>();

// Returns the words of a language; its catalogue's messages are parsed as they are first written.
export function messagesIn(language: Language): Messages {
  let messages = speakers.get(language);
  if (!messages) {
    const text = (value: Text): string => textOf(language, value);
    const t = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => format(language, key, (params[0] ?? {}) as MessageParams);
    speakers.set(language, (messages = { language, t, text }));
  }
  return messages;
}

// Writes the message of a key in a given language.
export function format(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const id = `${language}:${key}`;
  let message = parsed.get(id);
  if (message === undefined) parsed.set(id, (message = parsedMessage(CATALOGUES[language][key])));
  return typeof message === 'string' ? message : write(message, language, key, params);
}

// Writes a value of a placeholder: a message in the same language, a list as its parts one after the other.
function textOf(language: Language, value: Text): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isMessage(value)) return format(language, value.key, value.params);
  if (!Array.isArray(value)) return (value as InEachLanguage)[language];
  return (value as readonly Text[]).map((part) => textOf(language, part)).join('');
}

// Parses a message. Outside a plural, ICU reads only braces, and an apostrophe before an apostrophe, a brace or an
// angle bracket (a quote; "the analyst's" is plain text): a message with none of them is its own text and is not
// parsed (the command line's help alone has a hundred of them; a build that goes well parses none).
function parsedMessage(message: string): MessageFormatElement[] | string {
  return /[{}]|'['<>]/.test(message) ? parse(message, { ignoreTag: true }) : message;
}

// Writes parsed elements of a message; `count` is the number a # stands for, inside a plural.
function write(elements: MessageFormatElement[], language: Language, key: MessageKey, params: MessageParams, count?: number): string {
  let text = '';
  for (const [i, element] of elements.entries()) {
    if (element.type === TYPE.literal) text += element.value;
    else if (element.type === TYPE.pound) text += count === undefined ? '#' : number(language, count);
    else {
      if (!(element.value in params)) throw new Error(`message ${key} (${language}): no value for {${element.value}}`);
      const value = textOf(language, params[element.value]!);
      if (element.type === TYPE.argument) text += quoted(text, elements[i + 1]) && !WHOLE_QUOTES.has(key) ? excerpt(value) : value;
      else if (element.type === TYPE.select) {
        const option = own(element.options, value) ?? own(element.options, 'other');
        text += option ? write(option.value, language, key, params) : '';
      } else if (element.type === TYPE.plural) {
        const n = Number(value) - element.offset;
        const option =
          own(element.options, `=${Number(value)}`) ?? own(element.options, plural(language, element.pluralType).select(n)) ?? own(element.options, 'other');
        text += option ? write(option.value, language, key, params, n) : '';
      } else throw new Error(`message ${key} (${language}): {${element.value}} is of a form the catalogues do not use`);
    }
  }
  return text;
}

/** Messages that quote whole sentences of the section, as published and as they would read, for the analyst to
 * compare: the section's own text, not a value from a file. */
const WHOLE_QUOTES: ReadonlySet<MessageKey> = new Set(['published.changed']);

/** The most characters of a value a message quotes: a longer one is cut, and "…" marks the cut. */
export const MAX_QUOTED = 80;

// Tells whether a placeholder stands in quotes ("{value}", „{value}”): it quotes a value from the data or the command line.
function quoted(before: string, after: MessageFormatElement | undefined): boolean {
  return /["\u201E]$/.test(before) && after?.type === TYPE.literal && /^["\u201D]/.test(after.value);
}

// Cuts a quoted value to its first MAX_QUOTED characters, the last of them "…", never half a character.
export function excerpt(value: string): string {
  if (value.length <= MAX_QUOTED) return value;
  const head = [...value.slice(0, MAX_QUOTED - 1)].join('').replace(/[\uD800-\uDBFF]$/, '');
  return `${head}…`;
}

// Returns a message's option for a value: its own, never one an object inherits (a value such as "__proto__").
function own<T>(options: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(options, name) ? options[name] : undefined;
}

// The plural rules of a language, made on first use.
function plural(language: Language, type: Intl.PluralRulesOptions['type']): Intl.PluralRules {
  if (type === 'ordinal') return new Intl.PluralRules(LOCALES[language], { type });
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(LOCALES[language])));
  return rules;
}

// Writes a count as the language writes numbers. Whole numbers below 1,000 are their digits in both languages;
// only larger ones need Intl.NumberFormat (and its set-up): "1,234" in English, "12 345" in Polish.
function number(language: Language, n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1000) return String(n);
  let formatter = numberFormats.get(language);
  if (!formatter) numberFormats.set(language, (formatter = new Intl.NumberFormat(LOCALES[language])));
  return formatter.format(n);
}
