// Custom templates that are broken or odd: refused or warned about at their path, with a hint that says what to write.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, rejected } from '../support/messages.ts';
import { buildSection } from '../../src/model/index.ts';
import { builtInTemplates } from '../../src/paths.ts';
import { check } from '../../src/pipeline/index.ts';
import { loadTemplates, renderSection, TemplateError } from '../../src/render/index.ts';
import { DATA, ROOT, tempDir } from '../support/data.ts';

/** The built-in partials, in the order the message lists them: every file of templates/partials. */
const BUILT_IN_PARTIALS = readdirSync(join(builtInTemplates(), 'partials'))
  .filter((file) => file.endsWith('.md.hbs'))
  .map((file) => file.slice(0, -'.md.hbs'.length))
  .sort()
  .join(', ');

/** What a folder of custom templates does: an error (file:line:column message), or warnings and the section's text. */
type Outcome = { error: string } | { warnings: string[]; says?: string };

// Lays out a folder of custom templates (a file's text, "fifo" or "folder" for one of those, or "link:" and where a
// link leads), loads it over the built-in ones and renders the 2010 section.
async function outcome(files: Record<string, string>): Promise<Outcome> {
  const cwd = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(cwd, 'custom', path, '..'), { recursive: true });
    if (text === 'fifo') execFileSync('mkfifo', [join(cwd, 'custom', path)]);
    else if (text === 'folder') mkdirSync(join(cwd, 'custom', path));
    else if (text.startsWith('link:')) symlinkSync(text.slice('link:'.length), join(cwd, 'custom', path));
    else writeFileSync(join(cwd, 'custom', path), text);
  }
  try {
    const templates = await loadTemplates([join(cwd, 'custom'), builtInTemplates()], cwd);
    const { dataset } = await check({ dataDir: DATA, cwd: ROOT });
    renderSection(buildSection(dataset!, 2010), templates);
    return { warnings: templates.warnings.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${EN.text(d.message)}`) };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return { error: `${error.file}:${error.line}:${error.column} ${EN.text(error.said)}` };
  }
}

describe('custom templates', () => {
  it.each([
    [
      'a named pipe as a partial: refused at its path, never read',
      { 'partials/opening.md.hbs': 'fifo' },
      {
        error:
          'custom/partials/opening.md.hbs:0:0 A template should be a text file, but this is not a regular file (a pipe or a device); remove it or put a template in its place.',
      },
    ],
    [
      'a named pipe as the section template',
      { 'section.md.hbs': 'fifo' },
      {
        error:
          'custom/section.md.hbs:0:0 A template should be a text file, but this is not a regular file (a pipe or a device); remove it or put a template in its place.',
      },
    ],
    [
      'a folder named like a partial',
      { 'partials/opening.md.hbs': 'folder' },
      { error: 'custom/partials/opening.md.hbs:0:0 A template should be a text file, but this is a folder; remove it or put a template in its place.' },
    ],
    [
      'a file named partials',
      { partials: 'x' },
      { error: 'custom/partials:0:0 This should be the folder of partials, but it is a file; remove it or put the partials in a folder of that name.' },
    ],
    [
      '{{year}} in a partial: the hint to write @root.year',
      { 'partials/opening.md.hbs': 'W {{year}} roku Urząd działał.' },
      { error: 'custom/partials/opening.md.hbs:1:5 The data has no field "year" here. A partial sees its block; the section\'s "year" is {{@root.year}}.' },
    ],
    ['{{@root.year}} in a partial works', { 'partials/opening.md.hbs': 'W {{@root.year}} roku Urząd działał.' }, { warnings: [] }],
    [
      "what Handlebars' own helper refuses: at its call, in Handlebars' words",
      { 'partials/opening.md.hbs': 'Urząd działał.\n\n{{#each}}x{{/each}}' },
      { error: 'custom/partials/opening.md.hbs:3:1 Must pass iterator to #each' },
    ],
    [
      "a field missing inside a block of Handlebars' own helper: where it is missing, not at the block",
      { 'partials/opening.md.hbs': '{{#with @root}}\n{{motto}}\n{{/with}}' },
      {
        error:
          'custom/partials/opening.md.hbs:2:3 The data has no field "motto" here. Check the name against the fields listed in the README ("Custom templates"), or guard it with {{#if …}}.',
      },
    ],
    [
      'an unknown helper, with the one it starts with',
      { 'partials/opening.md.hbs': '{{capitalize (form office.short "nom")}} działa.' },
      { error: 'custom/partials/opening.md.hbs:1:1 Unknown helper "capitalize". Did you mean "cap"? The helpers are listed in docs/templates.md.' },
    ],
    [
      'an unknown helper, with the one it misspells',
      { 'partials/opening.md.hbs': '{{jion office.short}} działa.' },
      { error: 'custom/partials/opening.md.hbs:1:1 Unknown helper "jion". Did you mean "join"? The helpers are listed in docs/templates.md.' },
    ],
    [
      'an unknown helper far from every one',
      { 'partials/opening.md.hbs': '{{zzzzzz office}} działa.' },
      { error: 'custom/partials/opening.md.hbs:1:1 Unknown helper "zzzzzz". The helpers are listed in docs/templates.md.' },
    ],
    [
      'an unknown partial, with the one it misspells',
      { 'partials/opening.md.hbs': '{{> membrship}}' },
      {
        error: `custom/partials/opening.md.hbs:1:1 Unknown partial "membrship". Did you mean "membership"? The partials are: ${BUILT_IN_PARTIALS}.`,
      },
    ],
    [
      'a file that overrides nothing: a warning, with the name it misspells',
      { 'partials/openning.md.hbs': 'Tekst.' },
      {
        warnings: [
          'custom/partials/openning.md.hbs:0:0 unused-template: openning.md.hbs replaces no built-in template and no template includes it, so nothing uses it. Did you mean "opening.md.hbs"?',
        ],
      },
    ],
    [
      'a new partial that a custom one includes is used: no warning',
      { 'partials/opening.md.hbs': '{{> greeting}} Urząd działa.', 'partials/greeting.md.hbs': 'Dzień dobry.' },
      { warnings: [] },
    ],
    [
      'a partial that includes itself: stopped, not a stack overflow',
      { 'partials/opening.md.hbs': 'Tekst {{> opening}}' },
      {
        error:
          'custom/partials/opening.md.hbs:1:7 The partial "opening" includes itself (opening → opening), so it would never end. Remove the inclusion that leads back to it.',
      },
    ],
    [
      'two partials that include each other',
      { 'partials/opening.md.hbs': '{{> greeting}}', 'partials/greeting.md.hbs': '{{> opening}}' },
      {
        error:
          'custom/partials/greeting.md.hbs:1:1 The partial "opening" includes itself (opening → greeting → opening), so it would never end. Remove the inclusion that leads back to it.',
      },
    ],
    [
      'the log helper, which writes to the console: refused where it is called',
      { 'partials/opening.md.hbs': 'Tekst {{log "::error ::forged"}}' },
      {
        error:
          'custom/partials/opening.md.hbs:1:7 The helper "log" writes to the console, not into the text, and a template may not use it: the console carries the report of problems (JSON, GitHub annotations). Remove it.',
      },
    ],
    [
      'the prototype-access payload: refused at "constructor"',
      { 'partials/opening.md.hbs': '{{#with "constructor"}}{{#with split as |a|}}{{a}}{{/with}}{{/with}}' },
      {
        error:
          'custom/partials/opening.md.hbs:1:9 "constructor" names the inner workings of JavaScript objects, not a field of the data, and a template may not use it. Name a field of the record instead.',
      },
    ],
    [
      'a path through __proto__',
      { 'partials/opening.md.hbs': 'Tekst\n  {{office.__proto__.x}}' },
      {
        error:
          'custom/partials/opening.md.hbs:2:5 "__proto__" names the inner workings of JavaScript objects, not a field of the data, and a template may not use it. Name a field of the record instead.',
      },
    ],
    [
      'nine nested blocks: refused at the ninth before anything runs',
      { 'partials/opening.md.hbs': `${'{{#each @root.paragraphs}}'.repeat(9)}x${'{{/each}}'.repeat(9)}` },
      {
        error:
          'custom/partials/opening.md.hbs:1:209 The blocks here nest more than 8 deep: each level repeats what it holds, and a template needs two or three. Take the inner blocks apart.',
      },
    ],
    [
      'eight nested blocks over the paragraphs: stopped by the budget at the innermost block',
      { 'partials/opening.md.hbs': `${'{{#each @root.paragraphs}}'.repeat(8)}x${'{{/each}}'.repeat(8)}` },
      {
        error:
          'custom/partials/opening.md.hbs:1:183 This template ran its blocks more than 500000 times while being rendered, far more than a section needs: its blocks repeat too much. Check the blocks around this place.',
      },
    ],
    [
      'a partial that is a link out of its folder: refused at the link, unread',
      { 'partials/opening.md.hbs': 'link:/etc/passwd' },
      {
        error:
          'custom/partials/opening.md.hbs:0:0 This is a link to "/etc/passwd", which lies outside its templates folder; templates are read only inside the folders given. Copy the template into the folder instead of linking to it.',
      },
    ],
    [
      'a partial that is a link to /proc/self/pagemap: refused at the link',
      { 'partials/opening.md.hbs': 'link:/proc/self/pagemap' },
      {
        error:
          'custom/partials/opening.md.hbs:0:0 This is a link to "/proc/self/pagemap", which lies outside its templates folder; templates are read only inside the folders given. Copy the template into the folder instead of linking to it.',
      },
    ],
    [
      'a partial that is a link inside its folder: followed',
      { 'shared/opening.md.hbs': 'Tekst własny.', 'partials/opening.md.hbs': 'link:../shared/opening.md.hbs' },
      { warnings: [] },
    ],
    [
      'a name printed whole, not in a case: located at its path, not "[object Object]" in the section',
      { 'partials/opening.md.hbs': 'Dzisiaj {{office.name}} pracuje.' },
      {
        error:
          'custom/partials/opening.md.hbs:1:11 "office.name" is a mapping of nom, gen, dat, acc, inst and 2 more fields, which the text cannot show: it shows text and numbers. Name one of its fields ("office.name.nom"), or word it with the helper "form" and a case (see docs/templates.md).',
      },
    ],
    [
      'a list printed whole: located at its path',
      { 'partials/opening.md.hbs': '{{@root.paragraphs}}' },
      {
        error:
          'custom/partials/opening.md.hbs:1:3 "@root.paragraphs" is a list of 6 values, which the text cannot show: it shows text and numbers. Go through its items with a block, such as "each", or name them with a helper that lists them (see docs/templates.md).',
      },
    ],
    [
      '3000 nested blocks: at the one past 64 levels',
      { 'partials/opening.md.hbs': `${'{{#if office}}'.repeat(3000)}x${'{{/if}}'.repeat(3000)}` },
      { error: 'custom/partials/opening.md.hbs:1:897 This template nests blocks or expressions too deeply to be read; a template needs a few levels.' },
    ],
    [
      // Handlebars' parser alone would take hours on it
      '60 000 nested blocks, within 1 MiB',
      { 'partials/opening.md.hbs': `${'{{#if a}}'.repeat(60_000)}x${'{{/if}}'.repeat(60_000)}` },
      { error: 'custom/partials/opening.md.hbs:1:577 This template nests blocks or expressions too deeply to be read; a template needs a few levels.' },
    ],
    [
      // the Markdown reader would take minutes on it
      'a partial writing 16,000 runs of "*a_"',
      { 'partials/opening.md.hbs': `Tekst ${'*a_'.repeat(16_000)}` },
      {
        error: `${join(ROOT, 'templates', 'section.md.hbs')}:0:0 The Markdown the templates wrote holds too many "*", "_", "[" or "](" that are not escaped, or are nested or never closed, in its paragraph at line 3 ("Tekst ${'*a_'.repeat(24)}*…"): Markdown so marked takes minutes to read. Write "\\*", "\\_" or "\\[" for a character meant as itself, and close each "[" and "(".`,
      },
    ],
    [
      '5000 nested parentheses on a later line',
      { 'partials/opening.md.hbs': `x\n  {{cap ${'(cap '.repeat(5000)}office.short.nom${')'.repeat(5000)}}}` },
      { error: 'custom/partials/opening.md.hbs:2:329 This template nests blocks or expressions too deeply to be read; a template needs a few levels.' },
    ],
    [
      'a template over 1 MiB',
      { 'partials/opening.md.hbs': 'x'.repeat(1024 * 1024 + 1) },
      {
        error:
          'custom/partials/opening.md.hbs:0:0 This template has 1048577 bytes; a template may have at most 1048576 (1 MiB). A template is a few lines of text.',
      },
    ],
  ] as [string, Record<string, string>, Outcome][])('%s', async (_what, files, expected) => {
    expect(await outcome(files)).toEqual(expected);
  });
});

describe('the custom templates folder', () => {
  it('is refused at its path when it is a file', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'custom'), 'not a folder');
    const refused = loadTemplates([join(cwd, 'custom'), builtInTemplates()], cwd);
    await expect(refused).rejects.toMatchObject({ file: 'custom', line: 0, column: 0 });
    expect(await rejected(refused)).toBe('The templates folder "custom" is a file, not a folder; check --templates or "templates" in the config file.');
  });
});
