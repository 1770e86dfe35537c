// Two versions of a section compared sentence by sentence: each sentence removed paired with the one that took its place.
import { describe, expect, it } from 'vitest';
import { sentenceChanges } from '../../src/pipeline/published.ts';

/** A sentence of paragraph 1 with no sources. */
const s = (text: string) => ({ paragraph: 1, text, sources: [] });

/** The sentences before and after, and the changes expected as [before, after] texts. */
const CASES: { name: string; before: string[]; after: string[]; expect: [string?, string?][] }[] = [
  { name: 'the same sentences: no change', before: ['A.', 'B.'], after: ['A.', 'B.'], expect: [] },
  { name: 'a sentence reworded', before: ['A.', 'B.', 'C.'], after: ['A.', 'B2.', 'C.'], expect: [['B.', 'B2.']] },
  { name: 'a sentence removed', before: ['A.', 'B.', 'C.'], after: ['A.', 'C.'], expect: [['B.', undefined]] },
  { name: 'a sentence added', before: ['A.', 'C.'], after: ['A.', 'B.', 'C.'], expect: [[undefined, 'B.']] },
  {
    name: 'two reworded in a row, paired in order',
    before: ['A.', 'B.', 'C.'],
    after: ['A2.', 'B2.', 'C.'],
    expect: [
      ['A.', 'A2.'],
      ['B.', 'B2.'],
    ],
  },
  {
    name: 'one sentence split in two',
    before: ['A.', 'B.'],
    after: ['A.', 'B1.', 'B2.'],
    expect: [
      ['B.', 'B1.'],
      [undefined, 'B2.'],
    ],
  },
  {
    name: 'changes far apart stay apart',
    before: ['A.', 'B.', 'C.', 'D.'],
    after: ['A2.', 'B.', 'C.', 'D2.'],
    expect: [
      ['A.', 'A2.'],
      ['D.', 'D2.'],
    ],
  },
];

describe('sentenceChanges', () => {
  it.each(CASES)('$name', ({ before, after, expect: expected }) => {
    const changes = sentenceChanges(before.map(s), after.map(s));
    expect(changes.map((c) => [c.before?.text, c.after?.text])).toEqual(expected);
  });
});
