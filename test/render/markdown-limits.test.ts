// Markdown that the Markdown reader would take minutes to read, found before it reads it: lists and quotes nested past
// MAX_NESTING at the start of a line, and paragraphs whose emphasis marks or link brackets pass the budgets; and the
// text sections hold (escaped marks, closed links, a few italics) let through.
import { describe, expect, it } from 'vitest';
import { EMPHASIS_BUDGET, MAX_NESTING, tooHardMarkdown } from '../../src/render/markdown-limits.ts';

const N = MAX_NESTING;
/** As many unescaped emphasis marks as one paragraph may hold within the budget. */
const MARKS = Math.floor(Math.sqrt(EMPHASIS_BUDGET));

describe('tooHardMarkdown', () => {
  it.each([
    ['an empty text', '', undefined],
    ['a section of paragraphs', '# Współpraca\n\nUrząd współpracuje.\n\nZ *UNHCR* i [EASO](https://easo.europa.eu).\n', undefined],
    ['list markers to the limit, counted with their spaces', `${'- '.repeat(21)}a`, undefined],
    ['one list marker more: at its line', `a\n\n${'- '.repeat(22)}a`, { what: 'nesting', line: 3, text: `${'- '.repeat(22)}a` }],
    ['quotes', `${'> '.repeat(22)}a`, { what: 'nesting', line: 1, text: `${'> '.repeat(22)}a` }],
    ['numbered items, with "." or ")"', `${'1. 2) '.repeat(11)}a`, { what: 'nesting', line: 1, text: `${'1. 2) '.repeat(11)}a` }],
    ['a list nested by indentation: two columns a level', ' '.repeat(2 * N + 2), undefined],
    ['a list nested by indentation, one level past', `${' '.repeat(2 * N + 2)}- a`, { what: 'nesting', line: 1, text: `${' '.repeat(2 * N + 2)}- a` }],
    ['a tab counts to the next multiple of four', `${'\t'.repeat(16)}- a`, { what: 'nesting', line: 1, text: `${'\t'.repeat(16)}- a` }],
    ['markers without a space after them are text', `${'-'.repeat(1000)}\n${'*'.repeat(10)}1.a`, undefined],
    ['emphasis marks within the budget', `x ${'*'.repeat(MARKS)}`, undefined],
    ['one emphasis mark more: at its paragraph', `a\n\nx\n${'_'.repeat(MARKS + 1)}`, { what: 'marks', line: 3, text: 'x' }],
    ['escaped marks do not count', `x ${'\\*'.repeat(10 * MARKS)}`, undefined],
    [
      'the budget is shared by the paragraphs',
      Array(5)
        .fill('*'.repeat(MARKS / 2))
        .join('\n\n'),
      { what: 'marks', line: 9, text: '*'.repeat(MARKS / 2) },
    ],
    ['closed links in a long paragraph', `${'[a](https://a) b '.repeat(100_000)}`, undefined],
    [
      'brackets nested 200 deep in 1 MiB',
      `x ${'['.repeat(200)}${'b'.repeat(2 ** 20)}${']'.repeat(200)}`,
      { what: 'marks', line: 1, text: `x ${'['.repeat(200)}${'b'.repeat(2 ** 20)}${']'.repeat(200)}` },
    ],
    ['link destinations never closed', `x\n${'[a]('.repeat(20_000)}`, { what: 'marks', line: 1, text: 'x' }],
    ['an escaped bracket opens nothing', `x ${'\\['.repeat(200)}${'b'.repeat(2 ** 20)}`, undefined],
  ])('%s', (_what, markdown, found) => {
    expect(tooHardMarkdown(markdown)).toEqual(found);
  });
});
