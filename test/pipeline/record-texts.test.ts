// A record's own texts: sentences for facts no kind covers, and its own wording of a part of a built-in sentence.
// Each is rendered with the helpers of the built-in templates, and each problem in one is reported at the record.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
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
    name: "the Office's lead beyond the EU, in its own words: a sentence, capitalized",
    change: set('office.yaml', ['wording'], { 'beyond-eu': 'poza instytucjami UE {{form record.short "nom"}} współpracuje z organizacjami międzynarodowymi.' }),
    has: ['\n\nPoza instytucjami UE Urząd współpracuje z organizacjami międzynarodowymi. Stała, niemal bieżąca współpraca łączy Urząd z krajowym Biurem UNHCR'],
    lacks: ['poza zakresem spotkań'],
  },
  {
    name: "the Office's lead beyond the EU left out: the paragraph opens with the next sentence",
    change: set('office.yaml', ['wording'], { 'beyond-eu': false }),
    has: [
      'podnoszeniem poziomu działania krajowych instytucji azylowych. Agencja realizować ma także zadania związane z budową Wspólnego Europejskiego Systemu Azylowego.\n\nStała, niemal bieżąca współpraca łączy Urząd z krajowym Biurem UNHCR (Urząd Wysokiego Komisarza Narodów Zjednoczonych do Spraw Uchodźców) w Warszawie. Do szczególnie',
    ],
    lacks: ['poza zakresem spotkań'],
  },
  {
    name: "the Office's lead beyond the EU worded from a later year, through the Office's changes",
    change: (data) => {
      editRecord(data, 'office.yaml', (doc) => doc.set('asOf', '2011'));
      set('office.yaml', ['changes'], [{ from: '2011', wording: { 'beyond-eu': 'Urząd współpracuje też z partnerami spoza Unii Europejskiej.' } }])(data);
    },
    year: 2011,
    has: ['\n\nUrząd współpracuje też z partnerami spoza Unii Europejskiej. Stała, niemal bieżąca współpraca łączy Urząd'],
    lacks: ['poza zakresem spotkań'],
  },
  {
    name: "a co-implemented project's initiatives in its own words, capitalized",
    change: set('projects/ukraine-capacity-building.yaml', ['wording'], { initiatives: 'jako członek {{label record.context "gen"}},' }),
    has: [
      '(Konferencja Dyrektorów Generalnych Służb Imigracyjnych). Jako członek GDISC, Urząd – między innymi – współrealizował z innymi państwami kilkuletni projekt pomocowy dla Ukrainy „Capacity',
    ],
    lacks: ['W ramach różnych inicjatyw'],
  },
  {
    name: "a co-implemented project's initiatives left out: the sentence opens with the Office",
    change: set('projects/ukraine-capacity-building.yaml', ['wording'], { initiatives: false }),
    has: [
      '(Konferencja Dyrektorów Generalnych Służb Imigracyjnych). Urząd – między innymi – współrealizował z innymi państwami kilkuletni projekt pomocowy dla Ukrainy „Capacity',
    ],
    lacks: ['W ramach różnych inicjatyw'],
  },
  {
    name: "a co-implemented project's aside in its own words",
    change: set('projects/ukraine-capacity-building.yaml', ['wording'], { 'among-others': 'wspólnie z partnerami' }),
    has: ['W ramach różnych inicjatyw, podejmowanych przez GDISC, Urząd wspólnie z partnerami współrealizował z innymi państwami kilkuletni projekt'],
    lacks: ['między innymi'],
  },
  {
    name: "a co-implemented project's initiatives and aside both left out",
    change: set('projects/ukraine-capacity-building.yaml', ['wording'], { initiatives: false, 'among-others': false }),
    has: [
      '(Konferencja Dyrektorów Generalnych Służb Imigracyjnych). Urząd współrealizował z innymi państwami kilkuletni projekt pomocowy dla Ukrainy „Capacity Building and Technical Support to Ukrainian Authorities to Effectively Respond to Irregular Transit-Migration”, odpowiadając za komponent azylowy tego projektu.',
    ],
    lacks: ['W ramach różnych inicjatyw', 'między innymi'],
  },
  {
    name: "a new agency's apposition in its own words",
    change: set('bodies/easo.yaml', ['wording'], { 'newly-established': 'utworzonej {{inDate record.established}}' }),
    has: [
      'Przedstawiciel Urzędu pełni rolę „alternate” w Radzie Nadzorczej Europejskiej Agencji Wsparcia Azylowego (EASO), utworzonej w 2010 r. instytucji UE, zajmującej się ułatwianiem współpracy',
    ],
    lacks: ['nowo utworzonej'],
  },
  {
    name: "a new agency's apposition left out in the year the dates would say it",
    change: set('bodies/easo.yaml', ['wording'], { 'newly-established': false }),
    has: [
      'Przedstawiciel Urzędu pełni rolę „alternate” w Radzie Nadzorczej Europejskiej Agencji Wsparcia Azylowego (EASO), instytucji UE, zajmującej się ułatwianiem współpracy i podnoszeniem poziomu działania krajowych instytucji azylowych. Agencja realizować ma także',
    ],
    lacks: ['nowo utworzonej'],
  },
  {
    name: 'an agency a year after its establishment: no apposition by default',
    change: (data) => editRecord(data, 'office.yaml', (doc) => doc.set('asOf', '2011')),
    year: 2011,
    has: [
      'Przedstawiciel Urzędu pełni rolę „alternate” w Radzie Nadzorczej Europejskiej Agencji Wsparcia Azylowego (EASO), instytucji UE, zajmującej się ułatwianiem współpracy i podnoszeniem poziomu działania krajowych instytucji azylowych. Agencja realizuje także',
    ],
    lacks: ['nowo utworzonej'],
  },
  {
    name: 'an agency a year after its establishment, with an apposition of its own from that year',
    change: (data) => {
      editRecord(data, 'office.yaml', (doc) => doc.set('asOf', '2011'));
      set('bodies/easo.yaml', ['changes'], [{ from: '2011', wording: { 'newly-established': 'działającej od czerwca 2011 r.' } }])(data);
    },
    year: 2011,
    has: [
      '(EASO), działającej od czerwca 2011 r. instytucji UE, zajmującej się ułatwianiem współpracy i podnoszeniem poziomu działania krajowych instytucji azylowych. Agencja realizuje także',
    ],
  },
  {
    name: "an agency's further tasks in its own words",
    change: set('bodies/easo.yaml', ['wording'], { tasks: '{{cap (form (nounOf record) "nom")}} ma także realizować {{record.tasks}}.' }),
    has: [
      'krajowych instytucji azylowych. Agencja ma także realizować zadania związane z budową Wspólnego Europejskiego Systemu Azylowego.\n\nUrząd prowadzi także',
    ],
    lacks: ['realizować ma'],
  },
  {
    name: "an agency's further tasks left out",
    change: set('bodies/easo.yaml', ['wording'], { tasks: false }),
    has: ['zajmującej się ułatwianiem współpracy i podnoszeniem poziomu działania krajowych instytucji azylowych.\n\nUrząd prowadzi także'],
    lacks: ['realizować ma'],
  },
  {
    name: "a project's aim in its own words, in the year the Office's part in it ended",
    change: (data) => {
      editRecord(data, 'office.yaml', (doc) => doc.set('asOf', '2011'));
      editRecord(data, 'projects/reception-expert-teams.yaml', (doc) => doc.set('to', '2011-06'));
      set('projects/reception-expert-teams.yaml', ['wording'], { aim: 'Założeniem {{form (nounOf record) "gen"}} było {{record.aim}}.' })(data);
    },
    year: 2011,
    has: [
      'Od grudnia 2010 r. do czerwca 2011 r. Urząd uczestniczył w projekcie „Reception Expert Teams”, realizowanym przez holenderską Centralną Agencję ds. Azylu (COA) oraz partnerów. Założeniem projektu było wypracowanie wspólnej metodologii w obszarach, związanych z przyjmowaniem i opieką nad osobami ubiegającymi się o status uchodźcy.\n\n',
    ],
    lacks: ['Założeniem projektu jest'],
  },
  {
    name: "a project's aim left out",
    change: set('projects/reception-expert-teams.yaml', ['wording'], { aim: false }),
    has: ['realizowanym przez holenderską Centralną Agencję ds. Azylu (COA) oraz partnerów.\n\nWskazać można także'],
    lacks: ['Założeniem projektu'],
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
      'a date helper given a name: no "w undefined r."',
      ['Stan na {{inDate record.name}}.'],
      'bodies/unhcr-poland.yaml:18:5 record-text',
      'In the text "Stan na {{inDate record.name}}." (its line 1, column 9): Argument 1 of "inDate" should be a date, but got a mapping of nom, gen, inst, gender. (the 2010 section)',
    ],
    [
      'a text helper given a record: no "[object Object]"',
      ['{{cap record}} działa w Polsce.'],
      'bodies/unhcr-poland.yaml:18:5 record-text',
      'In the text "{{cap record}} działa w Polsce." (its line 1, column 1): Argument 1 of "cap" should be a text, but got a mapping of kind, id, file, name, parent and 5 more fields. (the 2010 section)',
    ],
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
    expect(EN.text(diagnostics[0]!.message)).toContain(says);
    expect(run.exit).toBe(1);
  });
});

