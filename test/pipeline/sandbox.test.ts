// Texts written in the data (a record's sentences, its wording of a part) are templates that run in a sandbox: no
// helper that writes to the console, no name of the objects' inner workings, blocks nested at most 8 deep and a budget
// checked while they render, no text that shows itself again, and what they render links only to http(s) and mailto,
// with no image and no HTML. Each case appends one line to a record and validates with --format json: the exact
// diagnostics, the exit code, and nothing else on stdout or stderr.
import { appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyData, tempDir } from '../support/data.ts';
import { runBin, runMain, type JsonDiagnostic } from '../validate/run.ts';

const EACH = '{{#each @root.paragraphs}}';
const END = '{{/each}}';

/** Where the appended line puts the text: the value of "sentences" (line 17 of unhcr-poland.yaml) or of the Office's
 * wording of "beyond-eu" (line 22 of office.yaml). */
const SENTENCE = 'data/bodies/unhcr-poland.yaml:17:13 record-text';
const WORDING = 'data/office.yaml:22:22 record-text';

const CASES: { name: string; file: string; line: string; expect: string[] }[] = [
  {
    name: '{{log}} with a forged annotation',
    file: 'bodies/unhcr-poland.yaml',
    line: 'sentences: ["{{log \\"::error ::forged\\"}} x."]',
    expect: [
      `${SENTENCE}: In the text "{{log "::error ::forged"}} x." (its line 1, column 1): The helper "log" writes to the console, not into the text, and a template may not use it: the console carries the report of problems (JSON, GitHub annotations). Remove it. (the 2010 section)`,
    ],
  },
  {
    name: "the render's partial runner, which helpers reach and no text can name",
    file: 'bodies/unhcr-poland.yaml',
    line: 'sentences: ["A {{@partial}} B."]',
    expect: [
      `${SENTENCE}: In the text "A {{@partial}} B." (its line 1, column 5): The data has no field "partial" here (in "@partial"). Check the name against the fields listed in the README ("Custom templates"), or guard it with {{#if …}}. (the 2010 section)`,
    ],
  },
  {
    name: 'a link to javascript:',
    file: 'bodies/unhcr-poland.yaml',
    line: 'sentences: ["Zob. [stronę](javascript:alert(1))."]',
    expect: [
      `${SENTENCE}: In the text "Zob. [stronę](javascript:alert(1)).": it makes a link to "javascript:alert(1)", but a text of a record may link only to http://, https:// and mailto: addresses. Remove the link, or write the address in full. (the 2010 section)`,
    ],
  },
  {
    name: 'an image (a beacon fetched when the page opens)',
    file: 'bodies/unhcr-poland.yaml',
    line: 'sentences: ["![i](https://example.com/b.png) Tekst."]',
    expect: [
      `${SENTENCE}: In the text "![i](https://example.com/b.png) Tekst.": it shows an image ("https://example.com/b.png"), but a text of a record shows none: the page would fetch it from elsewhere when opened. Remove the image. (the 2010 section)`,
    ],
  },
  {
    name: 'raw HTML',
    file: 'bodies/unhcr-poland.yaml',
    line: 'sentences: ["Tekst <script>alert(1)</script>."]',
    expect: [
      `${SENTENCE}: In the text "Tekst <script>alert(1)</script>.": it holds HTML ("<script>"), but a text of a record is plain text with Markdown at most. Remove the tag, or write "\\<" for a "<" that is meant as a character. (the 2010 section)`,
    ],
  },
  {
    name: 'lists nested 5,000 deep (the Markdown reader would take minutes)',
    file: 'bodies/unhcr-poland.yaml',
    line: `sentences: ["${'- '.repeat(5000)}a."]`,
    expect: [
      `${SENTENCE}: In the text "${'- '.repeat(28)}-…": it nests lists or quotes more than 32 levels deep, and Markdown nested so deep takes minutes to read. Remove the "-", "*", "+", ">" or "1." markers at its start. (the 2010 section)`,
    ],
  },
  {
    name: 'emphasis marks never closed, 32,000 of them (the Markdown reader would take minutes)',
    file: 'bodies/unhcr-poland.yaml',
    line: `sentences: ["Tekst ${'*a_'.repeat(16_000)}."]`,
    expect: [
      `${SENTENCE}: In the text "Tekst ${'*a_'.repeat(17)}…": it holds too many "*", "_", "[" or "](" that are not escaped, or are nested or never closed, and Markdown so marked takes minutes to read. Write "\\*", "\\_" or "\\[" for a character meant as itself, and close each "[" and "(". (the 2010 section)`,
    ],
  },
  {
    name: 'the Handlebars prototype-access payload',
    file: 'bodies/unhcr-poland.yaml',
    line: 'sentences: ["{{#with \\"constructor\\"}}{{#with split as |a|}}{{a.pop}}{{/with}}{{/with}}"]',
    expect: [
      `${SENTENCE}: In the text "{{#with "constructor"}}{{#with split as |a|}}{{a.pop}}{{/…" (its line 1, column 9): "constructor" names the inner workings of JavaScript objects, not a field of the data, and a template may not use it. Name a field of the record instead. (the 2010 section)`,
    ],
  },
  {
    name: 'nine nested blocks in a sentence of 338 bytes: refused at the ninth, before it runs',
    file: 'bodies/unhcr-poland.yaml',
    line: `sentences: ["${EACH.repeat(9)}x${END.repeat(9)}"]`,
    expect: [
      `${SENTENCE}: In the text "${EACH}${EACH}${EACH.slice(0, 5)}…" (its line 1, column 209): The blocks here nest more than 8 deep: each level repeats what it holds, and a template needs two or three. Take the inner blocks apart. (the 2010 section)`,
    ],
  },
  {
    name: 'ten nested blocks: the same, never "Maximum call stack"',
    file: 'bodies/unhcr-poland.yaml',
    line: `sentences: ["${EACH.repeat(10)}x${END.repeat(10)}"]`,
    expect: [
      `${SENTENCE}: In the text "${EACH}${EACH}${EACH.slice(0, 5)}…" (its line 1, column 209): The blocks here nest more than 8 deep: each level repeats what it holds, and a template needs two or three. Take the inner blocks apart. (the 2010 section)`,
    ],
  },
  {
    name: 'eight nested blocks: stopped by the budget of a text while it renders',
    file: 'bodies/unhcr-poland.yaml',
    line: `sentences: ["${EACH.repeat(8)}x${END.repeat(8)}"]`,
    expect: [
      `${SENTENCE}: In the text "${EACH}${EACH}${EACH.slice(0, 5)}…" (its line 1, column 183): This template ran its blocks more than 10000 times while being rendered, far more than a text of a record needs: its blocks repeat too much. Check the blocks around this place. (the 2010 section)`,
    ],
  },
  {
    name: 'two nested blocks around a long text: stopped by the budget of characters',
    file: 'bodies/unhcr-poland.yaml',
    line: `sentences: ["${EACH.repeat(2)}${'x'.repeat(3000)}${END.repeat(2)}"]`,
    expect: [
      `${SENTENCE}: In the text "${EACH}${EACH}${'x'.repeat(5)}…" (its line 1, column 27): This template wrote more than 65536 characters while being rendered, far more than a text of a record needs: its blocks repeat too much. Check the blocks around this place. (the 2010 section)`,
    ],
  },
  {
    name: 'a wording that includes its own partial',
    file: 'office.yaml',
    line: 'wording: {beyond-eu: "{{> beyond-eu}} x."}',
    expect: [
      `${WORDING}: In the text "{{> beyond-eu}} x." (its line 1, column 1): The partial "beyond-eu" includes itself (beyond-eu → beyond-eu), so it would never end. Remove the inclusion that leads back to it. (the 2010 section)`,
    ],
  },
  {
    name: 'a sentence that says itself',
    file: 'bodies/unhcr-poland.yaml',
    line: 'sentences: ["{{say record.sentences.[0]}} x."]',
    expect: [
      `${SENTENCE}: In the text "{{say record.sentences.[0]}} x.": it shows itself again, through a partial or "say", so it would never end. Remove from the text what leads back to it. (the 2010 section)`,
    ],
  },
];

