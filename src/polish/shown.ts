// Writes a value a message of the grammar quotes, in the language the message is written in: text in its quotes,
// nothing as nothing.
import { message } from '../i18n/message.ts';
import type { Text } from '../i18n/params.ts';

// Gives a value for a message: "female" as „female” in Polish, a missing value as the words for nothing.
export function shownValue(value: unknown): Text {
  if (typeof value === 'string') return message('helper.value.text', { text: value });
  if (value === undefined || value === null) return message('helper.value.nothing');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
