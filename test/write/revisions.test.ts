// A section as tracked changes from an earlier text: word by word, and where a paragraph begins or ends in one text only.
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/write/docx/blocks.ts';
import { revisedParagraphs } from '../../src/write/docx/revisions.ts';

/** Paragraphs of body text, one for each text given. */
const body = (...texts: string[]): Paragraph[] => texts.map((text) => ({ style: 'BodyText', runs: [{ text, marks: '' }] }));

/** A paragraph written as its runs: plain text, [+inserted+], [-deleted-], and ¶+ or ¶- for its mark. */
function written(paragraphs: Paragraph[]): string[] {
  return paragraphs.map(
    (p) =>
      p.runs.map((r) => ('break' in r ? '\n' : r.change === 'ins' ? `[+${r.text}+]` : r.change === 'del' ? `[-${r.text}-]` : r.text)).join('') +
      (p.mark === 'ins' ? '¶+' : p.mark === 'del' ? '¶-' : ''),
  );
}

/** Earlier and later paragraphs, and the revised paragraphs expected. */
const CASES: { name: string; before: string[]; after: string[]; expect: string[] }[] = [
  { name: 'the same text: no change', before: ['Jeden.', 'Dwa.'], after: ['Jeden.', 'Dwa.'], expect: ['Jeden.', 'Dwa.'] },
  {
    name: 'a number and the words that agree with it',
    before: ['W skład sieci wchodzi 15 państw UE.'],
    after: ['W skład sieci wchodzą 22 państwa UE.'],
    expect: ['W skład sieci [-wchodzi-][+wchodzą+] [-15-][+22+] [-państw-][+państwa+] UE.'],
  },
  { name: 'a sentence added at the end', before: ['Jeden.'], after: ['Jeden. Dwa.'], expect: ['Jeden.[+ Dwa.+]'] },
  { name: 'a paragraph added after the last: a new paragraph mark', before: ['Jeden.'], after: ['Jeden.', 'Dwa.'], expect: ['Jeden.¶+', '[+Dwa.+]'] },
  { name: 'a paragraph removed: its mark deleted', before: ['Jeden.', 'Dwa.', 'Trzy.'], after: ['Jeden.', 'Trzy.'], expect: ['Jeden.', '[-Dwa.-]¶-', 'Trzy.'] },
  {
    name: 'two paragraphs joined: the mark between them deleted',
    before: ['Jeden.', 'Dwa.'],
    after: ['Jeden. Dwa.'],
    expect: ['Jeden.¶-', '[+ +]Dwa.'],
  },
];

describe('revisedParagraphs', () => {
  it.each(CASES)('$name', ({ before, after, expect: expected }) => {
    expect(written(revisedParagraphs(body(...before), body(...after)))).toEqual(expected);
  });

  // a deleted mark joins its paragraph to the next, which keeps its own style: accepting every change gives the later
  // text in the later styles, and the paragraph whose mark is deleted keeps the earlier style for rejecting
  it('gives the paragraph that keeps its mark the style of the later text', () => {
    const before: Paragraph[] = [{ style: 'Heading1', runs: [{ text: 'Tytuł', marks: '' }] }, ...body('Stary akapit.')];
    const after: Paragraph[] = [{ style: 'Heading1', runs: [{ text: 'Tytuł', marks: '' }] }];
    expect(revisedParagraphs(before, after).map((p) => [p.style, p.mark])).toEqual([
      ['Heading1', 'del'],
      ['Heading1', undefined],
    ]);
  });
});
