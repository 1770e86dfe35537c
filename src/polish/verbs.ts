// Third-person verb forms and the small verb lexicon the report needs.

import type { Agreement, Tense } from './types.ts';

/**
 * The third-person forms of a verb. For a perfective verb (`perfective: true`) `pres3sg` and `pres3pl` hold
 * its simple future ("przystąpi", "przystąpią"), which is what its non-past forms mean; `conjugate` refuses
 * the present tense of such a verb instead of silently producing a future.
 */
export interface VerbForms {
  pres3sg: string;
  pres3pl: string;
  past: { m: string; f: string; n: string; plPersonal: string; plOther: string };
  perfective?: boolean;
}

// Builds the regular past forms from the stem before "-ł" (and the stem before "-li" when it differs).
function pastForms(stem: string, personalStem: string = stem): VerbForms['past'] {
  return {
    m: `${stem}ł`,
    f: `${stem}ła`,
    n: `${stem}ło`,
    plPersonal: `${personalStem}li`,
    plOther: `${stem}ły`,
  };
}

// Builds an imperfective verb with regular past forms.
function imperfective(pres3sg: string, pres3pl: string, stem: string, personalStem?: string): VerbForms {
  return { pres3sg, pres3pl, past: pastForms(stem, personalStem) };
}

// Builds a perfective verb: its non-past forms are its future.
function perfective(fut3sg: string, fut3pl: string, past: VerbForms['past']): VerbForms {
  return { pres3sg: fut3sg, pres3pl: fut3pl, past, perfective: true };
}

/** Verbs keyed by infinitive. Reflexive "się" is left to the caller ("zajmuje się"). */
export const VERBS = {
  przewodniczyć: imperfective('przewodniczy', 'przewodniczą', 'przewodniczy'),
  uczestniczyć: imperfective('uczestniczy', 'uczestniczą', 'uczestniczy'),
  wchodzić: imperfective('wchodzi', 'wchodzą', 'wchodzi'),
  pełnić: imperfective('pełni', 'pełnią', 'pełni'),
  brać: imperfective('bierze', 'biorą', 'bra'),
  współrealizować: imperfective('współrealizuje', 'współrealizują', 'współrealizowa'),
  realizować: imperfective('realizuje', 'realizują', 'realizowa'),
  należeć: imperfective('należy', 'należą', 'należa', 'należe'),
  łączyć: imperfective('łączy', 'łączą', 'łączy'),
  odpowiadać: imperfective('odpowiada', 'odpowiadają', 'odpowiada'),
  prowadzić: imperfective('prowadzi', 'prowadzą', 'prowadzi'),
  zajmować: imperfective('zajmuje', 'zajmują', 'zajmowa'),
  opierać: imperfective('opiera', 'opierają', 'opiera'),
  być: imperfective('jest', 'są', 'by'),
  mieć: imperfective('ma', 'mają', 'mia', 'mie'),
  kierować: imperfective('kieruje', 'kierują', 'kierowa'),
  koordynować: imperfective('koordynuje', 'koordynują', 'koordynowa'),
  współpracować: imperfective('współpracuje', 'współpracują', 'współpracowa'),
  obejmować: imperfective('obejmuje', 'obejmują', 'obejmowa'),
  trwać: imperfective('trwa', 'trwają', 'trwa'),
  odbywać: imperfective('odbywa', 'odbywają', 'odbywa'),
  reprezentować: imperfective('reprezentuje', 'reprezentują', 'reprezentowa'),
  przystąpić: perfective('przystąpi', 'przystąpią', pastForms('przystąpi')),
  wziąć: perfective('weźmie', 'wezmą', {
    m: 'wziął',
    f: 'wzięła',
    n: 'wzięło',
    plPersonal: 'wzięli',
    plOther: 'wzięły',
  }),
  rozpocząć: perfective('rozpocznie', 'rozpoczną', {
    m: 'rozpoczął',
    f: 'rozpoczęła',
    n: 'rozpoczęło',
    plPersonal: 'rozpoczęli',
    plOther: 'rozpoczęły',
  }),
  zakończyć: perfective('zakończy', 'zakończą', pastForms('zakończy')),
  podpisać: perfective('podpisze', 'podpiszą', pastForms('podpisa')),
} satisfies Record<string, VerbForms>;

/** An infinitive the lexicon knows. */
export type Infinitive = keyof typeof VERBS;

// Returns the third-person form of a verb agreeing with its subject.
export function conjugate(verb: VerbForms, tense: Tense, agreement: Agreement): string {
  if (tense === 'past') {
    return pastForm(verb, agreement);
  }
  if (verb.perfective) {
    throw new Error(
      `A perfective verb ("${verb.past.m}") has no present tense; use the past, or read pres3sg/pres3pl for its future.`,
    );
  }
  return agreement.number === 'sg' ? verb.pres3sg : verb.pres3pl;
}

// Returns the past form agreeing in gender, number and personhood.
function pastForm(verb: VerbForms, agreement: Agreement): string {
  if (agreement.number === 'pl') {
    return agreement.personal ? verb.past.plPersonal : verb.past.plOther;
  }
  return verb.past[agreement.gender];
}
