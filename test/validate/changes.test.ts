// Dated changes and participations that contradict each other: each problem located, every problem at once.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { copyData, editRecord, writeRecord } from '../support/data.ts';
import { runMain, type JsonDiagnostic } from './run.ts';

/** A record file, what to set in it, and the diagnostics expected (line:column code) with a piece of the first message. */
const CASES: { name: string; file: string; set: Record<string, unknown>; expect: string[]; says: string }[] = [
  {
    name: 'changes out of date order',
    file: 'bodies/enaro.yaml',
    set: {
      changes: [
        { from: '2014', members: { euStates: 22 } },
        { from: '2013', members: { euStates: 20 } },
      ],
    },
    expect: ['28:11 changes-out-of-order'],
    says: 'The change dated "2013" comes after one dated "2014"; expected the changes in date order, earliest first.',
  },
  {
    name: 'two changes on one date',
    file: 'bodies/enaro.yaml',
    set: {
      changes: [
        { from: '2013', members: { euStates: 20 } },
        { from: '2013-01', acronym: 'ENARO2' },
      ],
    },
    expect: ['28:11 duplicate-change'],
    says: 'Two changes have the date "2013-01"',
  },
  {
    name: 'a field the kind does not have',
    file: 'bodies/easo.yaml',
    set: { changes: [{ from: '2013', motto: 'x' }] },
    expect: ['20:5 unknown-field'],
    says: 'Unknown field "motto" in "changes › item 1".',
  },
  {
    name: 'participations are not changed through changes',
    file: 'bodies/easo.yaml',
    set: { changes: [{ from: '2013', participations: [] }] },
    expect: ['20:5 unknown-field'],
    says: 'Unknown field "participations" in "changes › item 1".',
  },
  {
    name: 'a reference in a change that names no record',
    file: 'bodies/vision.yaml',
    set: { changes: [{ from: '2013', parent: 'visa-workin-party' }] },
    expect: ['8:13 unknown-id'],
    says: '"visa-workin-party" names no record; expected the id of a body (a file in bodies/). Did you mean "visa-working-party"?',
  },
  {
    name: 'a change with an impossible date',
    file: 'countries/norway.yaml',
    set: { changes: [{ from: '2013-02-30', name: { nom: 'Norwegia', gen: 'Norwegii', inst: 'Norwegią', gender: 'f' } }] },
    expect: ['7:11 bad-date'],
    says: '"2013-02-30" is not a valid date',
  },
  {
    name: 'a change with a value of the wrong type, checked as the field itself',
    file: 'bodies/enaro.yaml',
    set: { changes: [{ from: '2013', members: { euStates: '20' } }] },
    expect: ['27:17 wrong-type'],
    says: 'Field "changes › item 1 › members.euStates" should be',
  },
  {
    name: 'two roles of the same people at the same time',
    file: 'bodies/visa-working-party.yaml',
    set: {
      participations: [
        { from: '2004-05', who: 'representatives', role: 'chair-delegation' },
        { from: '2010', who: 'representatives', role: 'participant' },
      ],
    },
    expect: ['7:5 overlapping-participations', '10:5 overlapping-participations'],
    says: 'This participation of representatives (2004-05: chair of the delegation) overlaps the one on line 10 (2010: participant).',
  },
];

describe('changes and participations in time', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const data = copyData();
    editRecord(data, c.file, (doc) => Object.entries(c.set).forEach(([key, value]) => doc.set(key, doc.createNode(value))));
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => `${d.file.replace('data/', '')}:${d.line}:${d.column} ${d.code}`)).toEqual(c.expect.map((e) => `${c.file}:${e}`));
    expect(EN.text(diagnostics[0]!.message)).toContain(c.says);
    expect(run.exit).toBe(1);
  });

  it('accepts a hand-over: one span ends in the month the next starts', async () => {
    const data = copyData();
    editRecord(data, 'bodies/visa-working-party.yaml', (doc) =>
      doc.set(
        'participations',
        doc.createNode([
          { from: '2004-05', to: '2010-06', who: 'representatives', role: 'chair-delegation' },
          { from: '2010-06', who: 'representatives', role: 'participant' },
        ]),
      ),
    );
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    expect([run.exit, run.stdout.trim()]).toEqual([0, '[]']);
  });
});

describe('records that name the same thing', () => {
  it.each([
    [
      'a copied body',
      (data: string) => cpSync(join(data, 'bodies', 'enaro.yaml'), join(data, 'bodies', 'enaro-copy.yaml')),
      ['bodies/enaro.yaml:2:1 duplicate-name'],
      'This body has the same name, acronym and title as data/bodies/enaro-copy.yaml, so the section would tell the same body twice.',
    ],
    [
      'two bodies with one acronym',
      (data: string) => editRecord(data, 'bodies/freemo.yaml', (doc) => doc.set('acronym', 'SCIFA')),
      ['bodies/scifa.yaml:5:1 duplicate-name'],
      'This body has the same acronym ("SCIFA") as data/bodies/freemo.yaml',
    ],
    ['projects with a generic name and their own titles', () => {}, [], ''],
    [
      'two boards of one name under different agencies',
      (data: string) => {
        writeRecord(
          data,
          'bodies/cepol.yaml',
          'name:\n  nom: Agencja Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania\n  gen: Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania\n  gender: f\nacronym: CEPOL\narea: eu\n',
        );
        writeRecord(
          data,
          'bodies/cepol-board.yaml',
          'name:\n  nom: Rada Nadzorcza\n  gen: Rady Nadzorczej\n  loc: Radzie Nadzorczej\n  gender: f\nparent: cepol\nparticipations:\n  - from: "2010"\n    who: representative\n    role: participant\n',
        );
      },
      [],
      '',
    ],
    [
      "a board named by its agency's acronym",
      (data: string) => {
        writeRecord(
          data,
          'bodies/cepol.yaml',
          'name:\n  nom: Agencja Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania\n  gen: Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania\n  gender: f\nacronym: CEPOL\narea: eu\n',
        );
        writeRecord(
          data,
          'bodies/cepol-board.yaml',
          'name:\n  nom: Zarząd Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania\n  gen: Zarządu Agencji Unii Europejskiej ds. Szkolenia w Dziedzinie Ścigania\n  gender: m\nacronym: CEPOL\nparent: cepol\nparticipations:\n  - from: "2010"\n    who: representative\n    role: participant\n',
        );
      },
      [],
      '',
    ],
    [
      'a body with the acronym of an agency that is not its parent',
      (data: string) => editRecord(data, 'bodies/freemo.yaml', (doc) => doc.set('acronym', 'EASO')),
      ['bodies/freemo.yaml:5:1 duplicate-name'],
      'This body has the same acronym ("EASO")',
    ],
    [
      'two boards of one name under one agency',
      (data: string) => cpSync(join(data, 'bodies', 'easo-management-board.yaml'), join(data, 'bodies', 'easo-board-copy.yaml')),
      ['bodies/easo-management-board.yaml:1:1 duplicate-name'],
      'This body has the same name ("Rada Nadzorcza") as data/bodies/easo-board-copy.yaml',
    ],
  ] as const)('%s: a warning, and validate still passes', async (_name, edit, expected, says) => {
    const data = copyData();
    edit(data);
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => `${d.file.replace('data/', '')}:${d.line}:${d.column} ${d.code}`)).toEqual(expected);
    if (says) expect(EN.text(diagnostics[0]!.message)).toContain(says);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    expect(run.exit).toBe(0);
  });
});
