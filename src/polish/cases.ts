// Case forms and agreement of noun phrases stored in records.

import type { Agreement, Case, NounPhrase } from './types.ts';

// Returns the stored form of the phrase in a case; only a personal phrase's accusative is derived (= genitive).
export function formOf(phrase: NounPhrase, c: Case): string | undefined {
  const stored = phrase[c];
  if (stored !== undefined) {
    return stored;
  }
  if (c === 'acc' && phrase.personal) {
    return phrase.gen;
  }
  return undefined;
}

// Returns the agreement features of the phrase: masculine singular unless stated.
export function agreementOf(phrase: NounPhrase): Agreement {
  return {
    gender: phrase.gender ?? 'm',
    number: phrase.number ?? 'sg',
    personal: phrase.personal ?? false,
  };
}
