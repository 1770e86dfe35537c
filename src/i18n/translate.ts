// Writes the interface's messages from the catalogues, in the language of the run.
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './en.ts';
import type { Language } from './language.ts';
import { pl } from './pl.ts';

/** The catalogues: ICU MessageFormat texts by key, the same keys in each. */
export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, pl };

/** The values a message's placeholders take. */
export type MessageParams = Record<string, string | number>;

let current: Language = 'en';
const compiled = new Map<string, IntlMessageFormat>();

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
  let message = compiled.get(id);
  if (!message)
    compiled.set(id, (message = new IntlMessageFormat(CATALOGUES[language][key], language === 'pl' ? 'pl-PL' : 'en-GB', undefined, { ignoreTag: true })));
  return String(message.format(params));
}

// Runs a step in a given language, then returns to the one before. A part of the bundle (dist/part-*.cjs) holds
// its own copy of this module, so what it exports is called through this with the language of the run.
export function inLanguage<T>(language: Language, step: () => T): T {
  const previous = useLanguage(language);
  try {
    return step();
  } finally {
    useLanguage(previous);
  }
}
