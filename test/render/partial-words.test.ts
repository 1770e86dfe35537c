// Every phrase a built-in partial writes is a part a record may word its own way: outside the default words of a
// {{#wording}} block, a partial writes no word of its own, only names, forms and punctuation the helpers give (and
// the helpers write no word of their own either: test/render/helper-words.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/data.ts';

/** The built-in partials, every one of them: the event's and the apposition's included. What the helpers they call
 * write is checked in test/render/helper-words.test.ts. */
const PARTIALS = readdirSync(join(ROOT, 'templates', 'partials'))
  .filter((file) => file.endsWith('.md.hbs'))
  .sort();

// Returns what a template writes literally outside the default words of its wording parts: comments, wording blocks
// (however nested) and mustaches taken out.
function literalOutsideWording(source: string): string {
  let text = source.replace(/\{\{!--[\s\S]*?--\}\}/g, '').replace(/\{\{![\s\S]*?\}\}/g, '');
  let out = '';
  let depth = 0;
  for (const piece of text.split(/(\{\{~?[#/]wording\b[^}]*\}\})/)) {
    if (/^\{\{~?#wording/.test(piece)) depth++;
    else if (/^\{\{~?\/wording/.test(piece)) depth--;
    else if (depth === 0) out += piece;
  }
  text = out.replace(/\{\{[\s\S]*?\}\}/g, ' ');
  return text;
}

// Lists the words (runs of letters) in a text.
function words(text: string): string[] {
  return text.match(/\p{L}+/gu) ?? [];
}

describe('the built-in partials', () => {
  it('are all checked, the event and the apposition among them', () => {
    expect(PARTIALS).toContain('event.md.hbs');
    expect(PARTIALS).toContain('apposition.md.hbs');
  });

  it.each(PARTIALS)('%s writes no word outside a wording default', (file) => {
    expect(words(literalOutsideWording(readFileSync(join(ROOT, 'templates', 'partials', file), 'utf8')))).toEqual([]);
  });

  it.each([
    ['a word outside any part', 'Dodatkowo {{form who "nom"}}.', ['Dodatkowo']],
    ['a word inside a part', '{{#wording "additionally" council}}Dodatkowo{{/wording}} {{form who "nom"}}.', []],
    ['a word after a nested part closes', '{{#wording "a" r}}x {{#wording "b" r}}y{{/wording}} z{{/wording}} oraz', ['oraz']],
    ['a word in a comment', '{{!-- Ponadto --}}{{! także }}', []],
    ['a word in a helper call', '{{verb "uczestniczyć" who}}', []],
    ['quotes and brackets alone', '„{{record.title}}” ({{acronym}}), – :', []],
  ])('the check finds %s', (_, source, found) => {
    expect(words(literalOutsideWording(source))).toEqual(found);
  });
});
