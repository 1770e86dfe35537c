// Every Polish helper rendered through Handlebars as the section's templates call it: template -> exact text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { setOrigin } from '../../src/diagnostics/origin.ts';
import { loadTemplates, TemplateError, type DataProblem, type Templates } from '../../src/render/index.ts';
import { tempDir } from '../support/data.ts';

/** What the templates read: nouns, verbs and places as the data gives them. */
const VIEW = {
  office: { nom: 'Urząd', gen: 'Urzędu', gender: 'm' },
  forum: { name: { nom: 'Forum', gen: 'Forum', gender: 'n' } },
  euStates: 22,
  days: { one: 'dzień roboczy', few: 'dni robocze', many: 'dni roboczych' },
  mission: { one: 'misja', few: 'misje', many: 'misji' },
  candidate: { one: 'kraj kandydujący', few: 'kraje kandydujące', many: 'krajów kandydujących' },
  associated: { one: 'państwo stowarzyszone', few: 'państwa stowarzyszone', many: 'państw stowarzyszonych' },
  potential: { one: 'potencjalny kandydat', few: 'potencjalni kandydaci', many: 'potencjalnych kandydatów', other: 'potencjalnego kandydata', personal: true },
  inspect: { infinitive: 'wizytować', present3sg: 'wizytuje', present3pl: 'wizytują', pastStem: 'wizytowa' },
  consist: { infinitive: 'składać się', present3sg: 'składa', present3pl: 'składają', pastStem: 'składa' },
  destinations: [
    { name: { nom: 'Grecja', gen: 'Grecji', loc: 'Grecji', gender: 'f' } },
    { name: { nom: 'Włochy', gen: 'Włoch', loc: 'Włoszech', number: 'pl' } },
    { name: { nom: 'Cypr', gen: 'Cypru', loc: 'Cyprze' }, prep: 'na' },
  ],
  islands: [
    { nom: 'Malta', gen: 'Malty', loc: 'Malcie', gender: 'f', prep: 'na' },
    { nom: 'Cypr', gen: 'Cypru', loc: 'Cyprze', prep: 'na' },
  ],
  sweden: { name: { nom: 'Szwecja', gen: 'Szwecji', loc: 'Szwecji', gender: 'f' } },
  france: { name: { nom: 'Francja', gen: 'Francji', loc: 'Francji', gender: 'f' } },
};

