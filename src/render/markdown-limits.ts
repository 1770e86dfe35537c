// Finds Markdown that the Markdown reader (micromark) would take minutes or hours to read, before it reads it. Its time
// grows far faster than the text on a few shapes that no section has: lists or quotes nested thousands deep (16 kB of
// "- - - …" take 30 s), and runs of "*" and "_", or "[" and "](", nested or never closed (48 kB of "*a_*a_…" take
// 27 s). Text written by the built-in templates has none: the data's values are escaped.

/** Lists and quotes may nest this deep at the start of a line, counted generously (see depthAt). */
export const MAX_NESTING = 32;

/** The reading time of emphasis grows with the square of the unescaped "*" and "_" of a paragraph: the sum of those
 * squares over the text may reach this (about 1.5 s of reading at worst; a paragraph with 100 words in italics
 * counts 40,000). */
export const EMPHASIS_BUDGET = 30_000_000;

/** The reading time of links grows with how deep their "[" nest, and how many "[" and "](" stay open, times the length
 * of the paragraph: the sum of those products over the text may reach this (about 1.5 s at worst; closed links count
 * the paragraph's length once, so 32 MiB of text with links counts 34 million). */
export const LINK_BUDGET = 200_000_000;

/** What would take the reader too long, and the line where it is (from 1, and its text): the line nested too deep, or
 * the first line of the paragraph where a budget ran out. */
export interface TooHard {
  what: 'nesting' | 'marks';
  line: number;
  text: string;
}

/** The characters that count inside a paragraph: escapes, emphasis, and the brackets of links. */
const MARKS = /[\\*_[\]()]/g;

/** A line of white space only, which ends a paragraph. */
const BLANK = /^[ \t]*$/;

// Returns where a Markdown text would take the reader too long, or undefined. Each line is read once.
export function tooHardMarkdown(markdown: string): TooHard | undefined {
  const spent = { emphasis: 0, links: 0 };
  let paragraph: Paragraph | undefined;
  let line = 1;
  for (let start = 0; ; line++) {
    const newline = markdown.indexOf('\n', start);
    const text = markdown.slice(start, newline === -1 ? undefined : newline);
    if (BLANK.test(text)) {
      if (paragraph && overBudget(spent, paragraph, start)) return { what: 'marks', line: paragraph.line, text: paragraph.text };
      paragraph = undefined;
    } else {
      if (depthAt(text) > MAX_NESTING) return { what: 'nesting', line, text };
      paragraph ??= { line, text, start, emphasis: 0, open: 0, deepest: 0, parentheses: 0 };
      count(text, paragraph);
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return paragraph && overBudget(spent, paragraph, markdown.length) ? { what: 'marks', line: paragraph.line, text: paragraph.text } : undefined;
}

/** What a paragraph holds so far. */
interface Paragraph {
  /** Its first line, from 1, with its text, and where it starts in the whole text. */
  line: number;
  text: string;
  start: number;
  /** Unescaped "*" and "_". */
  emphasis: number;
  /** "[" not closed yet, and the most ever open at once. */
  open: number;
  deepest: number;
  /** "(" opened right after a "]" and not closed yet. */
  parentheses: number;
}

// Adds what a paragraph ending at `end` costs to what was spent; whether a budget is then passed.
function overBudget(spent: { emphasis: number; links: number }, paragraph: Paragraph, end: number): boolean {
  spent.emphasis += paragraph.emphasis ** 2;
  spent.links += (paragraph.deepest + paragraph.open + paragraph.parentheses) * (end - paragraph.start);
  return spent.emphasis > EMPHASIS_BUDGET || spent.links > LINK_BUDGET;
}

// Counts a line's marks into its paragraph; a backslash escapes the character after it.
function count(text: string, paragraph: Paragraph): void {
  MARKS.lastIndex = 0;
  for (let found = MARKS.exec(text); found; found = MARKS.exec(text)) {
    const c = found[0];
    if (c === '\\') MARKS.lastIndex = found.index + 2;
    else if (c === '*' || c === '_') paragraph.emphasis++;
    else if (c === '[') paragraph.deepest = Math.max(paragraph.deepest, ++paragraph.open);
    else if (c === ']') {
      if (paragraph.open > 0) paragraph.open--;
      if (text[found.index + 1] === '(') {
        paragraph.parentheses++;
        MARKS.lastIndex = found.index + 2;
      }
    } else if (c === ')' && paragraph.parentheses > 0) paragraph.parentheses--;
  }
}

// Returns how deep the start of a line nests lists and quotes, at most: each ">", each list marker ("-", "+", "*", or
// up to nine digits and "." or ")", followed by a space or the end of the line), and a level for every two columns of
// white space before, between and after them (a list nested by indentation needs two columns a level).
function depthAt(text: string): number {
  const spaced = (at: number) => at >= text.length || text[at] === ' ' || text[at] === '\t';
  let depth = 0;
  let columns = 0;
  let k = 0;
  for (;;) {
    for (; text[k] === ' ' || text[k] === '\t'; k++) columns += text[k] === '\t' ? 4 - (columns % 4) : 1;
    const c = text[k];
    let after = k;
    if (c === '>' || ((c === '-' || c === '+' || c === '*') && spaced(k + 1))) after = k + 1;
    else {
      let digits = k;
      while (digits - k < 9 && text[digits]! >= '0' && text[digits]! <= '9') digits++;
      if (digits > k && (text[digits] === '.' || text[digits] === ')') && spaced(digits + 1)) after = digits + 1;
    }
    if (after === k) return depth + Math.floor(columns / 2);
    depth++;
    k = after;
  }
}