describe('record texts in the sandbox', () => {
  it.each(CASES)('$name', async ({ file, line, expect: expected }) => {
    const data = copyData();
    appendFileSync(join(data, file), `${line}\n`);
    const started = performance.now();
    const run = await runMain(['validate', '--data', 'data', '--format', 'json'], join(data, '..'));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(run.stderr).toBe('');
    const found = (JSON.parse(run.stdout) as JsonDiagnostic[]).map((d) => `${d.file}:${d.line}:${d.column} ${d.code}: ${d.message}`);
    expect(found).toEqual(expected);
    expect(run.exit).toBe(1);
  });

  it('links to http(s) and mailto pass, and reach the section', async () => {
    const data = copyData();
    appendFileSync(join(data, 'bodies/unhcr-poland.yaml'), 'sentences: ["Zob. [stronę](https://www.unhcr.org/pl) i [pocztę](mailto:biuro@unhcr.org)."]\n');
    const out = join(tempDir(), 'out');
    const run = await runMain(['build', '2010', '--data', 'data', '--out', out, '--format', 'md', '-q'], join(data, '..'));
    expect(run.stderr).toBe('');
    expect(run.exit).toBe(0);
  });

  it('{{log}} leaves the github annotations alone, through the bin, and build writes nothing', () => {
    const data = copyData();
    appendFileSync(join(data, 'bodies/unhcr-poland.yaml'), 'sentences: ["{{log \\"::stop-commands::x\\"}} x."]\n');
    const validate = runBin(['validate', '--data', 'data', '--report-format', 'github'], join(data, '..'));
    expect(
      validate.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(0, l.indexOf('::', 2))),
    ).toEqual(['::error file=data/bodies/unhcr-poland.yaml,line=17,col=13,title=record-text']);
    // the text is quoted inside the one annotation, never at the start of a line, where a runner reads a command
    expect(validate.stdout.split('\n').filter((l) => l.includes('stop-commands'))).toEqual([expect.stringMatching(/^::error file=/)]);
    expect(validate.stderr).toBe('');
    expect(validate.exit).toBe(1);
    const out = join(tempDir(), 'out');
    const build = runBin(['build', '2010', '--data', 'data', '--out', out, '--report-format', 'json'], join(data, '..'));
    expect((JSON.parse(build.stdout) as JsonDiagnostic[]).map((d) => d.code)).toEqual(['record-text']);
    expect(build.exit).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
