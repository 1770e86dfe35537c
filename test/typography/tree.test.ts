// The pass over an mdast tree: rules see across inline nodes, code and HTML stay as written, the input is kept.

import type { Nodes, Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, test } from 'vitest';
import { typesetTree } from '../../src/typography/index.ts';

/** A node written compactly: a text node as its value, any other node as its type and its value or children. */
type Shape = string | [string, ...Shape[]];

// Writes a node compactly, so a whole paragraph fits on one line of a table.
function shape(node: Nodes): Shape {
  if (node.type === 'text') return node.value;
  if ('children' in node) return [node.type, ...(node.children as Nodes[]).map(shape)];
  return [node.type, 'value' in node ? node.value : ''];
}

// Parses Markdown, typesets it and returns the first block's children compactly.
function typesetFirstBlock(markdown: string): Shape[] {
  const block = typesetTree(fromMarkdown(markdown)).children[0];
  return block !== undefined && 'children' in block ? (block.children as Nodes[]).map(shape) : [];
}

describe('rules across inline nodes', () => {
  test.each<{ markdown: string; expected: Shape[] }>([
    { markdown: 'w *Radzie*', expected: ['w\u00a0', ['emphasis', 'Radzie']] },
    { markdown: '*Urząd* i UNHCR', expected: [['emphasis', 'Urząd'], ' i\u00a0UNHCR'] },
    { markdown: 'posiedzenie *w* Radzie', expected: ['posiedzenie ', ['emphasis', 'w'], '\u00a0Radzie'] },
    { markdown: 'wchodzi 15 **państw**', expected: ['wchodzi 15\u00a0', ['strong', 'państw']] },
    { markdown: 'od 2010*r.*', expected: ['od 2010\u00a0', ['emphasis', 'r.']] },
    { markdown: 'Fundacja „*La Strada*"', expected: ['Fundacja „', ['emphasis', 'La Strada'], '”'] },
    { markdown: '„Fundacja *"La Strada"*”', expected: ['„Fundacja ', ['emphasis', '»La Strada«'], '”'] },
    { markdown: '*Urząd* - między innymi', expected: [['emphasis', 'Urząd'], '\u00a0– między innymi'] },
    { markdown: 'w [Radzie](https://example.org "w Radzie")', expected: ['w\u00a0', ['link', 'Radzie']] },
    { markdown: '# W Radzie', expected: ['W\u00a0Radzie'] },
    {
      markdown: 'W 2010 roku *Urząd* i UNHCR - między innymi - "Fundacja *"La Strada"*".',
      expected: ['W\u00a02010\u00a0roku ', ['emphasis', 'Urząd'], ' i\u00a0UNHCR\u00a0– między innymi\u00a0– „Fundacja ', ['emphasis', '»La Strada«'], '”.'],
    },
  ])('$markdown', ({ markdown, expected }) => {
    expect(typesetFirstBlock(markdown)).toEqual(expected);
  });
});

describe('code and HTML stay as written', () => {
  test.each<{ markdown: string; expected: Shape[] }>([
    { markdown: '`w  "kodzie"` i "tekst"', expected: [['inlineCode', 'w  "kodzie"'], ' i\u00a0„tekst”'] },
    { markdown: 'w `kod` i tekst', expected: ['w\u00a0', ['inlineCode', 'kod'], ' i\u00a0tekst'] },
    { markdown: '```\nw Radzie "x" - 2007 - 2013\n```', expected: [] },
    {
      markdown: 'w <https://example.org/2007-2013> i <biuro@example.org>',
      expected: ['w\u00a0', ['link', 'https://example.org/2007-2013'], ' i\u00a0', ['link', 'biuro@example.org']],
    },
    {
      markdown: 'a <span title="w Radzie">i</span> w',
      expected: ['a\u00a0', ['html', '<span title="w Radzie">'], 'i', ['html', '</span>'], ' w'],
    },
  ])('$markdown', ({ markdown, expected }) => {
    expect(typesetFirstBlock(markdown)).toEqual(expected);
  });

  test('a code block keeps its value', () => {
    const tree = typesetTree(fromMarkdown('```\nw Radzie "x" - 2007 - 2013\n```'));
    expect(tree.children[0]).toMatchObject({ type: 'code', value: 'w Radzie "x" - 2007 - 2013' });
  });

  test('a link keeps its address and title', () => {
    const tree = typesetTree(fromMarkdown('w [Radzie](https://example.org/a-b "w Radzie")'));
    const link = (tree.children[0] as Paragraph).children[1];
    expect(link).toMatchObject({ type: 'link', url: 'https://example.org/a-b', title: 'w Radzie' });
  });
});

describe('the tree as a whole', () => {
  const markdown = 'W 2010 roku *Urząd* i UNHCR - między innymi - "Fundacja *"La Strada"*".\n\n* w Radzie\n* od 2010r.\n';

  test('trims a paragraph at its edges even when the spaces sit in inline nodes', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: ' Urząd ' },
            { type: 'emphasis', children: [{ type: 'text', value: 'w' }] },
            { type: 'text', value: ' Radzie .' },
          ],
        },
      ],
    };
    expect((typesetTree(tree).children[0] as Paragraph).children.map(shape)).toEqual(['Urząd ', ['emphasis', 'w'], '\u00a0Radzie.']);
  });

  test('typesets list items', () => {
    const list = typesetTree(fromMarkdown(markdown)).children[1];
    expect(list === undefined ? [] : shape(list)).toEqual([
      'list',
      ['listItem', ['paragraph', 'w\u00a0Radzie']],
      ['listItem', ['paragraph', 'od 2010\u00a0r.']],
    ]);
  });

  test('typesets the tree it is given, in place, and returns it', () => {
    const input = fromMarkdown(markdown);
    expect(typesetTree(input)).toBe(input);
    expect(input).toEqual(typesetTree(fromMarkdown(markdown)));
  });

  test('is idempotent', () => {
    const once = typesetTree(fromMarkdown(markdown));
    expect(typesetTree(structuredClone(once))).toEqual(once);
  });
});
