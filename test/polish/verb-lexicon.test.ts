import { describe, expect, it } from 'vitest';
import { EN, thrown } from '../support/messages.ts';
import { VERBS, conjugate, conjugatePhrase, countVerb, lexiconVerb, NOUNS, readVerb, type Agreement, type Infinitive } from '../../src/polish/index.ts';

const SG_M: Agreement = { gender: 'm', number: 'sg' };
const SG_F: Agreement = { gender: 'f', number: 'sg' };
const SG_N: Agreement = { gender: 'n', number: 'sg' };
const PL_PERSONAL: Agreement = { gender: 'm', number: 'pl', personal: true };
const PL_OTHER: Agreement = { gender: 'f', number: 'pl' };
const PAST = [SG_M, SG_F, SG_N, PL_PERSONAL, PL_OTHER];

// infinitive, non-past 3sg and 3pl (present, or future of a perfective verb), past m, f, n, personal plural, other plural
const TABLE: readonly [Infinitive, string, string, string, string, string, string, string][] = [
  ['zrzeszać', 'zrzesza', 'zrzeszają', 'zrzeszał', 'zrzeszała', 'zrzeszało', 'zrzeszali', 'zrzeszały'],
  ['składać', 'składa', 'składają', 'składał', 'składała', 'składało', 'składali', 'składały'],
  ['liczyć', 'liczy', 'liczą', 'liczył', 'liczyła', 'liczyło', 'liczyli', 'liczyły'],
  ['gościć', 'gości', 'goszczą', 'gościł', 'gościła', 'gościło', 'gościli', 'gościły'],
  ['delegować', 'deleguje', 'delegują', 'delegował', 'delegowała', 'delegowało', 'delegowali', 'delegowały'],
  ['przekazywać', 'przekazuje', 'przekazują', 'przekazywał', 'przekazywała', 'przekazywało', 'przekazywali', 'przekazywały'],
  ['podpisać', 'podpisze', 'podpiszą', 'podpisał', 'podpisała', 'podpisało', 'podpisali', 'podpisały'],
  ['zorganizować', 'zorganizuje', 'zorganizują', 'zorganizował', 'zorganizowała', 'zorganizowało', 'zorganizowali', 'zorganizowały'],
  ['odwiedzić', 'odwiedzi', 'odwiedzą', 'odwiedził', 'odwiedziła', 'odwiedziło', 'odwiedzili', 'odwiedziły'],
  ['przyjąć', 'przyjmie', 'przyjmą', 'przyjął', 'przyjęła', 'przyjęło', 'przyjęli', 'przyjęły'],
  ['wysłać', 'wyśle', 'wyślą', 'wysłał', 'wysłała', 'wysłało', 'wysłali', 'wysłały'],
  ['zostać', 'zostanie', 'zostaną', 'został', 'została', 'zostało', 'zostali', 'zostały'],
  ['powołać', 'powoła', 'powołają', 'powołał', 'powołała', 'powołało', 'powołali', 'powołały'],
  ['utworzyć', 'utworzy', 'utworzą', 'utworzył', 'utworzyła', 'utworzyło', 'utworzyli', 'utworzyły'],
  ['ustanowić', 'ustanowi', 'ustanowią', 'ustanowił', 'ustanowiła', 'ustanowiło', 'ustanowili', 'ustanowiły'],
  ['przekazać', 'przekaże', 'przekażą', 'przekazał', 'przekazała', 'przekazało', 'przekazali', 'przekazały'],
  ['zapewnić', 'zapewni', 'zapewnią', 'zapewnił', 'zapewniła', 'zapewniło', 'zapewnili', 'zapewniły'],
  ['zawrzeć', 'zawrze', 'zawrą', 'zawarł', 'zawarła', 'zawarło', 'zawarli', 'zawarły'],
  ['objąć', 'obejmie', 'obejmą', 'objął', 'objęła', 'objęło', 'objęli', 'objęły'],
  ['podjąć', 'podejmie', 'podejmą', 'podjął', 'podjęła', 'podjęło', 'podjęli', 'podjęły'],
  ['wesprzeć', 'wesprze', 'wesprą', 'wsparł', 'wsparła', 'wsparło', 'wsparli', 'wsparły'],
  ['odbyć', 'odbędzie', 'odbędą', 'odbył', 'odbyła', 'odbyło', 'odbyli', 'odbyły'],
  ['powstać', 'powstanie', 'powstaną', 'powstał', 'powstała', 'powstało', 'powstali', 'powstały'],
  ['oddelegować', 'oddeleguje', 'oddelegują', 'oddelegował', 'oddelegowała', 'oddelegowało', 'oddelegowali', 'oddelegowały'],
  ['przyjechać', 'przyjedzie', 'przyjadą', 'przyjechał', 'przyjechała', 'przyjechało', 'przyjechali', 'przyjechały'],
];

