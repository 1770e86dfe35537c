// validate renders every year with the templates in use, and puts each missing form at the record that lacks it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { copyData, editRecord } from '../support/data.ts';
import { runMain, type JsonDiagnostic } from './run.ts';

/** A change to the real data, the arguments after `validate`, and the diagnostics expected (file:line:column code). */
interface Case {
  name: string;
  edit(data: string): void;
  args?: string[];
  expect: string[];
  says: string;
}

const CASES: Case[] = [
  {
    name: 'a project copied with an implementer, named there first, that lacks the accusative',
    edit: (data) => {
      const copy = readFileSync(join(data, 'projects', 'reception-expert-teams.yaml'), 'utf8')
        .replace('implementers: [coa]', 'implementers: [polish-russian-commission]')
        .replace('Reception Expert Teams', 'Expert Teams II');
      writeFileSync(join(data, 'projects', 'expert-teams-2.yaml'), copy);
    },
    expect: ['bodies/polish-russian-commission.yaml:1:1 missing-form'],
    says: '"name" has no accusative (acc) form, which a sentence of the 2010 section (',
  },
  {
    name: 'a rename from a later year without the form the sentence needs',
    edit: (data) => {
      editRecord(data, 'office.yaml', (doc) => doc.set('asOf', '2012'));
      editRecord(data, 'bodies/easo-management-board.yaml', (doc) =>
        doc.set('changes', doc.createNode([{ from: '2012', name: { nom: 'Zarząd', gender: 'm' } }])),
      );
    },
    expect: ['bodies/easo-management-board.yaml:12:5 missing-form'],
    says: '"changes › item 1 › name" has no locative (loc) form, which a sentence of the 2012 section (',
  },
  {
    name: 'a body that starts after asOf, checked before asOf moves to its year',
    edit: (data) =>
      writeFileSync(
        join(data, 'bodies', 'frontex.yaml'),
        'name:\n  nom: Europejska Agencja Straży Granicznej i Przybrzeżnej\n  gender: f\nacronym: Frontex\narea: eu\nparticipations:\n  - from: "2011-03"\n    who: representative\n    role: participant\n',
      ),
    expect: ['bodies/frontex.yaml:1:1 missing-form'],
    says: '"name" has no genitive (gen) form, which a sentence of the 2011 section (',
  },
  {
    name: 'a change dated after asOf, checked before asOf moves to its year',
    edit: (data) =>
      editRecord(data, 'bodies/easo-management-board.yaml', (doc) =>
        doc.set('changes', doc.createNode([{ from: '2013', name: { nom: 'Zarząd', gender: 'm' } }])),
      ),
    expect: ['bodies/easo-management-board.yaml:12:5 missing-form'],
    says: '"changes › item 1 › name" has no locative (loc) form, which a sentence of the 2013 section (',
  },
  {
    name: 'a custom template asking for a form no record has',
    edit: (data) => {
      mkdirSync(join(data, '..', 'mine', 'partials'), { recursive: true });
      writeFileSync(
        join(data, '..', 'mine', 'partials', 'membership.md.hbs'),
        '{{cap (form item.who "nom")}} przygląda się {{form item.record.name "dat"}}.\n',
      );
    },
    args: ['--templates', 'mine'],
    expect: ['bodies/commission-committees.yaml:1:1 missing-form', 'bodies/gdisc-steering-group.yaml:1:1 missing-form'],
    says: '"name" has no dative (dat) form, which a sentence of the 2010 section (mine/partials/membership.md.hbs:1:45) needs. Add "dat:" under "name".',
  },
];

describe('validate renders every year', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const data = copyData();
    c.edit(data);
    const run = await runMain(['validate', '--data', 'data', '--format', 'json', ...(c.args ?? [])], join(data, '..'));
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => `${d.file.replace('data/', '')}:${d.line}:${d.column} ${d.code}`)).toEqual(c.expect);
    expect(EN.text(diagnostics[0]!.message)).toContain(c.says);
    expect(run.exit).toBe(1);
  });

  it('accepts the real data with the built-in templates', async () => {
    const data = copyData();
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    expect([run.exit, run.stdout.trim()]).toEqual([0, '[]']);
  });
});

describe('fields no sentence tells', () => {
  it.each([
    ['a remit on a working party taken part in', 'bodies/scifa.yaml', 'remit: strategią w sprawach imigracji\n', 'bodies/scifa.yaml:11:1 untold-field'],
    ['a basis on a partner', 'bodies/unhcr-poland.yaml', 'basis: współpracy\n', 'bodies/unhcr-poland.yaml:17:1 untold-field'],
  ])('%s: a warning at the field, and validate passes', async (_name, file, yaml, where) => {
    const data = copyData();
    writeFileSync(join(data, file), readFileSync(join(data, file), 'utf8') + yaml);
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => `${d.file.replace('data/', '')}:${d.line}:${d.column} ${d.code}`)).toEqual([where]);
    expect(EN.text(diagnostics[0]!.message)).toContain('is given, but no sentence of any year tells it with the templates in use');
    expect(run.exit).toBe(0);
  });
});
