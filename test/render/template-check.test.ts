// Where a template's syntax error is reported: the line and column of the token the parser could not take, read from
// Handlebars' own message for any template, and the message a template author reads.
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { saidBy } from '../../src/i18n/message.ts';
import { EN } from '../support/messages.ts';
import { checkTemplate, parseErrorPlace } from '../../src/render/template-check.ts';
import { TemplateError } from '../../src/render/template-error.ts';

// Returns the message Handlebars gives for a template it cannot parse.
function parseMessage(source: string): string {
  try {
    Handlebars.parse(source);
  } catch (error) {
    return EN.text(saidBy(error));
  }
  throw new Error(`Handlebars parsed ${JSON.stringify(source)}`);
}

describe('parseErrorPlace', () => {
  it.each([
    ['a stray brace', 'prowadzi {{office.short.nom} współpracę.', { line: 1, column: 28, token: '}' }],
    ['a stray brace on a later line', 'Urząd\n\n  {{cap x} y', { line: 3, column: 10, token: '}' }],
    ['a hash without a value', 'line1\n  {{ foo bar= }}', { line: 2, column: 15, token: '}}' }],
    ['a stray brace after 20 characters of text', 'a very long line of text before it {{name} and after', { line: 1, column: 42, token: '}' }],
    ['an open mustache at the end', 'text {{', { line: 1, column: 8 }],
    ['a close inside a mustache', '{{#if a}}x{{/if}} {{ }}', { line: 1, column: 22, token: '}}' }],
  ])('%s', (_what, source, place) => {
    expect(parseErrorPlace(parseMessage(source), source)).toEqual(place);
  });

  it('gives no place for a message of another form', () => {
    expect(parseErrorPlace("if doesn't match each - 1:5", 'x')).toBeUndefined();
  });
});

describe('checkTemplate', () => {
  it.each([
    ['a stray brace', 'x\n{{cap (form office.short "nom")}}, {{office.short.nom} y', 2, 54, 'Template syntax error: unexpected "}" here.'],
    ['an unclosed block', '{{#if a}}\nx', 1, 1, 'Template syntax error: {{#if}} is never closed; add {{/if}} where the block ends.'],
    ['an unknown helper', 'x\n  {{shout office}}', 2, 3, 'Unknown helper "shout". The helpers are listed in docs/templates.md.'],
    ['a helper misspelt', 'x {{captal office}}', 1, 3, 'Unknown helper "captal". Did you mean "cap"? The helpers are listed in docs/templates.md.'],
    ['a missing partial', '{{> closing}}', 1, 1, 'Unknown partial "closing". The partials are: opening.'],
  ])('%s', (_what, source, line, column, message) => {
    let thrown: unknown;
    try {
      checkTemplate(Handlebars, source, 'p.md.hbs', new Set(['section', 'opening']));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TemplateError);
    expect({ line: (thrown as TemplateError).line, column: (thrown as TemplateError).column, message: EN.text((thrown as TemplateError).said) }).toEqual({
      line,
      column,
      message,
    });
  });
});
