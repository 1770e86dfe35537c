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
