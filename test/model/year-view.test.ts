// The view of a year links records without circles: whatever the data, every walk along parents and children ends.
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/diagnostics/diagnostic.ts';
import { buildSection, viewOf } from '../../src/model/index.ts';
import { check } from '../../src/pipeline/index.ts';
import { copyData, ROOT } from '../support/data.ts';

// Loads a copy of the real data into a valid data set, to be bent past what validation allows.
async function dataset() {
  const { dataset, diagnostics } = await check({ dataDir: copyData(), cwd: ROOT });
  expect(hasErrors(diagnostics)).toBe(false);
  return dataset!;
}

// Gives a body a parent from a year on through a dated change, as the records would.
function setParent(data: Awaited<ReturnType<typeof dataset>>, id: string, parent: string, from: string): void {
  const record = data.records.find((r) => r.id === id)!;
  (record.data as { changes?: unknown[] }).changes = [{ from, parent }];
}

describe('a circle of parents that validation would refuse', () => {
  it.each([
    ['a body its own parent', [['gdisc', 'gdisc']], { gdisc: undefined }],
    ['two bodies each the parent of the other', [['gdisc', 'gdisc-steering-group']], { gdisc: undefined, 'gdisc-steering-group': 'gdisc' }],
    [
      'three bodies in a ring',
      [
        ['asylum-working-party', 'scifa'],
        ['scifa', 'council-of-the-eu'],
        ['council-of-the-eu', 'asylum-working-party'],
      ],
      { 'asylum-working-party': 'scifa', scifa: 'council-of-the-eu', 'council-of-the-eu': undefined },
    ],
  ] as const)('%s: the link that closes it is cut, and the section is still built', async (_name, links, parents) => {
    const data = await dataset();
    for (const [id, parent] of links) setParent(data, id, parent, '2010');
    const view = viewOf(data, 2010);
    const parentOf = (id: string) => view.bodies.find((b) => b.id === id)!.parent?.id;
    expect(Object.fromEntries(Object.keys(parents).map((id) => [id, parentOf(id)]))).toEqual(parents);
    expect(buildSection(data, 2010).paragraphs.length).toBeGreaterThan(0);
    // the year before the change keeps the parents as written
    expect(viewOf(data, 2009).bodies.find((b) => b.id === 'gdisc-steering-group')!.parent?.id).toBe('gdisc');
  });
});
