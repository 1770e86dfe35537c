// A message as data: the key of a catalogue's message and the values of its placeholders, made where a problem is
// found and written in the run's language only where it is printed (messages.ts).
import type { MessageKey } from './en.ts';
import { LANGUAGES, type Language } from './language.ts';
import type { InEachLanguage, ParamsArg, Text } from './params.ts';

/** A message of the catalogues, not yet in any language. */
export interface Message {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, Text>>;
}

// Makes a message: its key and the values of its placeholders, each required and typed by the catalogue's text.
export function message<K extends MessageKey>(key: K, ...params: ParamsArg<K>): Message {
  return { key, params: (params[0] ?? {}) as Record<string, Text> };
}

// Gives a text in every language, for a placeholder whose value the language of the run chooses (a translated
// description); each is made now, so that the message stays data.
export function inEachLanguage(text: (language: Language) => string): InEachLanguage {
  return Object.fromEntries(LANGUAGES.map((language) => [language, text(language)])) as InEachLanguage;
}

// Tells whether a value is a message (and not text or a list).
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Message).key === 'string';
}

/** An error whose words are a message: what catches it passes the message on, or writes it in the run's language. Its
 * own `message` is the key, for a stack trace. */
export class MessageError extends Error {
  constructor(
    readonly said: Message,
    options?: ErrorOptions,
  ) {
    super(said.key, options);
  }
}

// Returns what an error says: its message as data when it has one, else its own text (a library's, in English).
export function saidBy(error: unknown): Message | string {
  if (error instanceof MessageError) return error.said;
  return error instanceof Error ? error.message : String(error);
}
