// Writes a value a message of the grammar quotes, in the language of the run: text in its quotes, nothing as nothing.
import { t } from '../i18n/translate.ts';

// Writes a value for a message: "female" as „female” in Polish, a missing value as the words for nothing.
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return t('helper.value.text', { text: value });
  if (value === undefined || value === null) return t('helper.value.nothing');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
