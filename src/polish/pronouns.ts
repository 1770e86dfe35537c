// Relative ("który") and demonstrative ("ten") pronouns, declined to agree with their noun.

import { declineAdjective, type DeclensionOptions, type Slot } from './adjectives.ts';
import type { Agreement, Case } from './types.ts';

// Returns "który" declined to agree with its antecedent ("w skład której", "którzy").
export function relativePronoun(a: Agreement, c: Case, options: DeclensionOptions = {}): string {
  return declineAdjective('który', c, a, options);
}

const DEMONSTRATIVE: Record<Slot, Record<Case, string>> = {
  mSg: { nom: 'ten', gen: 'tego', dat: 'temu', acc: 'ten', inst: 'tym', loc: 'tym' },
  fSg: { nom: 'ta', gen: 'tej', dat: 'tej', acc: 'tę', inst: 'tą', loc: 'tej' },
  nSg: { nom: 'to', gen: 'tego', dat: 'temu', acc: 'to', inst: 'tym', loc: 'tym' },
  plPersonal: { nom: 'ci', gen: 'tych', dat: 'tym', acc: 'tych', inst: 'tymi', loc: 'tych' },
  plOther: { nom: 'te', gen: 'tych', dat: 'tym', acc: 'te', inst: 'tymi', loc: 'tych' },
};

// Returns "ten" declined to agree with its noun ("tego projektu", "tej współpracy", "ci przedstawiciele").
export function demonstrative(a: Agreement, c: Case, options: DeclensionOptions = {}): string {
  if (a.number === 'pl') {
    return DEMONSTRATIVE[a.personal ? 'plPersonal' : 'plOther'][c];
  }
  if (a.gender === 'm' && c === 'acc' && (options.animate ?? a.personal ?? false)) {
    return DEMONSTRATIVE.mSg.gen;
  }
  return DEMONSTRATIVE[a.gender === 'm' ? 'mSg' : a.gender === 'f' ? 'fSg' : 'nSg'][c];
}

/** The third-person personal pronoun: its full form, its short (clitic) form, and its form after a preposition. */
const PERSONAL: Record<Slot, Record<Case, { full: string; short?: string; prep: string }>> = {
  mSg: {
    nom: { full: 'on', prep: 'on' },
    gen: { full: 'jego', short: 'go', prep: 'niego' },
    dat: { full: 'jemu', short: 'mu', prep: 'niemu' },
    acc: { full: 'jego', short: 'go', prep: 'niego' },
    inst: { full: 'nim', prep: 'nim' },
    loc: { full: 'nim', prep: 'nim' },
  },
  fSg: {
    nom: { full: 'ona', prep: 'ona' },
    gen: { full: 'jej', prep: 'niej' },
    dat: { full: 'jej', prep: 'niej' },
    acc: { full: 'ją', prep: 'nią' },
    inst: { full: 'nią', prep: 'nią' },
    loc: { full: 'niej', prep: 'niej' },
  },
  nSg: {
    nom: { full: 'ono', prep: 'ono' },
    gen: { full: 'jego', short: 'go', prep: 'niego' },
    dat: { full: 'jemu', short: 'mu', prep: 'niemu' },
    acc: { full: 'je', prep: 'nie' },
    inst: { full: 'nim', prep: 'nim' },
    loc: { full: 'nim', prep: 'nim' },
  },
  plPersonal: {
    nom: { full: 'oni', prep: 'oni' },
    gen: { full: 'ich', prep: 'nich' },
    dat: { full: 'im', prep: 'nim' },
    acc: { full: 'ich', prep: 'nich' },
    inst: { full: 'nimi', prep: 'nimi' },
    loc: { full: 'nich', prep: 'nich' },
  },
  plOther: {
    nom: { full: 'one', prep: 'one' },
    gen: { full: 'ich', prep: 'nich' },
    dat: { full: 'im', prep: 'nim' },
    acc: { full: 'je', prep: 'nie' },
    inst: { full: 'nimi', prep: 'nimi' },
    loc: { full: 'nich', prep: 'nich' },
  },
};

/** Where a personal pronoun stands: after a preposition ("z nią"), unstressed ("realizuje go"), or stressed. */
export type PronounPosition = 'prep' | 'short' | 'full';

// Returns the third-person personal pronoun agreeing with its noun: "w niej", "z nimi", "współrealizował go".
export function personalPronoun(a: Agreement, c: Case, position: PronounPosition = 'full'): string {
  const forms = PERSONAL[slotOf(a)][c];
  return position === 'prep' ? forms.prep : position === 'short' ? (forms.short ?? forms.full) : forms.full;
}

// Returns the third-person possessive pronoun, which does not decline: "jego", "jej", "ich" ("w jej pracach").
export function possessivePronoun(a: Agreement): string {
  if (a.number === 'pl') return 'ich';
  return a.gender === 'f' ? 'jej' : 'jego';
}

// Returns the declension slot of an agreement.
function slotOf(a: Agreement): Slot {
  if (a.number === 'pl') return a.personal ? 'plPersonal' : 'plOther';
  return a.gender === 'm' ? 'mSg' : a.gender === 'f' ? 'fSg' : 'nSg';
}
