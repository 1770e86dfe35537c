// Third-person verb forms and the small verb lexicon the report needs.

import { message, MessageError } from '../i18n/message.ts';
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
  /** The infinitive, for the future of an imperfective verb ("będzie uczestniczyć"). */
  infinitive?: string;
  /** The future of an imperfective verb that has its own ("będzie", "będą"), instead of "będzie" with the infinitive. */
  future?: { sg: string; pl: string };
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

// Builds the past of a verb in -jąć ("przyjął", "przyjęła"), from the stem before "ą".
function nasalPast(stem: string): VerbForms['past'] {
  return { m: `${stem}ął`, f: `${stem}ęła`, n: `${stem}ęło`, plPersonal: `${stem}ęli`, plOther: `${stem}ęły` };
}

// Gives each verb of the lexicon its infinitive, its key.
function withInfinitives<T extends Record<string, VerbForms>>(verbs: T): T {
  return Object.fromEntries(Object.entries(verbs).map(([infinitive, forms]) => [infinitive, { ...forms, infinitive }])) as T;
}

/** Verbs keyed by infinitive. Reflexive "się" is left to the caller ("zajmuje się"). */
export const VERBS = withInfinitives({
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
  być: { ...imperfective('jest', 'są', 'by'), future: { sg: 'będzie', pl: 'będą' } },
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
  // bodies and their members
  zrzeszać: imperfective('zrzesza', 'zrzeszają', 'zrzesza'),
  skupiać: imperfective('skupia', 'skupiają', 'skupia'),
  składać: imperfective('składa', 'składają', 'składa'),
  liczyć: imperfective('liczy', 'liczą', 'liczy'),
  stanowić: imperfective('stanowi', 'stanowią', 'stanowi'),
  działać: imperfective('działa', 'działają', 'działa'),
  funkcjonować: imperfective('funkcjonuje', 'funkcjonują', 'funkcjonowa'),
  dotyczyć: imperfective('dotyczy', 'dotyczą', 'dotyczy'),
  wspierać: imperfective('wspiera', 'wspierają', 'wspiera'),
  finansować: imperfective('finansuje', 'finansują', 'finansowa'),
  współfinansować: imperfective('współfinansuje', 'współfinansują', 'współfinansowa'),
  tworzyć: imperfective('tworzy', 'tworzą', 'tworzy'),
  powstać: perfective('powstanie', 'powstaną', pastForms('powsta')),
  założyć: perfective('założy', 'założą', pastForms('założy')),
  utworzyć: perfective('utworzy', 'utworzą', pastForms('utworzy')),
  ustanowić: perfective('ustanowi', 'ustanowią', pastForms('ustanowi')),
  powołać: perfective('powoła', 'powołają', pastForms('powoła')),
  zostać: perfective('zostanie', 'zostaną', pastForms('zosta')),
  dołączyć: perfective('dołączy', 'dołączą', pastForms('dołączy')),
  wystąpić: perfective('wystąpi', 'wystąpią', pastForms('wystąpi')),
  objąć: perfective('obejmie', 'obejmą', nasalPast('obj')),
  // events: agreements, meetings, visits, deployments, trainings
  zawierać: imperfective('zawiera', 'zawierają', 'zawiera'),
  zawrzeć: perfective('zawrze', 'zawrą', { m: 'zawarł', f: 'zawarła', n: 'zawarło', plPersonal: 'zawarli', plOther: 'zawarły' }),
  nawiązać: perfective('nawiąże', 'nawiążą', pastForms('nawiąza')),
  organizować: imperfective('organizuje', 'organizują', 'organizowa'),
  współorganizować: imperfective('współorganizuje', 'współorganizują', 'współorganizowa'),
  zorganizować: perfective('zorganizuje', 'zorganizują', pastForms('zorganizowa')),
  gościć: imperfective('gości', 'goszczą', 'gości'),
  ugościć: perfective('ugości', 'ugoszczą', pastForms('ugości')),
  odwiedzać: imperfective('odwiedza', 'odwiedzają', 'odwiedza'),
  odwiedzić: perfective('odwiedzi', 'odwiedzą', pastForms('odwiedzi')),
  przyjmować: imperfective('przyjmuje', 'przyjmują', 'przyjmowa'),
  przyjąć: perfective('przyjmie', 'przyjmą', nasalPast('przyj')),
  spotykać: imperfective('spotyka', 'spotykają', 'spotyka'),
  spotkać: perfective('spotka', 'spotkają', pastForms('spotka')),
  odbyć: perfective('odbędzie', 'odbędą', pastForms('odby')),
  delegować: imperfective('deleguje', 'delegują', 'delegowa'),
  oddelegować: perfective('oddeleguje', 'oddelegują', pastForms('oddelegowa')),
  wysyłać: imperfective('wysyła', 'wysyłają', 'wysyła'),
  wysłać: perfective('wyśle', 'wyślą', pastForms('wysła')),
  przekazywać: imperfective('przekazuje', 'przekazują', 'przekazywa'),
  przekazać: perfective('przekaże', 'przekażą', pastForms('przekaza')),
  zapewniać: imperfective('zapewnia', 'zapewniają', 'zapewnia'),
  zapewnić: perfective('zapewni', 'zapewnią', pastForms('zapewni')),
  szkolić: imperfective('szkoli', 'szkolą', 'szkoli'),
  przeszkolić: perfective('przeszkoli', 'przeszkolą', pastForms('przeszkoli')),
  przeprowadzać: imperfective('przeprowadza', 'przeprowadzają', 'przeprowadza'),
  przeprowadzić: perfective('przeprowadzi', 'przeprowadzą', pastForms('przeprowadzi')),
  podejmować: imperfective('podejmuje', 'podejmują', 'podejmowa'),
  podjąć: perfective('podejmie', 'podejmą', nasalPast('podj')),
  przedstawiać: imperfective('przedstawia', 'przedstawiają', 'przedstawia'),
  przedstawić: perfective('przedstawi', 'przedstawią', pastForms('przedstawi')),
  omawiać: imperfective('omawia', 'omawiają', 'omawia'),
  omówić: perfective('omówi', 'omówią', pastForms('omówi')),
  wymieniać: imperfective('wymienia', 'wymieniają', 'wymienia'),
  wymienić: perfective('wymieni', 'wymienią', pastForms('wymieni')),
  otrzymywać: imperfective('otrzymuje', 'otrzymują', 'otrzymywa'),
  otrzymać: perfective('otrzyma', 'otrzymają', pastForms('otrzyma')),
  udzielać: imperfective('udziela', 'udzielają', 'udziela'),
  udzielić: perfective('udzieli', 'udzielą', pastForms('udzieli')),
  zrealizować: perfective('zrealizuje', 'zrealizują', pastForms('zrealizowa')),
  sfinansować: perfective('sfinansuje', 'sfinansują', pastForms('sfinansowa')),
  wesprzeć: perfective('wesprze', 'wesprą', { m: 'wsparł', f: 'wsparła', n: 'wsparło', plPersonal: 'wsparli', plOther: 'wsparły' }),
  zainicjować: perfective('zainicjuje', 'zainicjują', pastForms('zainicjowa')),
  przyjechać: perfective('przyjedzie', 'przyjadą', pastForms('przyjecha')),
  wyjechać: perfective('wyjedzie', 'wyjadą', pastForms('wyjecha')),
} satisfies Record<string, VerbForms>);

