// A block helper that starts what it wraps with a capital letter, whichever words come first.
import type { HelperOptions } from 'handlebars';
import { capitalize } from '../../polish/index.ts';

// Renders the block and capitalizes its first letter, past any spaces before it (a part left out leaves them):
// {{#sentence}}{{#if x}}ponadto {{/if}}przedstawiciel…{{/sentence}}.
export function sentence(this: unknown, options: HelperOptions): string {
  const text = options.fn(this);
  const words = text.trimStart();
  return text.slice(0, text.length - words.length) + capitalize(words);
}
