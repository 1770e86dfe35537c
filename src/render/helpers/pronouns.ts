// Helpers for pronouns that refer back to a record just named: "w jej pracach", "z nią", "współrealizował go".
import { personalPronoun, possessivePronoun, type Case, type PronounPosition } from '../../polish/index.ts';
import { agreementFor } from './names.ts';

// Returns the personal pronoun for a phrase: {{pronoun name "loc" "prep"}} -> "niej".
export function pronoun(phrase: unknown, c: Case, position?: PronounPosition): string {
  return personalPronoun(agreementFor(phrase), c, typeof position === 'string' ? position : 'full');
}

// Returns the possessive pronoun for a phrase: {{possessive name}} -> "jej".
export function possessive(phrase: unknown): string {
  return possessivePronoun(agreementFor(phrase));
}