describe('the lexicon in the past, and in the present or (perfective) the future', () => {
  it.each(TABLE)('%s', (infinitive, sg, pl, ...past) => {
    const verb = VERBS[infinitive];
    expect(PAST.map((a) => conjugate(verb, 'past', a))).toEqual(past);
    const nonPast = verb.perfective ? 'future' : 'present';
    expect([conjugate(verb, nonPast, SG_F), conjugate(verb, nonPast, PL_PERSONAL), conjugate(verb, nonPast, PL_OTHER)]).toEqual([sg, pl, pl]);
  });

  it('knows every verb of the lexicon by its infinitive', () => {
    for (const [infinitive, verb] of Object.entries(VERBS)) expect(verb.infinitive).toBe(infinitive);
  });
});

describe('the future', () => {
  it.each([
    ['uczestniczyć', SG_M, 'będzie uczestniczyć'],
    ['uczestniczyć', PL_OTHER, 'będą uczestniczyć'],
    ['zrzeszać', SG_N, 'będzie zrzeszać'],
    ['być', SG_F, 'będzie'],
    ['być', PL_PERSONAL, 'będą'],
    ['podpisać', SG_M, 'podpisze'],
    ['przystąpić', PL_PERSONAL, 'przystąpią'],
    ['wziąć', SG_N, 'weźmie'],
  ] as const)('%s → "%s"', (infinitive, agreement, expected) => {
    expect(conjugate(VERBS[infinitive], 'future', agreement)).toBe(expected);
  });

  it('asks for the infinitive of an imperfective verb that lacks it', () => {
    expect(thrown(() => conjugate({ ...VERBS.gościć, infinitive: undefined }, 'future', SG_M))).toBe(
      'The future of an imperfective verb ("gości") is "będzie" with its infinitive; give its infinitive.',
    );
  });

  it.each([
    [5, 'wziąć', 'przedstawiciel', 'weźmie'],
    [2, 'wziąć', 'państwo', 'wezmą'],
    [2, 'uczestniczyć', 'organizacja', 'będą uczestniczyć'],
    [12, 'uczestniczyć', 'organizacja', 'będzie uczestniczyć'],
  ] as const)('countVerb %s %s %s → "%s"', (n, infinitive, noun, expected) => {
    expect(countVerb(n, VERBS[infinitive], 'future', NOUNS[noun])).toBe(expected);
  });
});

describe('verb phrases', () => {
  it.each([
    ['wziąć udział', 'past', SG_M, 'wziął udział'],
    ['wziąć udział', 'future', PL_OTHER, 'wezmą udział'],
    ['brać udział', 'present', SG_F, 'bierze udział'],
    ['składać się', 'present', SG_N, 'składa się'],
    ['odbyć się', 'past', SG_N, 'odbyło się'],
    ['spotkać się', 'past', PL_PERSONAL, 'spotkali się'],
    ['zrzeszać', 'present', SG_N, 'zrzesza'],
  ] as const)('%s (%s) → "%s"', (phrase, tense, agreement, expected) => {
    expect(conjugatePhrase(lexiconVerb(phrase)!, tense, agreement)).toBe(expected);
  });

  it('knows no verb outside the lexicon', () => {
    expect(lexiconVerb('wizytować')).toBeUndefined();
  });
});

