// The Markdown the templates wrote, read into the document tree: a line break inside a paragraph, with the spaces and
// tabs around it, reads as one space; a non-breaking space stays. A long run of spaces is read once
// (a pattern that read it again from each of its spaces took minutes).
import type { Paragraph, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/render/markdown-tree.ts';

// Returns the text of the first paragraph of a Markdown text, as parsed.
function paragraphText(markdown: string): string {
  const paragraph = parseMarkdown(markdown).children[0] as Paragraph;
  return paragraph.children.map((node) => (node as Text).value).join('');
}

const RUN = ' '.repeat(500_000);

describe('parseMarkdown', () => {
  it.each([
    ['a line break', 'Urząd\nwspółpracuje', 'Urząd współpracuje'],
    ['spaces and tabs around it', 'Urząd \t \n\t  współpracuje', 'Urząd współpracuje'],
    ['a non-breaking space before it', 'w\u00a0\nRadzie', 'w\u00a0 Radzie'],
    ['no line break: spaces inside the line stay', 'a \t b', 'a \t b'],
    ['500,000 spaces inside a line', `a${RUN}b`, `a${RUN}b`],
  ])('%s', (_what, markdown, text) => {
    expect(paragraphText(markdown)).toBe(text);
  });
});