describe('wording of the parts in validate', () => {
  it.each([
    [
      "an unknown helper in the Office's lead beyond the EU",
      'office.yaml',
      ['wording'],
      { 'beyond-eu': '{{shout office.short}}.' },
      'office.yaml:23:14 record-text',
      'In the text "{{shout office.short}}." (its line 1, column 1): Unknown helper "shout". The helpers are listed in docs/templates.md. (the 2010 section)',
    ],
    [
      'a field the Office lacks, in its lead beyond the EU from a later year',
      'office.yaml',
      ['changes'],
      [{ from: '2011', wording: { 'beyond-eu': 'Poza UE {{form record.acronym "nom"}} współpracuje z partnerami.' } }],
      'office.yaml:25:18 record-text',
      '(its line 1, column 9): Argument 1 of "form" should be a noun phrase (with "nom"), but got nothing (a field the data does not have, or a misspelt name?). (the 2011 section)',
    ],
    [
      "a field a co-implemented project's initiatives lack",
      'projects/ukraine-capacity-building.yaml',
      ['wording'],
      { initiatives: 'W ramach {{record.initiative}},' },
      'projects/ukraine-capacity-building.yaml:29:16 record-text',
      'The data has no field "initiative" here',
    ],
    [
      "a syntax error in a new agency's apposition",
      'bodies/easo.yaml',
      ['wording'],
      { 'newly-established': '{{#if established}}nowo utworzonej' },
      'bodies/easo.yaml:19:22 record-text',
      'In the text "{{#if established}}nowo utworzonej" (its line 1, column 1):',
    ],
  ])('%s is reported at the text', async (_name, file, path, value, where, says) => {
    const data = copyData();
    if (file === 'office.yaml' && path[0] === 'changes') editRecord(data, 'office.yaml', (doc) => doc.set('asOf', '2011'));
    set(file, path, value)(data);
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => `${d.file.replace('data/', '')}:${d.line}:${d.column} ${d.code}`)).toEqual([where]);
    expect(EN.text(diagnostics[0]!.message)).toContain(says);
    expect(run.exit).toBe(1);
  });
});