describe('readVerb: a verb given in the data', () => {
  it.each([
    [{ infinitive: 'wizytować', present3sg: 'wizytuje', present3pl: 'wizytują', pastStem: 'wizytowa' }, 'present', SG_M, 'wizytuje'],
    [{ infinitive: 'wizytować', present3sg: 'wizytuje', present3pl: 'wizytują', pastStem: 'wizytowa' }, 'past', PL_PERSONAL, 'wizytowali'],
    [{ infinitive: 'wizytować', present3sg: 'wizytuje', present3pl: 'wizytują', pastStem: 'wizytowa' }, 'future', PL_OTHER, 'będą wizytować'],
    [{ infinitive: 'zwizytować', future3sg: 'zwizytuje', future3pl: 'zwizytują', pastStem: 'zwizytowa' }, 'future', SG_M, 'zwizytuje'],
    [{ infinitive: 'zwizytować', future3sg: 'zwizytuje', future3pl: 'zwizytują', pastStem: 'zwizytowa' }, 'past', SG_F, 'zwizytowała'],
    [{ infinitive: 'widzieć', present3sg: 'widzi', present3pl: 'widzą', pastStem: 'widzia', pastStemPersonal: 'widzie' }, 'past', PL_PERSONAL, 'widzieli'],
    [{ infinitive: 'widzieć', present3sg: 'widzi', present3pl: 'widzą', pastStem: 'widzia', pastStemPersonal: 'widzie' }, 'past', PL_OTHER, 'widziały'],
    [{ infinitive: 'zebrać się', future3sg: 'zbierze', future3pl: 'zbiorą', pastStem: 'zebra' }, 'past', SG_F, 'zebrała się'],
    [
      {
        infinitive: 'nadjąć',
        future3sg: 'nadejmie',
        future3pl: 'nadejmą',
        past: { m: 'nadjął', f: 'nadjęła', n: 'nadjęło', plPersonal: 'nadjęli', plOther: 'nadjęły' },
      },
      'past',
      SG_F,
      'nadjęła',
    ],
    [{ present3sg: 'wizytuje', present3pl: 'wizytują', pastStem: 'wizytowa' }, 'present', PL_OTHER, 'wizytują'],
  ] as const)('%o (%s) → "%s"', (value, tense, agreement, expected) => {
    const reading = readVerb(value);
    expect(reading.problem).toBeUndefined();
    expect(conjugatePhrase(reading.verb!, tense, agreement)).toBe(expected);
  });

  it('refuses the present of a perfective verb from the data', () => {
    const reading = readVerb({ future3sg: 'zwizytuje', future3pl: 'zwizytują', pastStem: 'zwizytowa' });
    expect(thrown(() => conjugatePhrase(reading.verb!, 'present', SG_M))).toMatch(/perfective/);
  });

  it.each([
    ['gościć', 'A verb is written { infinitive: gościć, present3sg: gości, present3pl: goszczą, pastStem: gości }, found "gościć".'],
    [
      { present3sg: 'gości', present3pl: 'goszczą', pastStem: 'gości', past3sg: 'gościł' },
      'A verb has no field "past3sg"; its fields are infinitive, present3sg, present3pl, future3sg, future3pl, pastStem, pastStemPersonal, past.',
    ],
    [
      { pastStem: 'gości' },
      'A verb gives either present3sg and present3pl (imperfective) or future3sg and future3pl (perfective), as in { infinitive: gościć, present3sg: gości, present3pl: goszczą, pastStem: gości }.',
    ],
    [
      { present3sg: 'gości', future3pl: 'ugoszczą', pastStem: 'gości' },
      'A verb gives either present3sg and present3pl (imperfective) or future3sg and future3pl (perfective), as in { infinitive: gościć, present3sg: gości, present3pl: goszczą, pastStem: gości }.',
    ],
    [{ present3sg: 'gości', pastStem: 'gości' }, 'A verb needs both present3sg and present3pl.'],
    [{ present3sg: 'gości', present3pl: 'goszczą' }, 'A verb needs "pastStem", the stem before "-ł" ("gości" for gościł), or every past form in "past".'],
    [{ present3sg: 'gości', present3pl: 5, pastStem: 'gości' }, 'The "present3pl" of a verb must be text.'],
    [{ present3sg: 'gości', present3pl: 'goszczą', pastStem: 'gości', past: {} }, 'A verb gives its past either as "pastStem" or as "past", not both.'],
    [
      { present3sg: 'gości', present3pl: 'goszczą', past: { m: 'gościł' } },
      'The "past" of a verb gives m, f, n, plPersonal, plOther; missing: f, n, plPersonal, plOther.',
    ],
  ])('refuses %o', (value, problem) => {
    const reading = readVerb(value);
    expect(reading.problem && EN.text(reading.problem)).toBe(problem);
  });
});
