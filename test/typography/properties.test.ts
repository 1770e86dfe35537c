// Properties over generated text: the pass is idempotent, and splitting text over inline nodes changes nothing.

import fc from 'fast-check';
import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { typesetTree, typographText } from '../../src/typography/index.ts';

/** Pieces of the report's text and of its typing mistakes, to build sentences from. */
const PIECES = [
  'w',
  'i',
  'W',
  'z',
  ' ',
  '  ',
  '\n',
  'Radzie',
  'UNHCR',
  '2010',
  '15',
  'r.',
  'r',
  '.',
  '..',
  ',',
  ':',
  '"',
  '„',
  '”',
  '\u201c',
  '»',
  '«',
  '-',
  '–',
  '—',
  '(',
  ')',
  'ds.',
  'im.',
  'nr',
  'Polsko-Rosyjskiej',
  '2007-2013',
  '\u00a0',
];

const sentence = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((pieces) => pieces.join(''));

// Builds a paragraph from pieces of text, every second one in emphasis.
function paragraphOf(parts: string[]): Root {
  const children: PhrasingContent[] = parts.map((value, n) =>
    n % 2 === 0 ? { type: 'text', value } : { type: 'emphasis', children: [{ type: 'text', value }] },
  );
  return { type: 'root', children: [{ type: 'paragraph', children } satisfies Paragraph] };
}

// Reads the text of a tree, inline nodes included, as one string.
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

describe('properties', () => {
  test('typesetting typeset text changes nothing', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const once = typographText(text);
        expect(typographText(once)).toBe(once);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  test('a paragraph split over inline nodes reads the same as one string, and stays fixed', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (parts) => {
        const once = typesetTree(paragraphOf(parts));
        expect(textOf(once)).toBe(typographText(parts.join('')));
        expect(typesetTree(structuredClone(once))).toEqual(once);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
