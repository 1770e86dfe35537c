// What started, ended or changed role between two years, on a small data set made for it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffYears } from '../../src/model/diff.ts';
import { check } from '../../src/pipeline.ts';
import { ROOT } from '../support/data.ts';

const RECORDS = join(ROOT, 'test', 'fixtures', 'cli', 'diff', 'records');
const { dataset } = await check({ dataDir: RECORDS, cwd: RECORDS });

// Sums up a comparison as the ids in each group.
function ids(from: number, to: number) {
  const diff = diffYears(dataset!, from, to);
  const idsOf = (changes: { id: string }[]) => changes.map((c) => c.id);
  return { started: idsOf(diff.started), ended: idsOf(diff.ended), changed: idsOf(diff.changed), unchanged: diff.unchanged };
}

describe('diffYears', () => {
  it.each([
    // from, to, what differs
    [2000, 2001, { started: ['unhcr'], ended: [], changed: [], unchanged: 0 }],
    [2004, 2005, { started: ['gdisc'], ended: [], changed: [], unchanged: 1 }],
    [2008, 2009, { started: [], ended: [], changed: [], unchanged: 3 }],
    [2009, 2010, { started: ['enaro'], ended: [], changed: ['gdisc'], unchanged: 2 }],
    [2010, 2011, { started: [], ended: ['staff-exchange'], changed: [], unchanged: 3 }],
    [2011, 2009, { started: ['staff-exchange'], ended: ['enaro'], changed: ['gdisc'], unchanged: 1 }],
    [2010, 2010, { started: [], ended: [], changed: [], unchanged: 4 }],
    [1990, 1991, { started: [], ended: [], changed: [], unchanged: 0 }],
  ])('%i -> %i', (from, to, want) => {
    expect(ids(from, to)).toEqual(want);
  });

  it('gives each part its dates as ISO text, and the record its file and label', () => {
    const diff = diffYears(dataset!, 2009, 2010);
    expect(diff.changed).toEqual([
      {
        id: 'gdisc', kind: 'body', file: 'bodies/gdisc.yaml', label: 'Konferencja Dyrektorów Generalnych Służb Imigracyjnych (GDISC)',
        before: [{ who: 'head', role: 'member', from: '2005', to: '2009' }],
        after: [{ who: 'representative', role: 'participant', from: '2010' }],
      },
    ]);
    expect(diff.started[0]!.after).toEqual([{ who: 'office', role: 'member', from: '2010-05' }]);
  });
});