// template, exact text
const CASES: readonly [string, string][] = [
  // counts in every case
  ['{{count 22 "państwo" "gen"}}', '22 państw'],
  ['z {{count 2 "państwo" "gen"}}', 'z 2 państw'],
  ['o {{count 5 "państwo" "loc"}}', 'o 5 państwach'],
  ['{{count 2 "państwo" "inst"}}', '2 państwami'],
  ['{{count 1 "państwo" "inst"}}', '1 państwem'],
  ['{{count 122 "państwo" "dat"}}', '122 państwom'],
  ['{{count 2 "przedstawiciel"}}', '2 przedstawicieli'],
  ['{{count 2 "przedstawiciel" "inst"}}', '2 przedstawicielami'],
  ['{{count euStates "państwo"}}', '22 państwa'],
  ['{{count 1.5 "rok"}}', '1,5 roku'],
  ['{{count "15 000" "osoba"}}', '15\u00A0000 osób'],
  // counted nouns from the data or the template
  ['{{count 5 mission}}', '5 misji'],
  ['{{count 3 mission "inst"}}', '3 misjami'],
  ['{{count 2 days "loc"}}', '2 dniach roboczych'],
  ['{{count 5 (nounForms "wizyta studyjna" "wizyty studyjne" "wizyt studyjnych")}}', '5 wizyt studyjnych'],
  ['{{count 3 (nounForms "kolega" "koledzy" "kolegów" "personal")}}', '3 kolegów'],
  ['{{count 2 (nounForms "muzeum" "muzea" "muzeów" "n") "dat"}}', '2 muzeom'],
  // numerals in words
  ['{{countWords 3 candidate "gen"}}', 'trzech krajów kandydujących'],
  ['{{countWords 2 associated "gen"}}', 'dwóch państw stowarzyszonych'],
  ['{{countWords 2 "państwo" "dat"}}', 'dwóm państwom'],
  ['{{countWords 2 "państwo" "inst"}}', 'dwoma państwami'],
  ['{{countWords 5 "państwo" "gen"}}', 'pięciu państw'],
  ['{{countWords 2 "państwo"}}', 'dwa państwa'],
  ['{{countWords 2 "organizacja"}}', 'dwie organizacje'],
  ['{{countWords 2 "przedstawiciel"}} {{countVerb 2 "brać udział" "przedstawiciel"}}', 'dwóch przedstawicieli bierze udział'],
  ['{{countWords 2 "przedstawiciel" "inst"}}', 'dwoma przedstawicielami'],
  ['{{countWords 27 "państwo" "gen" "członkowski"}}', 'dwudziestu siedmiu państw członkowskich'],
  ['{{countWords 15 "państwo"}}', 'piętnaście państw'],
  // participles and adjectives agreeing with a count
  ['{{count 17 "państwo" "nom" "uczestniczący"}}', '17 państw uczestniczących'],
  ['{{count 2 "państwo" "nom" "uczestniczący"}}', '2 państwa uczestniczące'],
  ['{{count 1 "państwo" "nom" "uczestniczący"}}', '1 państwo uczestniczące'],
  ['{{count 22 "państwo" "nom" "członkowski"}}', '22 państwa członkowskie'],
  ['w {{count 22 "państwo" "loc" "członkowski"}}', 'w 22 państwach członkowskich'],
  ['{{count 2 "państwo"}} {{countAdj 2 "uczestniczący" "państwo"}}', '2 państwa uczestniczące'],
  ['z {{count 17 "państwo" "gen"}} {{countAdj 17 "uczestniczący" "państwo" "gen"}}', 'z 17 państw uczestniczących'],
  ['{{countNoun 1 potential "gen"}}', 'potencjalnego kandydata'],
  ['{{countNoun 2 potential "gen"}}', 'potencjalnych kandydatów'],
  ['{{countNoun 2 potential "inst"}}', 'potencjalnymi kandydatami'],
  ['{{countNoun 3 "państwo" "nom" "członkowski"}}', 'państwa członkowskie'],
  ['{{countNoun "4,5 tys." days "inst"}}', 'dni roboczych'],
  // approximate counts and bounds
  ['{{approx "about" "4,5 tys." days}}', 'ok. 4,5 tys. dni roboczych'],
  ['{{approx "over" 100 mission}}', 'ponad 100 misji'],
  ['w {{approx "over" 100 mission "loc"}}', 'w ponad 100 misjach'],
  ['{{approx "nearly" 50}}', 'blisko 50'],
  ['{{approx "atLeast" 3}}', 'co najmniej 3'],
  ['{{approx "atLeast" 3 "ekspert"}}', 'co najmniej 3 ekspertów'],
  ['{{approx "about" "1,2 mln" "osoba"}}', 'ok. 1,2 mln osób'],
  // places with their prepositions
  ['{{placeList destinations "to"}}', 'do Grecji, Włoch oraz na Cypr'],
  ['{{placeList destinations "in"}}', 'w Grecji, we Włoszech oraz na Cyprze'],
  ['{{placeList destinations "from"}}', 'z Grecji, Włoch i Cypru'],
  ['{{placeList islands "to"}}', 'na Maltę i Cypr'],
  ['{{placeList destinations "to" "i"}}', 'do Grecji, Włoch i na Cypr'],
  ['{{placePhrase sweden "from"}}', 'ze Szwecji'],
  ['{{placePhrase france "in"}}', 'we Francji'],
  ['{{placePhrase sweden "to"}}', 'do Szwecji'],
  // verbs: the lexicon, phrases, the future, verbs from the data or the template
  ['Forum {{verb "zrzeszać" forum.name}} 9 państw', 'Forum zrzesza 9 państw'],
  ['{{verb "składać się" forum.name}}', 'składa się'],
  ['{{verb "wziąć udział" office "past"}}', 'wziął udział'],
  ['{{verb "podpisać" office "future"}}', 'podpisze'],
  ['{{verb "uczestniczyć" "pl" "future"}}', 'będą uczestniczyć'],
  ['{{verb "zorganizować" "f" "past"}}', 'zorganizowała'],
  ['{{verb inspect office "past"}}', 'wizytował'],
  ['{{verb inspect "pl" "future"}}', 'będą wizytować'],
  ['{{verb consist forum.name}}', 'składa się'],
  ['{{verb (verbForms "gościć" "gości" "goszczą" "gości") office "past"}}', 'gościł'],
  ['{{verb (verbForms "ugościć" "ugości" "ugoszczą" "ugości" "perfective") "pl" "future"}}', 'ugoszczą'],
  ['{{countVerb 2 "wziąć udział" "przedstawiciel" "past"}}', 'wzięło udział'],
  ['{{countVerb 3 "uczestniczyć" mission}}', 'uczestniczą'],
  ['{{countVerb 5 inspect "ekspert" "past"}}', 'wizytowało'],
  // a sentence's first letter, whichever words come first, past the spaces a part left out leaves
  ['{{#sentence}}przedstawiciel {{form office "gen"}}{{/sentence}}', 'Przedstawiciel Urzędu'],
  ['{{#sentence}}  ósmy{{/sentence}}', '  Ósmy'],
];

