// A block helper that starts what it wraps with a capital letter, whichever words come first.
import type { HelperOptions } from 'handlebars';
import { capitalize } from '../../polish/index.ts';

// Renders the block and capitalizes its first letter: {{#sentence}}{{#if x}}ponadto {{/if}}przedstawiciel…{{/sentence}}.
export function sentence(this: unknown, options: HelperOptions): string {
  return capitalize(options.fn(this));
}
