// A year's plan apart from the facts: diff reports what the plans of two years choose differently, each setting at
// its plan's file and line, and no fact changes because of a plan; a year without a plan tells everything.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { copyData, editRecord } from '../support/data.ts';

const BUDAPEST = `name:
  nom: Proces Budapeszteński
  gen: Procesu Budapeszteńskiego
  gender: m
area: international
definition:
  nom: forum dialogu w sprawach migracji
  gender: n
participations:
  - from: "2009"
    who: representatives
    role: participant
`;

/** Plans to write (year -> YAML), and the lines `diff 2010 2014` must end with. */
const CASES: { name: string; plans: Record<string, string>; tail: string[] }[] = [
  {
    name: 'a setting of one year only, and settings of a record',
    plans: { 2010: 'describe: false\n', 2014: 'records:\n  - id: budapest-process\n    sentences: false\n    events: false\n' },
    tail: [
      'Changed plan (what the section tells, not the facts) (3)',
      '  ~ describe: false → none  data/plans/2010.yaml:1',
      '  ~ records.budapest-process.sentences: none → false  data/plans/2014.yaml:3',
      '  ~ records.budapest-process.events: none → false  data/plans/2014.yaml:4',
    ],
  },
  {
    name: 'the same choice in both years is no change',
    plans: { 2010: 'describe: false\norder: [enaro]\n', 2014: 'describe: false\norder: [budapest-process, enaro]\n' },
    tail: ['Changed plan (what the section tells, not the facts) (1)', '  ~ order: ["enaro"] → ["budapest-process","enaro"]  data/plans/2014.yaml:2'],
  },
  {
    name: 'plans that choose alike say nothing',
    plans: { 2010: 'composition: false\n', 2014: 'composition: false\n' },
    tail: ['      co-implementer (office) 2007 – 2010  data/projects/ukraine-capacity-building.yaml:1'],
  },
];

describe('plans in diff', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const data = copyData();
    editRecord(data, 'office.yaml', (doc) => doc.set('asOf', '2014'));
    writeFileSync(join(data, 'bodies', 'budapest-process.yaml'), BUDAPEST);
    mkdirSync(join(data, 'plans'));
    for (const [year, yaml] of Object.entries(c.plans)) writeFileSync(join(data, 'plans', `${year}.yaml`), yaml);
    let stdout = '';
    const io = { stdout: { write: (s: string) => (stdout += s), isTTY: false }, stderr: { write: () => true, isTTY: false }, env: {}, cwd: join(data, '..') };
    const exit = await main(['diff', '2010', '2014', '--data', 'data'], io);
    expect(exit).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(-c.tail.length)).toEqual(c.tail);
    // the facts: the same as without plans
    expect(lines[0]).toBe('2010 → 2014: 0 started, 1 ended, 0 changed role, 0 changed facts, 17 unchanged.');
  });
});
