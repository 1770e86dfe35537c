// Declension of regular adjectives and adjectival participles ("realizowany", "polski", "kilkuletni").

import { message, MessageError, type Message } from '../i18n/message.ts';
import type { Agreement, Case } from './types.ts';

/** Options for adjective declension. */
export interface DeclensionOptions {
  /** The masculine singular noun is animate: its accusative equals the genitive ("którego"). */
  animate?: boolean;
}

/** The agreement classes an adjective or pronoun declines for. */
export type Slot = 'mSg' | 'fSg' | 'nSg' | 'plPersonal' | 'plOther';

// Endings of a hard-stem adjective ("nowy"); `softened` adapts them to -i adjectives ("polski", "ostatni").
const ENDINGS: Record<Slot, Record<Case, string>> = {
  mSg: { nom: 'y', gen: 'ego', dat: 'emu', acc: 'y', inst: 'ym', loc: 'ym' },
  fSg: { nom: 'a', gen: 'ej', dat: 'ej', acc: 'ą', inst: 'ą', loc: 'ej' },
  nSg: { nom: 'e', gen: 'ego', dat: 'emu', acc: 'e', inst: 'ym', loc: 'ym' },
  plPersonal: { nom: 'y', gen: 'ych', dat: 'ym', acc: 'ych', inst: 'ymi', loc: 'ych' },
  plOther: { nom: 'e', gen: 'ych', dat: 'ym', acc: 'e', inst: 'ymi', loc: 'ych' },
};

// Masculine-personal nominative plural: the stem's last consonant softens. Checked in order, first match wins.
const PERSONAL_PLURAL: readonly [ending: string, replacement: string][] = [
  ['zielony', 'zieloni'],
  ['czerwony', 'czerwoni'],
  ['duży', 'duzi'],
  ['ski', 'scy'],
  ['cki', 'ccy'],
  ['ki', 'cy'],
  ['gi', 'dzy'],
  ['ony', 'eni'],
  ['sty', 'ści'],
  ['ty', 'ci'],
  ['dy', 'dzi'],
  ['sny', 'śni'],
  ['sły', 'śli'],
  ['zły', 'źli'],
  ['ły', 'li'],
  ['ry', 'rzy'],
  ['chy', 'si'],
  ['ższy', 'żsi'],
  ['szy', 'si'],
  ['cy', 'cy'],
  ['czy', 'czy'],
  ['dzy', 'dzy'],
  ['ży', 'ży'],
  ['y', 'i'],
  ['i', 'i'],
];

// Tells why a word cannot be declined as an adjective (undefined when it can): it must be given as the masculine
// nominative singular, ending in -y or -i.
export function adjectiveProblem(mascNomSg: string): Message | undefined {
  const last = mascNomSg.slice(-1);
  return mascNomSg.length < 2 || (last !== 'y' && last !== 'i') ? message('grammar.adjective', { value: mascNomSg }) : undefined;
}

// Returns the adjective, given as masculine nominative singular, in the case and agreement asked for.
export function declineAdjective(mascNomSg: string, c: Case, a: Agreement, options: DeclensionOptions = {}): string {
  const problem = adjectiveProblem(mascNomSg);
  if (problem) throw new MessageError(problem);
  const [stem, last] = [mascNomSg.slice(0, -1), mascNomSg.slice(-1)];
  const slot = slotOf(a);
  if (slot === 'plPersonal' && c === 'nom') {
    return personalPlural(mascNomSg);
  }
  const animate = options.animate ?? a.personal ?? false;
  const ending = slot === 'mSg' && c === 'acc' && animate ? ENDINGS.mSg.gen : ENDINGS[slot][c];
  return stem + (last === 'i' ? softened(ending, /[kg]$/.test(stem)) : ending);
}

// Returns the declension slot for an agreement.
function slotOf(a: Agreement): Slot {
  if (a.number === 'pl') {
    return a.personal ? 'plPersonal' : 'plOther';
  }
  return a.gender === 'm' ? 'mSg' : a.gender === 'f' ? 'fSg' : 'nSg';
}

// Turns a hard ending into the ending after k, g ("polskiego", "polska") or a soft consonant ("ostatnia").
function softened(ending: string, velar: boolean): string {
  if (ending.startsWith('y')) {
    return `i${ending.slice(1)}`;
  }
  if (velar && !ending.startsWith('e')) {
    return ending;
  }
  return `i${ending}`;
}

// Returns the masculine-personal nominative plural ("polski" -> "polscy", "realizowany" -> "realizowani").
function personalPlural(mascNomSg: string): string {
  for (const [ending, replacement] of PERSONAL_PLURAL) {
    if (mascNomSg.endsWith(ending)) {
      return mascNomSg.slice(0, -ending.length) + replacement;
    }
  }
  return mascNomSg;
}
