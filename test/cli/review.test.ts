// `review <year>`: the analyst's checklist, item by item at file:line; it advises (exit 0) unless --strict.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyData, editRecord, writeRecord } from '../support/data.ts';
import { runMain, type JsonDiagnostic } from '../validate/run.ts';

/** An edit of the 2010 records, the year reviewed, and the items expected that are not "carried-over" (file:line code). */
const CASES: { name: string; edit: (data: string) => void; year: number; expect: string[] }[] = [
  {
    name: 'the 2010 records in 2010: the estimated start dates, and a project planned to end in the year',
    edit: () => {},
    year: 2010,
    expect: [
      'bodies/freemo.yaml:10 approximate-date',
      'bodies/imd-working-party.yaml:10 approximate-date',
      'projects/ukraine-capacity-building.yaml:14 planned-end',
    ],
  },
  {
    name: 'a project past its planned end while the Office still takes part',
    edit: (data) =>
      editRecord(data, 'projects/reception-expert-teams.yaml', (doc) => {
        doc.set('to', '2011-06');
        doc.setIn(['participations', 0, 'from'], '2010-12');
      }),
    year: 2012,
    expect: [
      'bodies/freemo.yaml:10 approximate-date',
      'bodies/imd-working-party.yaml:10 approximate-date',
      'projects/reception-expert-teams.yaml:17 past-planned-end',
    ],
  },
  {
    name: 'a project planned to end within the year',
    edit: (data) => editRecord(data, 'projects/reception-expert-teams.yaml', (doc) => doc.set('to', '2012-06')),
    year: 2012,
    expect: [
      'bodies/freemo.yaml:10 approximate-date',
      'bodies/imd-working-party.yaml:10 approximate-date',
      'projects/reception-expert-teams.yaml:16 planned-end',
    ],
  },
  {
    name: 'a count unchanged for five years',
    edit: () => {},
    year: 2015,
    expect: [
      'bodies/enaro.yaml:12 unchanged-value',
      'bodies/enaro.yaml:16 unchanged-value',
      'bodies/freemo.yaml:10 approximate-date',
      'bodies/imd-working-party.yaml:10 approximate-date',
    ],
  },
  {
    name: 'a body no section tells or names',
    edit: (data) => writeRecord(data, 'bodies/frontex.yaml', 'name:\n  nom: Frontex\n  gender: m\narea: eu\n'),
    year: 2010,
    expect: [
      'bodies/freemo.yaml:10 approximate-date',
      'bodies/frontex.yaml:1 never-told',
      'bodies/imd-working-party.yaml:10 approximate-date',
      'projects/ukraine-capacity-building.yaml:14 planned-end',
    ],
  },
  {
    name: 'no asOf in office.yaml',
    edit: (data) => editRecord(data, 'office.yaml', (doc) => doc.delete('asOf')),
    year: 2010,
    expect: [
      'bodies/freemo.yaml:10 approximate-date',
      'bodies/imd-working-party.yaml:10 approximate-date',
      'office.yaml:1 no-as-of',
      'projects/ukraine-capacity-building.yaml:14 planned-end',
    ],
  },
];

// Runs review on an edited copy of the data, with asOf moved to the year.
async function review(edit: (data: string) => void, year: number, ...args: string[]) {
  const data = copyData();
  editRecord(data, 'office.yaml', (doc) => doc.set('asOf', String(year)));
  edit(data);
  return runMain(['review', String(year), '--format', 'json', ...args], join(data, '..'));
}

describe('review', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const run = await review(c.edit, c.year);
    const items = JSON.parse(run.stdout) as JsonDiagnostic[];
    expect(items.filter((i) => i.code !== 'carried-over').map((i) => `${i.file.replace('data/', '')}:${i.line} ${i.code}`)).toEqual(c.expect);
    expect(items.every((i) => i.severity === 'warning')).toBe(true);
    expect(run.exit).toBe(0);
  });

  it('lists an open-ended fact carried over from an earlier year until the record is confirmed for the year', async () => {
    const before = JSON.parse((await review(() => {}, 2011)).stdout) as JsonDiagnostic[];
    expect(before.find((i) => i.file === 'data/bodies/enaro.yaml')).toMatchObject({
      line: 19,
      column: 5,
      code: 'carried-over',
      message:
        'This member (office) has held since 2010 with no end, and nobody has confirmed it for 2011. Check that it still holds, then confirm it with "coop-report confirm 2011" (which sets "confirmed" to 2011 in this record), or end it with "to:".',
    });
    const after = JSON.parse(
      (await review((data) => editRecord(data, 'bodies/enaro.yaml', (doc) => doc.set('confirmed', '2011')), 2011)).stdout,
    ) as JsonDiagnostic[];
    expect(after.filter((i) => i.file === 'data/bodies/enaro.yaml')).toEqual([]);
    expect(after.filter((i) => i.code === 'carried-over')).toHaveLength(before.filter((i) => i.code === 'carried-over').length - 1);
  });

  it('exits 1 with --strict when there is anything to check', async () => {
    expect((await review(() => {}, 2011, '--strict')).exit).toBe(1);
  });
});
