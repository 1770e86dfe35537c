import { describe, expect, it } from 'vitest';
import { thrown } from '../support/messages.ts';
import { Founding } from '../../src/schema/content.ts';
import { PARTICIPLE_VERBS, VERBS, conjugate, passiveParticiple, type Agreement, type Infinitive } from '../../src/polish/index.ts';

const SG_M: Agreement = { gender: 'm', number: 'sg' };
const SG_F: Agreement = { gender: 'f', number: 'sg' };
const SG_N: Agreement = { gender: 'n', number: 'sg' };
const PL_PERSONAL: Agreement = { gender: 'm', number: 'pl', personal: true };
const PL_OTHER: Agreement = { gender: 'f', number: 'pl' };

// infinitive, present 3sg, present 3pl (undefined for perfective), past m, f, n, personal plural, other plural
const TABLE: readonly [Infinitive, string | undefined, string | undefined, string, string, string, string, string][] = [
  ['przewodniczyć', 'przewodniczy', 'przewodniczą', 'przewodniczył', 'przewodniczyła', 'przewodniczyło', 'przewodniczyli', 'przewodniczyły'],
  ['uczestniczyć', 'uczestniczy', 'uczestniczą', 'uczestniczył', 'uczestniczyła', 'uczestniczyło', 'uczestniczyli', 'uczestniczyły'],
  ['wchodzić', 'wchodzi', 'wchodzą', 'wchodził', 'wchodziła', 'wchodziło', 'wchodzili', 'wchodziły'],
  ['pełnić', 'pełni', 'pełnią', 'pełnił', 'pełniła', 'pełniło', 'pełnili', 'pełniły'],
  ['brać', 'bierze', 'biorą', 'brał', 'brała', 'brało', 'brali', 'brały'],
  ['współrealizować', 'współrealizuje', 'współrealizują', 'współrealizował', 'współrealizowała', 'współrealizowało', 'współrealizowali', 'współrealizowały'],
  ['realizować', 'realizuje', 'realizują', 'realizował', 'realizowała', 'realizowało', 'realizowali', 'realizowały'],
  ['przystąpić', undefined, undefined, 'przystąpił', 'przystąpiła', 'przystąpiło', 'przystąpili', 'przystąpiły'],
  ['należeć', 'należy', 'należą', 'należał', 'należała', 'należało', 'należeli', 'należały'],
  ['łączyć', 'łączy', 'łączą', 'łączył', 'łączyła', 'łączyło', 'łączyli', 'łączyły'],
  ['odpowiadać', 'odpowiada', 'odpowiadają', 'odpowiadał', 'odpowiadała', 'odpowiadało', 'odpowiadali', 'odpowiadały'],
  ['prowadzić', 'prowadzi', 'prowadzą', 'prowadził', 'prowadziła', 'prowadziło', 'prowadzili', 'prowadziły'],
  ['zajmować', 'zajmuje', 'zajmują', 'zajmował', 'zajmowała', 'zajmowało', 'zajmowali', 'zajmowały'],
  ['opierać', 'opiera', 'opierają', 'opierał', 'opierała', 'opierało', 'opierali', 'opierały'],
  ['być', 'jest', 'są', 'był', 'była', 'było', 'byli', 'były'],
  ['mieć', 'ma', 'mają', 'miał', 'miała', 'miało', 'mieli', 'miały'],
  ['wziąć', undefined, undefined, 'wziął', 'wzięła', 'wzięło', 'wzięli', 'wzięły'],
  ['rozpocząć', undefined, undefined, 'rozpoczął', 'rozpoczęła', 'rozpoczęło', 'rozpoczęli', 'rozpoczęły'],
  ['podpisać', undefined, undefined, 'podpisał', 'podpisała', 'podpisało', 'podpisali', 'podpisały'],
];

describe('conjugate in the past', () => {
  it.each(TABLE)('%s', (infinitive, _sg, _pl, m, f, n, plPersonal, plOther) => {
    const verb = VERBS[infinitive];
    expect([SG_M, SG_F, SG_N, PL_PERSONAL, PL_OTHER].map((a) => conjugate(verb, 'past', a))).toEqual([m, f, n, plPersonal, plOther]);
  });
});

describe('conjugate in the present', () => {
  it.each(TABLE.filter(([, sg]) => sg !== undefined))('%s', (infinitive, sg, pl) => {
    const verb = VERBS[infinitive];
    expect(conjugate(verb, 'present', SG_F)).toBe(sg);
    expect(conjugate(verb, 'present', PL_PERSONAL)).toBe(pl);
    expect(conjugate(verb, 'present', PL_OTHER)).toBe(pl);
  });

  it.each(TABLE.filter(([, sg]) => sg === undefined))('refuses the present of perfective %s', (infinitive) => {
    expect(thrown(() => conjugate(VERBS[infinitive], 'present', SG_M))).toMatch(/perfective/);
  });

  it('keeps the future of a perfective verb in its non-past forms', () => {
    expect([VERBS.przystąpić.pres3sg, VERBS.przystąpić.pres3pl]).toEqual(['przystąpi', 'przystąpią']);
  });

  it('ignores personhood in the singular', () => {
    expect(conjugate(VERBS.pełnić, 'past', { gender: 'm', number: 'sg', personal: true })).toBe('pełnił');
  });
});

describe('the passive participle of a verb of founding', () => {
  it.each([
    ['założyć', 'założony'],
    ['utworzyć', 'utworzony'],
    ['powołać', 'powołany'],
    ['ustanowić', 'ustanowiony'],
    ['powstać', undefined],
    ['constructor', undefined],
  ])('%s → %s', (infinitive, participle) => {
    expect(passiveParticiple(infinitive)).toBe(participle);
  });

  it('is known for the verbs the data may name, the default first', () => {
    expect(PARTICIPLE_VERBS).toEqual(['założyć', 'utworzyć', 'powołać', 'ustanowić']);
    expect(Founding.shape.verb.unwrap().options).toEqual(PARTICIPLE_VERBS);
  });
});
