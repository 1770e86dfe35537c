// Finds the tabs in lines' indentation. The yaml library says "Tabs are not allowed as indentation" for most, but
// not for every one: after a space, it may read the line as something else (a mapping item at another column, a
// sequence as a key) and report that instead.
import { CST, Parser } from 'yaml';

/** Where a tab stands: the 1-based line and column of the first tab in a line's indentation. */
export interface TabAt {
  line: number;
  column: number;
}

/** The tokens inside which YAML reads a tab at the start of a line as text or as a space: their text may span lines. */
const SPANNING = new Set(['block-scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'flow-collection']);

// Lists each line whose indentation (the spaces and tabs it starts with) holds a tab, at its first tab; a blank line or
// a comment is not indented, nor is a line inside a block text (| or >), a quoted text or brackets opened above it.
export function tabsInIndentation(text: string): TabAt[] {
  const spans = spanningTokens(text);
  const tabs: TabAt[] = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    const indentation = /^[ \t]*/.exec(line)![0];
    const rest = line.slice(indentation.length).replace(/\r$/, '');
    const inside = spans.some(([from, to]) => start > from && start < to);
    if (indentation.includes('\t') && rest !== '' && !rest.startsWith('#') && !inside) tabs.push({ line: i + 1, column: indentation.indexOf('\t') + 1 });
    start += line.length + 1;
  });
  return tabs;
}

// Returns the offsets [from, to) of the tokens whose text may span lines, from the parser's concrete syntax tree.
function spanningTokens(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const visit = (token: CST.Token | undefined): void => {
    if (!token) return;
    if (SPANNING.has(token.type) && 'offset' in token) spans.push([token.offset, token.offset + CST.stringify(token).trimEnd().length]);
    else if (token.type === 'document') visit(token.value);
    else if (token.type === 'block-map' || token.type === 'block-seq')
      for (const item of token.items) {
        visit(item.key ?? undefined);
        visit(item.value);
      }
  };
  for (const token of new Parser().parse(text)) visit(token);
  return spans;
}
