// The built-in templates, checked and compiled when the command is bundled: scripts/bundle.mjs replaces this module
// in dist/ with one that holds them. Run from the source, as the tests do, it holds none, and each template is
// checked and compiled as it is loaded.
import type Handlebars from 'handlebars';

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** How every template is compiled; scripts/bundle.mjs reads the same file. */
export { default as COMPILE_OPTIONS } from './compile-options.json' with { type: 'json' };

/** Templates compiled at bundle time, by their source text. */
const COMPILED = new Map<string, TemplateSpecification>();

// Returns the template compiled at bundle time from exactly this source text, if there is one.
export function precompiled(source: string): TemplateSpecification | undefined {
  return COMPILED.get(source);
}