describe('parts of wording no sentence has, in validate', () => {
  it.each([
    [
      'a misspelt part of the Office',
      'office.yaml',
      ['wording'],
      { 'beyond-eus': false },
      'office.yaml:23:3 unread-wording',
      'No sentence of any year has the part "beyond-eus" this office words, with the templates in use. Did you mean "beyond-eu"? The parts of the built-in sentences that a record of its kind (office) words: beyond-eu, opening (see docs/data-format.md).',
    ],
    [
      "an agency's part given on its board",
      'bodies/easo-management-board.yaml',
      ['wording'],
      { 'newly-established': false },
      'bodies/easo-management-board.yaml:11:3 unread-wording',
      'No sentence of any year has the part "newly-established" this body words, with the templates in use. The parts of the built-in sentences that a record of its kind (body) words: basis, exchange, activity, lead, newly-established, tasks, cooperation, location, function, membership, matching-tasks, moreover, taking-part, chair-delegation, member-states, component, additionally, other-groups, working-groups, joined, belongs, members, alternate, remit, founded-as, composition, definition, founded, initiative, deals-with, within, aim, with-countries, partner, and-since (see docs/data-format.md). Check the name, and that the record is the one the sentence is about, or remove the part.',
    ],
    [
      "a co-implemented project's part given on a project told as part of a cooperation",
      'projects/sop-sgbv.yaml',
      ['wording'],
      { initiatives: 'W ramach współpracy z UNHCR' },
      'projects/sop-sgbv.yaml:14:3 unread-wording',
      'has the part "initiatives" this project words',
    ],
    [
      'a misspelt part in a change',
      'projects/ukraine-capacity-building.yaml',
      ['changes'],
      [{ from: '2010', wording: { 'amnog-others': false } }],
      'projects/ukraine-capacity-building.yaml:31:7 unread-wording',
      'Did you mean "among-others"?',
    ],
  ])('%s is a warning at the part', async (_name, file, path, value, where, says) => {
    const data = copyData();
    set(file, path, value)(data);
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => `${d.file.replace('data/', '')}:${d.line}:${d.column} ${d.code}`)).toEqual([where]);
    expect(diagnostics[0]!.severity).toBe('warning');
    expect(EN.text(diagnostics[0]!.message)).toContain(says);
    expect(run.exit).toBe(0);
  });
});
