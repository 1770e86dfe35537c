// What started, ended or changed role between two years, on a small data set made for it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffYears } from '../../src/model/diff.ts';
import { check } from '../../src/pipeline/index.ts';
import { copyData, editRecord, ROOT } from '../support/data.ts';

const RECORDS = join(ROOT, 'test', 'fixtures', 'cli', 'diff', 'records');
const { dataset } = await check({ dataDir: RECORDS, cwd: RECORDS });

// Sums up a comparison as the ids in each group.
function ids(from: number, to: number) {
  const diff = diffYears(dataset!, from, to);
  const idsOf = (changes: { id: string }[]) => changes.map((c) => c.id);
  return { started: idsOf(diff.started), ended: idsOf(diff.ended), changed: idsOf(diff.changed), fields: idsOf(diff.changedFields), unchanged: diff.unchanged };
}

describe('diffYears', () => {
  it.each([
    // from, to, what differs: an end within the later year counts as an end (gdisc's head until 2009, the project until 2010-06)
    [2000, 2001, { started: ['unhcr'], ended: [], changed: [], fields: [], unchanged: 0 }],
    [2004, 2005, { started: ['gdisc'], ended: [], changed: [], fields: [], unchanged: 1 }],
    [2008, 2009, { started: [], ended: ['gdisc'], changed: [], fields: [], unchanged: 2 }],
    [2009, 2010, { started: ['enaro'], ended: ['staff-exchange'], changed: ['gdisc'], fields: [], unchanged: 1 }],
    [2010, 2011, { started: [], ended: ['staff-exchange'], changed: [], fields: [], unchanged: 3 }],
    [1990, 1991, { started: [], ended: [], changed: [], fields: [], unchanged: 0 }],
  ])('%i -> %i', (from, to, want) => {
    expect(ids(from, to)).toEqual(want);
  });

  it('gives each part its dates as ISO text, and the record its file and label', () => {
    const diff = diffYears(dataset!, 2009, 2010);
    expect(diff.changed).toEqual([
      {
        id: 'gdisc',
        kind: 'body',
        file: 'bodies/gdisc.yaml',
        line: 1,
        label: 'Konferencja Dyrektorów Generalnych Służb Imigracyjnych (GDISC)',
        fields: [],
        before: [{ who: 'head', role: 'member', from: '2005', to: '2009' }],
        after: [{ who: 'representative', role: 'participant', from: '2010' }],
      },
    ]);
    expect(diff.started[0]!.after).toEqual([{ who: 'office', role: 'member', from: '2010-05' }]);
  });
});

describe('diffYears on changed fields', () => {
  it('lists each changed field with its values and the line of the change that set it', async () => {
    const data = copyData();
    editRecord(data, 'office.yaml', (doc) => doc.set('asOf', '2014'));
    editRecord(data, 'bodies/enaro.yaml', (doc) =>
      doc.set(
        'changes',
        doc.createNode([
          { from: '2013', members: { euStates: 20 } },
          { from: '2014-03', acronym: 'ENARO-EU' },
        ]),
      ),
    );
    const { dataset: changed } = await check({ dataDir: data, cwd: join(data, '..') });
    const diff = diffYears(changed!, 2010, 2014);
    expect(diff.changedFields.map((c) => [c.id, c.line, c.fields])).toEqual([
      [
        'enaro',
        1,
        [
          { field: 'acronym', before: 'ENARO', after: 'ENARO-EU', line: 29 },
          { field: 'members.euStates', before: 15, after: 20, line: 26 },
          { field: 'members.countries', before: ['switzerland', 'norway'], line: 26 },
        ],
      ],
    ]);
    expect(diffYears(changed!, 2013, 2014).changedFields.map((c) => c.fields.map((f) => f.field))).toEqual([['acronym']]);
  });
});
