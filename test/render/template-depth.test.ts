// How deep a template nests, read before Handlebars parses it: the place where it first goes past MAX_NESTING, and
// nothing for what Handlebars reads as text (comments, raw blocks, escaped mustaches, strings).
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, tooDeepTemplateAt } from '../../src/render/template-depth.ts';

const N = MAX_NESTING;
const nested = (n: number, open = '{{#if a}}', close = '{{/if}}') => `${open.repeat(n)}x${close.repeat(n)}`;

describe('tooDeepTemplateAt', () => {
  it.each([
    ['blocks nested to the limit', nested(N), undefined],
    ['one block more: at its opening', nested(N + 1), N * 9],
    ['inverse blocks', nested(N + 1, '{{^a}}', '{{/a}}'), N * 6],
    ['partial blocks', nested(N + 1, '{{#> p}}', '{{/p}}'), N * 8],
    ['blocks with ~ and spaces', nested(N + 1, '{{~ #if a ~}}', '{{~/if~}}'), N * 13],
    ['blocks never closed', '{{#if a}}'.repeat(N + 1), N * 9],
    ['blocks closed one by one, any number of them', '{{#if a}}x{{/if}}'.repeat(10 * N), undefined],
    ['{{else if}} branches chained: each one more level', `{{#if a}}${'{{else if b}}'.repeat(N)}{{/if}}`, 9 + (N - 1) * 13],
    ['{{else}} and {{^}}: no level', `{{#if a}}${'{{else}}{{^}}'.repeat(N)}{{/if}}`, undefined],
    ['parentheses to the limit', `{{a ${'(b '.repeat(N)}c${')'.repeat(N)}}}`, undefined],
    ['one parenthesis more: at it', `{{a ${'(b '.repeat(N + 1)}c${')'.repeat(N + 1)}}}`, 4 + N * 3],
    ['parentheses inside blocks count with them', `${'{{#if a}}'.repeat(N - 1)}{{b (c (d))}}`, (N - 1) * 9 + 7],
    ['a closed branch of parentheses gives its levels back', `{{a ${'(b) '.repeat(10 * N)}}}`, undefined],
    ['a comment holds no blocks', `{{!-- ${'{{#if a}}'.repeat(N + 1)} --}}`, undefined],
    ['a short comment holds none either', `{{! ${'{{#if a'.repeat(N + 1)} }}`, undefined],
    ['a raw block is text', `{{{{raw}}}}${'{{#if a}}'.repeat(N + 1)}{{{{/raw}}}}`, undefined],
    ['an escaped mustache is text', '\\{{#if a}}'.repeat(N + 1), undefined],
    ['a backslash escaped before a mustache leaves it one', '\\\\{{#if a}}'.repeat(N + 1), N * 11 + 2],
    ['strings and [segments] hold no parentheses', `{{a "${'('.repeat(N + 1)}" '${'('.repeat(N + 1)}' [${'('.repeat(N + 1)}]}}`, undefined],
    ['a quote escaped in a string', `{{a "\\"${'('.repeat(N + 1)}"}}`, undefined],
    ['a closing tag with no block: left to Handlebars', `{{/if}}${nested(N)}`, undefined],
    ['a mustache never closed', `{{a ${'('.repeat(N)}`, undefined],
  ])('%s', (_what, source, at) => {
    expect(tooDeepTemplateAt(source)).toBe(at);
  });

  it('lets through every template Handlebars reads within the limit', () => {
    for (const source of [nested(N), `{{#if a}}${'{{else if b}}'.repeat(N - 1)}{{/if}}`, `{{a ${'(b '.repeat(N)}c${')'.repeat(N)}}}`])
      expect(() => Handlebars.parse(source)).not.toThrow();
  });
});
