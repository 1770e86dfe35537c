// Words added and removed since the previous year, at offsets in the new section's paragraphs.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/render/markdown-tree.ts';
import { changesSince } from '../../src/preview/changes.ts';

describe('changes since the previous year', () => {
  it.each([
    ['nothing changed', 'Ala ma kota.', 'Ala ma kota.', []],
    [
      'most of a sentence changed: the old one struck whole, the new one inserted whole',
      'Wchodzi 15 państw.',
      'Wchodzą 22 państwa.',
      [{ paragraph: 1, added: [[0, 19]], removed: [{ at: 0, text: 'Wchodzi 15 państw. ' }] }],
    ],
    [
      'a reworded sentence among unchanged ones, marked whole in its place',
      'Jeden. W skład sieci wchodzi 15 państw. Trzy.',
      'Jeden. Sieć zrzesza 22 państwa. Trzy.',
      [{ paragraph: 1, added: [[7, 31]], removed: [{ at: 7, text: 'W skład sieci wchodzi 15 państw. ' }] }],
    ],
    [
      'little of a sentence changed: word by word',
      'W skład sieci wchodzi 15 państw UE oraz Szwajcaria i Norwegia.',
      'W skład sieci wchodzi 16 państw UE oraz Szwajcaria i Norwegia.',
      [{ paragraph: 1, added: [[22, 24]], removed: [{ at: 22, text: '15' }] }],
    ],
    ['a sentence added between two', 'Jeden. Trzy.', 'Jeden. Dwa. Trzy.', [{ paragraph: 1, added: [[7, 11]], removed: [] }]],
    ['a sentence removed between two', 'Jeden. Dwa. Trzy.', 'Jeden. Trzy.', [{ paragraph: 1, added: [], removed: [{ at: 6, text: ' Dwa.' }] }]],
    ['a word added', 'Ala ma kota.', 'Ala ma małego kota.', [{ paragraph: 1, added: [[7, 14]], removed: [] }]],
    ['a word removed', 'Ala ma małego kota.', 'Ala ma kota.', [{ paragraph: 1, added: [], removed: [{ at: 7, text: 'małego ' }] }]],
    ['a paragraph added', 'Pierwszy.', 'Pierwszy.\n\nDrugi akapit.', [{ paragraph: 2, added: [[0, 13]], removed: [] }]],
    ['a paragraph removed', 'Pierwszy.\n\nDrugi.', 'Pierwszy.', [{ paragraph: 1, added: [], removed: [{ at: 9, text: ' Drugi.' }] }]],
    ['the second paragraph changed', 'Jeden.\n\nDwa trzy.', 'Jeden.\n\nDwa cztery.', [{ paragraph: 2, added: [[4, 10]], removed: [{ at: 4, text: 'trzy' }] }]],
    ['punctuation is a word of its own', 'Tak.', 'Tak!', [{ paragraph: 1, added: [[3, 4]], removed: [{ at: 3, text: '.' }] }]],
  ])('%s', (_name, before, after, expected) => {
    expect(changesSince(parseMarkdown(before), parseMarkdown(after))).toEqual(expected);
  });
});