/** An infinitive the lexicon knows. */
export type Infinitive = keyof typeof VERBS;

// Returns the third-person form of a verb agreeing with its subject.
export function conjugate(verb: VerbForms, tense: Tense, agreement: Agreement): string {
  if (tense === 'past') {
    return pastForm(verb, agreement);
  }
  if (tense === 'future') {
    return futureForm(verb, agreement.number === 'sg');
  }
  if (verb.perfective) {
    throw new MessageError(message('verb.perfective-present', { verb: verb.past.m }));
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

// Returns the future: a perfective verb's non-past form, else "będzie"/"będą" and the infinitive.
function futureForm(verb: VerbForms, singular: boolean): string {
  if (verb.perfective) return singular ? verb.pres3sg : verb.pres3pl;
  if (verb.future) return singular ? verb.future.sg : verb.future.pl;
  if (verb.infinitive === undefined) {
    throw new MessageError(message('verb.future-infinitive', { verb: verb.pres3sg }));
  }
  return `${singular ? 'będzie' : 'będą'} ${verb.infinitive}`;
}

/** The passive participles of the verbs of founding, in the masculine nominative singular (the form that declines). */
const PASSIVE_PARTICIPLES: Record<string, string> = { założyć: 'założony', utworzyć: 'utworzony', powołać: 'powołany', ustanowić: 'ustanowiony' };

/** The verbs whose passive participle the grammar knows. */
export const PARTICIPLE_VERBS: readonly string[] = Object.keys(PASSIVE_PARTICIPLES);

// Returns the passive participle of a verb of founding, to decline: "utworzyć" -> "utworzony"; undefined for another.
export function passiveParticiple(infinitive: string): string | undefined {
  return Object.hasOwn(PASSIVE_PARTICIPLES, infinitive) ? PASSIVE_PARTICIPLES[infinitive] : undefined;
}
