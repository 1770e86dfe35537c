// Quotation mark rule: Polish „…” outside, »…« for a quote inside a quote, whatever marks the input used.

import { CLOSE_INNER_QUOTE, CLOSE_QUOTE, OPEN_INNER_QUOTE, OPEN_QUOTE } from './chars.ts';

/**
 * Double quotation marks the rule rewrites; single quotes are left alone, as they double as apostrophes. « and »
 * are read as the Polish inner marks »…«, not as French «…».
 */
const QUOTE_MARKS = new Set(['"', '\u201e', '\u201d', '\u201c', '\u00bb', '\u00ab']);

/** What may stand right before an opening mark: a space, a bracket, a dash, a slash or another mark. */
const BEFORE_OPENING = /[\s([{\u2013\u2014\-/"\u201e\u201d\u201c\u00bb\u00ab]/;

/** What cannot stand right after an opening mark: a space, or punctuation that ends a phrase. */
const NOT_AFTER_OPENING = /[\s.,;:!?)\]}]/;

/** What may stand right after a closing mark: a space, punctuation, a bracket, a dash or another mark. */
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2026\u2013\u2014\-/"\u201e\u201d\u201c\u00bb\u00ab]/;

type Side = 'open' | 'close' | 'unknown';

// Tells whether the mark at `at` opens or closes a quote: „ and » always open, ” and « always close; a straight
// " or an English “ is read from its neighbours and, where they leave it open, from the quotes open so far.
function sideOf(text: string, at: number, depth: number): Side {
  const mark = text[at] ?? '';
  if (mark === OPEN_QUOTE || mark === OPEN_INNER_QUOTE) return 'open';
  if (mark === CLOSE_QUOTE || mark === CLOSE_INNER_QUOTE) return 'close';
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  const canOpen = (before === '' || BEFORE_OPENING.test(before)) && after !== '' && !NOT_AFTER_OPENING.test(after);
  const canClose = (after === '' || AFTER_CLOSING.test(after)) && before !== '' && !/\s/.test(before);
  if (canOpen !== canClose) return canOpen ? 'open' : 'close';
  if (canOpen) return depth > 0 ? 'close' : 'open';
  // a mark with a space before it and no word after it closes the open quote: „Network " → „Network”
  const strayClose = /\s/.test(before) && (after === '' || AFTER_CLOSING.test(after));
  return strayClose && depth > 0 ? 'close' : 'unknown';
}

// Removes spaces and line breaks from the end of the output so far.
function dropTrailingSpace(out: string[]): void {
  while (out.length > 0) {
    const kept = out[out.length - 1]!.replace(/\s+$/, '');
    if (kept !== '') {
      out[out.length - 1] = kept;
      return;
    }
    out.pop();
  }
}

/** Any of QUOTE_MARKS: text without one is left as it is. */
const ANY_QUOTE_MARK = new RegExp(`[${[...QUOTE_MARKS].join('')}]`);
const EVERY_QUOTE_MARK = new RegExp(ANY_QUOTE_MARK.source, 'g');

// Rewrites every double quotation mark as „ ” at the outer level and » « inside, dropping spaces just inside. The
// text between marks is copied whole.
export function fixQuotes(text: string): string {
  if (!ANY_QUOTE_MARK.test(text)) return text;
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (const { index: at, 0: mark } of text.matchAll(EVERY_QUOTE_MARK)) {
    out.push(text.slice(from, at));
    from = at + 1;
    const side = sideOf(text, at, depth);
    if (side === 'open') {
      depth += 1;
      out.push(depth === 1 ? OPEN_QUOTE : OPEN_INNER_QUOTE);
      // no space just inside the opening mark
      while (text[from] === ' ' || text[from] === '\u00a0') from++;
    } else if (side === 'close') {
      if (depth > 0) dropTrailingSpace(out);
      out.push(depth <= 1 ? CLOSE_QUOTE : CLOSE_INNER_QUOTE);
      depth = Math.max(0, depth - 1);
    } else {
      out.push(mark);
    }
  }
  out.push(text.slice(from));
  return out.join('');
}
