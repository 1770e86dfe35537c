// Edit scripts and alignment: every typeset character is traced to the source character it keeps or replaces.

import { describe, expect, test } from 'vitest';
import { editScript, sourceIndexes, type Edit } from '../../src/typography/align.ts';

describe('sourceIndexes', () => {
  test.each<{ before: string; after: string; expected: number[] }>([
    { before: 'abc', after: 'abc', expected: [0, 1, 2] },
    { before: 'w R', after: 'w\u00a0R', expected: [0, 1, 2] },
    { before: '10r.', after: '10\u00a0r.', expected: [0, 1, 1, 2, 3] },
    { before: ' ab', after: 'ab', expected: [1, 2] },
    { before: 'x - y', after: 'x\u00a0– y', expected: [0, 1, 2, 3, 4] },
    { before: 'r..', after: 'r.', expected: [0, 1] },
    { before: 'ab', after: '"ab', expected: [0, 0, 1] },
    { before: '', after: 'a', expected: [-1] },
    { before: 'a "b" c', after: 'a\u00a0„b” c', expected: [0, 1, 2, 3, 4, 5, 6] },
    { before: 'k ” (', after: 'k” (', expected: [0, 2, 3, 4] },
  ])('$before → $after', ({ before, after, expected }) => {
    expect(sourceIndexes(before, after)).toEqual(expected);
  });
});

describe('editScript', () => {
  test.each<{ before: string; after: string; edits: number }>([
    { before: 'kitten', after: 'sitting', edits: 5 },
    { before: '', after: '', edits: 0 },
    { before: 'abc', after: '', edits: 3 },
    // the same letters and digits: only the runs between them are compared
    { before: 'a - b', after: 'a \u2013 b', edits: 2 },
    { before: 'w 2010 r. "x"', after: 'w\u00a02010\u00a0r. \u201ex\u201d', edits: 8 },
  ])('$before → $after takes $edits insertions and deletions', ({ before, after, edits }) => {
    const script = editScript(before, after);
    expect(script.filter((edit) => edit.op !== 'equal')).toHaveLength(edits);
    const kept = (edit: Edit): string | undefined => (edit.op === 'delete' ? '' : edit.op === 'insert' ? after[edit.to] : before[edit.from]);
    const rebuilt = script.map(kept).join('');
    expect(rebuilt).toBe(after);
  });

  test('a paragraph of 5,000 dates has its 20,000 changes, each next to its date', () => {
    const [before, after] = ['w 2010 r. '.repeat(5000), 'w\u00a02010\u00a0r. '.repeat(5000)];
    const script = editScript(before, after);
    expect(script.filter((edit) => edit.op !== 'equal')).toHaveLength(20000);
    expect(script.filter((edit) => edit.op === 'insert').every((edit) => edit.op === 'insert' && after[edit.to] === '\u00a0')).toBe(true);
  });
});

// Texts that typography changes densely, as hostile data could hold: each is traced in time and memory proportional to
// its length (a run of 100,000 quotation marks took minutes, and 33,000 changes three characters apart asked for a
// table of 10 GB).
describe('long runs of changes', () => {
  test('100,000 quotation marks between two words: each traced to the mark it replaces', () => {
    const [before, after] = [`a ${'"'.repeat(100_000)} b`, `a ${'\u201d'.repeat(100_000)} b`];
    expect(sourceIndexes(before, after)).toEqual([...after].map((_, at) => at));
  });

  test('a run of 100,000 characters shorter by half: the start and end it shares are kept, the rest replaced', () => {
    const script = editScript(`x${'-'.repeat(100_000)}y`, `x${'\u2013'.repeat(50_000)}y`);
    expect(script.filter((edit) => edit.op === 'equal')).toEqual([
      { op: 'equal', from: 0, to: 0 },
      { op: 'equal', from: 100_001, to: 50_001 },
    ]);
    expect(script.filter((edit) => edit.op === 'delete')).toHaveLength(100_000);
    expect(script.filter((edit) => edit.op === 'insert')).toHaveLength(50_000);
  });

  test('33,000 changes three characters apart: each non-breaking space traced to the space it replaces', () => {
    const [before, after] = ['nr '.repeat(33_000), 'nr\u00a0'.repeat(33_000)];
    expect(sourceIndexes(before, after)).toEqual([...after].map((_, at) => at));
  });
});