let templates: Templates;

// Writes a templates folder whose section is the given source, and loads it.
async function load(source: string): Promise<Templates> {
  const dir = tempDir();
  writeFileSync(join(dir, 'section.md.hbs'), source);
  return loadTemplates([dir]);
}

beforeAll(async () => {
  templates = await load(CASES.map(([template]) => template).join('\n'));
});

describe('Polish helpers rendered through Handlebars', () => {
  it.each(CASES.map(([template, expected], line) => [template, expected, line] as const))('%s → "%s"', (_template, expected, line) => {
    expect(templates.render(VIEW).split('\n')[line]).toBe(expected);
  });
});

describe('helpers that cannot do their work', () => {
  it.each([
    ['{{count 5 "misje"}}', 1, 'Unknown counted noun "misje". Did you mean "misja"?'],
    ['x {{count 5 "państwo" "instr"}}', 3, 'Expected a case (nom, gen, dat, acc, inst, loc), but got "instr".'],
    ['{{count "około 5" "państwo"}}', 1, 'Expected a number (such as 22, 4.5, "4,5 tys." or "1,2 mln"), but got "około 5".'],
    ['{{approx "around" 5}}', 1, 'Expected a bound (about, over, nearly, almost, atLeast, atMost), but got "around".'],
    ['{{placeList destinations "into"}}', 1, 'Expected a direction (to, in, from), but got "into".'],
    ['{{verb "zrzeszać" office "futur"}}', 1, 'Expected a tense ("present", "past" or "future"), but got "futur".'],
    ['{{countVerb 2 "zrzeszać" "państwo" "pres"}}', 1, 'Expected a tense ("present", "past" or "future"), but got "pres".'],
    ['{{verb "zrzeszac" office}}', 1, 'Unknown verb "zrzeszac". Did you mean "zrzeszać"?'],
    ['{{verb (verbForms "gościć" "gości" "goszczą" "gości" "pf") office}}', 8, 'The last argument of verbForms is "perfective" or nothing, but got "pf".'],
    ['{{count 2 (nounForms "misja" "misje" "misji" "female")}}', 11, 'The gender of a counted noun is "m", "f" or "n", found "female".'],
    ['{{countNoun 1 mission "loc"}}', 1, 'The counted noun "misja" has no locative singular; give it as "sg: { loc: … }".'],
    ['{{count 1 mission "inst"}}', 1, 'The counted noun "misja" has no instrumental singular; give it as "sg: { inst: … }".'],
    ['{{placePhrase (nounForms "a" "b" "c") "in"}}', 1, 'A place is a noun phrase or a record with a name, but got a mapping of one, few, many.'],
  ])('%s fails at column %s', async (source, column, message) => {
    const broken = await load(source);
    const error = (() => {
      try {
        broken.render(VIEW);
      } catch (e) {
        return e;
      }
    })() as TemplateError;
    expect(error).toBeInstanceOf(TemplateError);
    expect(EN.text(error.said).slice(0, message.length)).toBe(message);
    expect([error.line, error.column]).toEqual([1, column]);
  });

  it('reports a counted noun from the data that lacks a form at the noun, and goes on', async () => {
    const mission = { one: 'misja', few: 'misje', many: 'misji' };
    setOrigin(mission, { file: 'data/events/2014.yaml', path: ['deployments', 0, 'noun'], position: () => ({ line: 4, column: 5 }) });
    const view = { ...VIEW, mission };
    const problems: DataProblem[] = [];
    expect((await load('A {{count 1 mission "inst"}} B')).render(view, problems)).toBe('A … B');
    expect(problems.map((p) => [EN.text(p.error.said), p.error.origin.file, p.error.origin.path, p.error.form, p.line, p.column])).toEqual([
      [
        'The counted noun "misja" has no instrumental singular; give it as "sg: { inst: … }".',
        'data/events/2014.yaml',
        ['deployments', 0, 'noun'],
        'inst',
        1,
        3,
      ],
    ]);
  });
});
