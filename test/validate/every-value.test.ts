// Every rule sees every year's values: what records say as written and what their dated changes say, before `asOf`
// as after it, each problem located at the value (in the change it comes from); build refuses the same data.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { copyData, editRecord } from '../support/data.ts';
import { runMain, type JsonDiagnostic } from './run.ts';

/** Record files, what to set in each, and the diagnostics expected (file:line:column code) with the first message. */
interface Case {
  name: string;
  set: Record<string, Record<string, unknown>>;
  expect: string[];
  says: string;
}

const meeting = (more: Record<string, unknown>) => ({ kind: 'meeting', who: 'representatives', partners: ['unhcr'], ...more });

const CASES: Case[] = [
  {
    name: 'a body made its own parent by a dated change',
    set: { 'bodies/gdisc.yaml': { changes: [{ from: '2010', parent: 'gdisc' }] } },
    expect: ['bodies/gdisc.yaml:9:13 parent-cycle'],
    says: 'Bodies nest in a circle from 2010 on: gdisc → gdisc;',
  },
  {
    name: 'a circle of two bodies closed by a change dated after asOf',
    set: { 'bodies/gdisc.yaml': { changes: [{ from: '2015-03', parent: 'gdisc-steering-group' }] } },
    expect: ['bodies/gdisc.yaml:9:13 parent-cycle'],
    says: 'Bodies nest in a circle from 2015 on: gdisc → gdisc-steering-group → gdisc;',
  },
  {
    name: 'a circle as written, which a change later breaks',
    set: { 'bodies/gdisc.yaml': { parent: 'gdisc-steering-group', changes: [{ from: '2012', area: 'eu' }] } },
    expect: ['bodies/gdisc-steering-group.yaml:5:9 parent-cycle'],
    says: 'Bodies nest in a circle: gdisc-steering-group → gdisc → gdisc-steering-group;',
  },
  {
    name: 'an event that ends before it starts',
    set: { 'bodies/unhcr.yaml': { events: [meeting({ date: '2010-10-10', to: '2010-10-09' })] } },
    expect: ['bodies/unhcr.yaml:14:9 end-before-start'],
    says: 'The end date "2010-10-09" is before the event\'s date "2010-10-10"; expected "to" on or after "date".',
  },
  {
    name: 'an event in a change dated after asOf that ends before it starts',
    set: { 'bodies/unhcr.yaml': { changes: [{ from: '2013', events: [meeting({ date: '2013-05', to: '2013-04' })] }] } },
    expect: ['bodies/unhcr.yaml:16:13 end-before-start'],
    says: 'The end date "2013-04" is before the event\'s date "2013-05"',
  },
  {
    name: 'an event that ends in its own month',
    set: { 'bodies/unhcr.yaml': { events: [meeting({ date: '2010-10-10', to: '2010-10' })] } },
    expect: [],
    says: '',
  },
  {
    name: 'a deployment counted as none',
    set: {
      'bodies/unhcr.yaml': { events: [{ date: '2010-06', kind: 'deployment', who: 'experts', count: { count: 0, noun: 'misja' }, effort: { count: '0,4' } }] },
    },
    expect: ['bodies/unhcr.yaml:13:14 count-below-one', 'bodies/unhcr.yaml:16:14 count-below-one'],
    says: 'The count 0 is less than 1, and the text puts it before the noun it counts ("w 0 misjach"); expected 1 or more.',
  },
  {
    name: 'a member group of none in a change',
    set: { 'bodies/enaro.yaml': { changes: [{ from: '2012', composition: { groups: [{ count: '0', noun: 'państwo' }] } }] } },
    expect: ['bodies/enaro.yaml:28:18 count-below-one'],
    says: 'The count 0 is less than 1',
  },
  {
    name: 'a place named three times',
    set: { 'bodies/unhcr.yaml': { events: [meeting({ date: '2010-06', places: ['norway', 'norway', 'norway'] })] } },
    expect: ['bodies/unhcr.yaml:16:9 repeated-entry', 'bodies/unhcr.yaml:17:9 repeated-entry'],
    says: '"norway" is already listed in events › item 1 › places › item 1; expected each country once in a list',
  },
  {
    name: 'a member country repeated in a change',
    set: { 'bodies/enaro.yaml': { changes: [{ from: '2014', members: { euStates: 20, countries: ['norway', 'switzerland', 'norway'] } }] } },
    expect: ['bodies/enaro.yaml:31:11 repeated-entry'],
    says: '"norway" is already listed in changes › item 1 › members.countries › item 1;',
  },
  {
    name: 'asOf before the first year written',
    set: { 'office.yaml': { asOf: '2009-12' } },
    expect: ['office.yaml:4:7 as-of-before-first-year'],
    says: '"asOf" ("2009-12") is before 2010, the first year whose section is written from this data ("firstReportYear")',
  },
  {
    name: 'a date in year 0',
    set: { 'projects/reception-expert-teams.yaml': { changes: [{ from: '0000-01-01', approximate: true }] } },
    expect: ['projects/reception-expert-teams.yaml:17:11 bad-date'],
    says: '"0000-01-01" is not a valid date; expected an ISO date such as "2010", "2010-12" or "2010-12-01" that exists in the calendar (years from 0001,',
  },
  {
    name: 'asOf in year 0, which would list years 0, 1, 2 …',
    set: { 'office.yaml': { asOf: '0000-01-01' } },
    expect: ['office.yaml:4:7 bad-date'],
    says: '"0000-01-01" is not a valid date',
  },
];

describe('every rule sees every year', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const data = copyData();
    for (const [file, set] of Object.entries(c.set))
      editRecord(data, file, (doc) => Object.entries(set).forEach(([key, value]) => doc.set(key, doc.createNode(value))));
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    const diagnostics = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(diagnostics.map((d) => `${d.file.replace('data/', '')}:${d.line}:${d.column} ${d.code}`)).toEqual(c.expect);
    if (c.expect.length) expect(EN.text(diagnostics[0]!.message)).toContain(c.says);
    expect(run.exit).toBe(c.expect.length ? 1 : 0);
    // build stops at the same problems, writing nothing, or writes every year
    const build = await runMain(['build', '--all', '--data', 'data', '--out', 'out'], join(data, '..'));
    expect([build.exit, existsSync(join(data, '..', 'out'))]).toEqual(c.expect.length ? [1, false] : [0, true]);
  });
});
