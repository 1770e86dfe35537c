// A record's own texts: sentences for facts no kind covers, and its own wording of a part of a built-in sentence.
// Each is rendered with the helpers of the built-in templates, and each problem in one is reported at the record.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyData, editRecord, sectionText } from '../support/data.ts';
import { runMain, type JsonDiagnostic } from '../validate/run.ts';

const set = (file: string, path: (string | number)[], value: unknown) => (data: string) =>
  editRecord(data, file, (doc) => doc.setIn(path, doc.createNode(value)));

const CASES: { name: string; change: (data: string) => void; year?: number; has: string[]; lacks?: string[] }[] = [
  {
    name: 'an own sentence follows the first sentence about the record',
    change: set('bodies/unhcr-poland.yaml', ['sentences'], ['{{cap (form record.name "nom")}} mieści się w {{form record.location "loc"}}.']),
    has: [
      'z krajowym Biurem UNHCR (Urząd Wysokiego Komisarza Narodów Zjednoczonych do Spraw Uchodźców) w Warszawie. Krajowe Biuro UNHCR mieści się w Warszawie. Do szczególnie',
    ],
  },
  {
    name: 'an own wording replaces the default words of a part',
    change: set('bodies/enaro.yaml', ['wording'], { exchange: 'Wymiana pracowników odbywa się {{times record.exchange.perYear}} do roku.' }),
    has: ['statusu uchodźców. Wymiana pracowników odbywa się dwa razy do roku. Od grudnia 2010 r.'],
    lacks: ['Idea Programu'],
  },
  {
    name: 'false leaves a part out',
    change: set('bodies/enaro.yaml', ['wording'], { exchange: false, basis: false }),
    has: ['wchodzi 15 państw UE oraz Szwajcaria i Norwegia. Od grudnia 2010 r.'],
    lacks: ['Idea Programu', 'Projekt ten'],
  },
  {
    name: 'the kind of taking part, worded by the record',
    change: set('bodies/polish-russian-commission.yaml', ['wording'], { activity: 'posiedzeniach' }),
    has: ['Ponadto przedstawiciel Urzędu bierze udział w posiedzeniach Polsko-Rosyjskiej Komisji Międzyrządowej do spraw Współpracy Międzyregionalnej.'],
  },
  {
    name: 'own sentences from a later date, through changes',
    change: (data) => {
      editRecord(data, 'office.yaml', (doc) => doc.set('asOf', '2012'));
      set('bodies/gdisc.yaml', ['changes'], [{ from: '2012', sentences: ['W 2012 r. {{record.acronym}} liczyła 30 członków.'] }])(data);
    },
    year: 2012,
    has: ['(Konferencja Dyrektorów Generalnych Służb Imigracyjnych). W 2012 r. GDISC liczyła 30 członków.'],
  },
];

describe('record texts in the section', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const data = copyData();
    c.change(data);
    const text = await sectionText(data, c.year ?? 2010);
    for (const sentence of c.has) expect(text).toContain(sentence);
    for (const words of c.lacks ?? []) expect(text).not.toContain(words);
  });
});

describe('record texts in validate', () => {
  it.each([
    [
      'an unknown helper',
      ['{{shout record.name}}.'],
      'bodies/unhcr-poland.yaml:18:5 record-text',
      'In the text "{{shout record.name}}." (its line 1, column 1): Unknown helper "shout".',
    ],
    [
      'a syntax error',
      ['{{#if record.acronym}}UNHCR.'],
      'bodies/unhcr-poland.yaml:18:5 record-text',
      'In the text "{{#if record.acronym}}UNHCR." (its line 1, column 1):',
    ],
    ['a field the record lacks', ['{{record.founded}}.'], 'bodies/unhcr-poland.yaml:18:5 record-text', 'The data has no field "founded" here'],
    [
      'a form the record lacks',
      ['{{form record.name "dat"}}.'],
      'bodies/unhcr-poland.yaml:1:1 missing-form',
      '"name" has no dative (dat) form, which a sentence of the 2010 section (',
    ],
  ])('%s is reported at the record', async (_name, sentences, where, says) => {
    const data = copyData();
    set('bodies/unhcr-poland.yaml', ['sentences'], sentences)(data);
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => `${d.file.replace('data/', '')}:${d.line}:${d.column} ${d.code}`)).toEqual([where]);
    expect(diagnostics[0]!.message).toContain(says);
    expect(run.exit).toBe(1);
  });
});
