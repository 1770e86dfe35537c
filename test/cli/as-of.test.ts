// How far the facts go: asOf (at a year's, a month's or a day's precision) and firstReportYear decide which years
// `years` lists and `build --all` writes, and `build` refuses a year outside them at the line that says so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyData, editRecord } from '../support/data.ts';
import { runMain } from '../validate/run.ts';

/** What office.yaml says, and the years listed. */
const RANGES: { name: string; asOf?: string; firstReportYear?: number; years: number[] }[] = [
  { name: 'asOf a year', asOf: '2012', firstReportYear: 2010, years: [2010, 2011, 2012] },
  { name: 'asOf a month', asOf: '2012-06', firstReportYear: 2010, years: [2010, 2011, 2012] },
  { name: 'asOf a day', asOf: '2012-12-31', firstReportYear: 2011, years: [2011, 2012] },
  { name: 'no first report year: from the first fact', asOf: '1994', years: [1992, 1993, 1994] },
];

// Copies the data with office.yaml saying how far the facts go.
function dataWith(asOf: string | undefined, firstReportYear: number | undefined): string {
  const data = copyData();
  editRecord(data, 'office.yaml', (doc) => {
    if (asOf) doc.set('asOf', asOf);
    else doc.delete('asOf');
    if (firstReportYear) doc.set('firstReportYear', firstReportYear);
    else doc.delete('firstReportYear');
  });
  return join(data, '..');
}

describe('asOf and firstReportYear', () => {
  it.each(RANGES.map((r) => [r.name, r] as const))('%s: years and build --all cover the same years', async (_name, r) => {
    const work = dataWith(r.asOf, r.firstReportYear);
    const years = await runMain(['years', '--json'], work);
    expect((JSON.parse(years.stdout) as { year: number }[]).map((y) => y.year)).toEqual(r.years);
    const built = await runMain(['build', '--all', '--format', 'md', '--quiet'], work);
    expect(built.exit).toBe(r.years.length ? 0 : 1);
  });

  it.each([
    [
      'a year after asOf',
      '2013',
      'data/office.yaml:4:7 - error beyond-as-of: The facts go up to "2012-06" ("asOf" in data/office.yaml), so 2013 cannot be written from them yet. Open the year with "coop-report new-year 2013" (the year after asOf), then bring the records up to date for it.',
    ],
    [
      'a year before the first report year',
      '2009',
      'data/office.yaml:5:18 - error before-first-year: The first report year of this data is 2010 ("firstReportYear" in data/office.yaml); earlier facts are kept as history, not written as sections. Lower "firstReportYear" to write 2009.',
    ],
  ])('build refuses %s, at the line of office.yaml that sets it, and writes nothing', async (_name, year, message) => {
    const work = dataWith('2012-06', 2010);
    const run = await runMain(['build', year!, '--out', 'out'], work);
    expect(run.exit).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(message);
    expect(run.stdout).toBe('');
  });

  it('refuses asOf before the first report year at asOf: years and build --all stop at it, and nothing is written', async () => {
    const work = dataWith('2009', 2010);
    const message =
      'data/office.yaml:4:7 - error as-of-before-first-year: "asOf" ("2009") is before 2010, the first year whose section is written from this data ("firstReportYear"); expected a date in 2010 or later, or no section has facts kept current. Move "asOf" on, or correct "firstReportYear".';
    for (const args of [['years'], ['build', '--all', '--out', 'out']]) {
      const run = await runMain(args, work);
      expect([run.exit, run.stdout, run.stderr.split('\n')[0]]).toEqual([1, '', message]);
    }
    expect(existsSync(join(work, 'out'))).toBe(false);
  });

  it('builds the year of asOf, with open-ended facts told as going on', async () => {
    const work = dataWith('2012-06', 2010);
    const run = await runMain(['build', '2012', '--out', 'out', '--format', 'md', '--quiet'], work);
    expect([run.exit, run.stderr]).toEqual([0, '']);
  });
});
