// Writes the interface's messages from the catalogues, in the language of the run. A message is ICU MessageFormat,
// parsed by formatjs's parser; of its forms the catalogues use text, placeholders, plurals (with #) and choices,
// which this module fills in. It does not use intl-messageformat, whose every message resolves its locale through
// Intl.NumberFormat: the first such call sets up ICU's number formatting, 12 to 28 ms, a tenth of a build.
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { en, type MessageKey } from './en.ts';
import type { Language } from './language.ts';
import { pl } from './pl.ts';

/** The catalogues: ICU MessageFormat texts by key, the same keys in each. */
export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, pl };

/** The values a message's placeholders take. */
export type MessageParams = Record<string, string | number>;

/** The locale whose plural rules and digits each language's messages follow. */
const LOCALES: Record<Language, string> = { en: 'en-GB', pl: 'pl-PL' };

let current: Language = 'en';
const parsed = new Map<string, MessageFormatElement[] | string>();
const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

// Sets the language of the messages written from now on (main() does, once a run); returns the one it replaces.
export function useLanguage(language: Language): Language {
  const previous = current;
  current = language;
  return previous;
}

// Tells the language messages are written in.
export function language(): Language {
  return current;
}

// Writes the message of a key in the current language, its placeholders filled.
export function t(key: MessageKey, params: MessageParams = {}): string {
  return format(current, key, params);
}

// Writes the message of a key in a given language.
export function format(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const id = `${language}:${key}`;
  let message = parsed.get(id);
  if (message === undefined) parsed.set(id, (message = parsedMessage(CATALOGUES[language][key])));
  return typeof message === 'string' ? message : write(message, language, key, params);
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
  for (const element of elements) {
    if (element.type === TYPE.literal) text += element.value;
    else if (element.type === TYPE.pound) text += count === undefined ? '#' : number(language, count);
    else {
      if (!(element.value in params)) throw new Error(`message ${key} (${language}): no value for {${element.value}}`);
      const value = params[element.value]!;
      if (element.type === TYPE.argument) text += String(value);
      else if (element.type === TYPE.select) {
        const option = own(element.options, String(value)) ?? own(element.options, 'other');
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

// Runs a step in a given language, then returns to the one before. The chunks of the bundle share this module, so the
// language main() sets holds in them too.
export function inLanguage<T>(language: Language, step: () => T): T {
  const previous = useLanguage(language);
  try {
    return step();
  } finally {
    useLanguage(previous);
  }
}
