// The people of the Office as the analyst words them (office.yaml, `people`): each phrase replaces the built-in one in
// participations and events, verbs agree with it, and a form a sentence needs that it lacks is reported at it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { copyData, editRecord, sectionText } from '../support/data.ts';
import { runMain, type JsonDiagnostic } from '../validate/run.ts';

const set = (file: string, path: (string | number)[], value: unknown) => (data: string) =>
  editRecord(data, file, (doc) => doc.setIn(path, doc.createNode(value)));

/** The Director General as the head, every form given. */
const DIRECTOR = {
  nom: 'Dyrektor Generalny Urzędu',
  gen: 'Dyrektora Generalnego Urzędu',
  dat: 'Dyrektorowi Generalnemu Urzędu',
  acc: 'Dyrektora Generalnego Urzędu',
  inst: 'Dyrektorem Generalnym Urzędu',
  loc: 'Dyrektorze Generalnym Urzędu',
  gender: 'm',
};

/** Women representatives: a feminine plural. */
const WOMEN = { nom: 'przedstawicielki Urzędu', gen: 'przedstawicielek Urzędu', gender: 'f', number: 'pl' };

/** A meeting of the Office in 2010, told in the paragraph of events. */
const meeting = (who: string) => [{ date: '2010-10', kind: 'meeting', who, subject: 'migracji cyrkulacyjnej' }];

/** Two missions, for a deployment of experts. */
const MISSIONS = { count: 2, noun: { one: 'misja wsparcia', few: 'misje wsparcia', many: 'misji wsparcia', gender: 'f', pl: { loc: 'misjach wsparcia' } } };

const CASES: { name: string; changes: ((data: string) => void)[]; year?: number; has: string[]; lacks?: string[] }[] = [
  {
    name: 'without people, the built-in phrases',
    changes: [set('office.yaml', ['events'], meeting('head'))],
    has: [
      'Szef Urzędu wchodzi w skład Grupy Sterującej GDISC',
      'przedstawiciele Urzędu przewodniczą krajowym delegacjom',
      'Pracownicy Urzędu wchodzą też w skład',
      'Przedstawiciel Urzędu pełni rolę „alternate”',
      'udział przedstawicieli Urzędu w realizacji programów partnerskich',
      'Szef Urzędu wziął udział w spotkaniu poświęconym migracji cyrkulacyjnej.',
    ],
  },
  {
    name: "the head's own title, in a participation and in an event",
    changes: [set('office.yaml', ['people'], { head: DIRECTOR }), set('office.yaml', ['events'], meeting('head'))],
    has: [
      'Dyrektor Generalny Urzędu wchodzi w skład Grupy Sterującej GDISC',
      'Dyrektor Generalny Urzędu wziął udział w spotkaniu poświęconym migracji cyrkulacyjnej.',
    ],
    lacks: ['Szef'],
  },
  {
    name: 'a feminine plural: verbs in the present, and its genitive',
    changes: [
      set('office.yaml', ['people'], { representatives: WOMEN }),
      set('bodies/polish-russian-commission.yaml', ['participations', 0, 'who'], 'representatives'),
    ],
    has: [
      'przedstawicielki Urzędu przewodniczą krajowym delegacjom',
      'udział przedstawicielek Urzędu w realizacji programów partnerskich',
      'Ponadto przedstawicielki Urzędu biorą udział w pracach Polsko-Rosyjskiej Komisji Międzyrządowej do spraw Współpracy Międzyregionalnej.',
    ],
    lacks: ['przedstawiciele Urzędu'],
  },
  {
    name: 'a feminine plural: verbs in the past',
    changes: [
      set('office.yaml', ['people'], { representatives: WOMEN }),
      set('bodies/scifa.yaml', ['participations', 0, 'to'], '2010-06'),
      set('office.yaml', ['events'], meeting('representatives')),
    ],
    has: [
      'Dodatkowo uczestniczą w pracach grupy FREEMO, a także innych grup roboczych. Do czerwca 2010 r. uczestniczyły też w pracach grupy SCIFA.',
      'W październiku 2010 r. przedstawicielki Urzędu wzięły udział w spotkaniu poświęconym migracji cyrkulacyjnej.',
    ],
  },
  {
    name: 'staff and experts worded otherwise',
    changes: [
      set('office.yaml', ['people'], {
        staff: { nom: 'funkcjonariusze', gender: 'm', number: 'pl', personal: true },
        experts: { nom: 'ekspertki Urzędu', gender: 'f', number: 'pl' },
      }),
      set('office.yaml', ['events'], [{ date: '2010-10', kind: 'deployment', who: 'experts', count: MISSIONS }]),
    ],
    has: [
      'Funkcjonariusze wchodzą też w skład tych Komitetów Komisji Europejskiej',
      'W październiku 2010 r. ekspertki Urzędu wzięły udział w 2 misjach wsparcia.',
    ],
  },
  {
    name: "a dated change gives the head's new title from its year on",
    changes: [set('office.yaml', ['asOf'], '2011'), set('office.yaml', ['changes'], [{ from: '2011-01', people: { head: DIRECTOR } }])],
    year: 2011,
    has: ['Dyrektor Generalny Urzędu wchodzi w skład Grupy Sterującej GDISC'],
    lacks: ['Szef'],
  },
  {
    name: 'a dated change leaves the years before it',
    changes: [set('office.yaml', ['asOf'], '2011'), set('office.yaml', ['changes'], [{ from: '2011-01', people: { head: DIRECTOR } }])],
    has: ['Szef Urzędu wchodzi w skład Grupy Sterującej GDISC'],
    lacks: ['Dyrektor Generalny Urzędu'],
  },
];

describe('the people of the Office, worded in office.yaml', () => {
  it.each(CASES)('$name: exact words in the section', async ({ changes, year = 2010, has, lacks = [] }) => {
    const data = copyData();
    for (const change of changes) change(data);
    const text = await sectionText(data, year);
    for (const words of has) expect(text).toContain(words);
    for (const words of lacks) expect(text).not.toContain(words);
  });
});

describe('a phrase of people lacking a form a sentence needs', () => {
  it.each([
    [
      'the genitive of representatives, after "udział"',
      { representatives: { nom: 'przedstawicielki Urzędu', gender: 'f', number: 'pl' } },
      ['people'],
      'office.yaml:23:3 missing-form',
      [
        '"people.representatives" has no genitive (gen) form, which a sentence of the 2010 section (',
        'partnerships.md.hbs:4:60) needs. Add "gen:" under "people.representatives".',
      ],
    ],
    [
      'the same, in a dated change',
      { from: '2010-01', people: { representatives: { nom: 'przedstawicielki Urzędu', gender: 'f', number: 'pl' } } },
      ['changes', 0],
      'office.yaml:25:7 missing-form',
      [
        '"changes › item 1 › people.representatives" has no genitive (gen) form, which a sentence of the 2010 section (',
        ':4:60) needs. Add "gen:" under "changes › item 1 › people.representatives".',
      ],
    ],
  ] as const)('%s is reported at the phrase', async (_name, value, path, where, says) => {
    const data = copyData();
    editRecord(data, 'office.yaml', (doc) => doc.setIn(path, doc.createNode(value)));
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => `${d.file.replace('data/', '')}:${d.line}:${d.column} ${d.code}`)).toEqual([where]);
    for (const words of says) expect(EN.text(diagnostics[0]!.message)).toContain(words);
    expect(run.exit).toBe(1);
  });
});
