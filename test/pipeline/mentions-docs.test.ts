// The examples of how a body is named and described, in docs/data-format.md and the Polish guide, are records of the
// later-year data set (test/fixtures/later-year), and what each says it reads is what the 2016 section reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, sectionText } from '../support/data.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'later-year', 'data');

/** The docs, the heading of the section with the examples, and the words that introduce what an example reads. */
const DOCS = [
  { doc: 'docs/data-format.md', heading: '## How a body is named and described', reads: 'reads "', close: '"' },
  { doc: 'docs/pl/format-danych.md', heading: '## Jak tekst nazywa i opisuje gremium', reads: 'daje „', close: '”' },
];

// Returns the text of a doc's section that starts at a heading, up to the next heading of its level.
function sectionOf(doc: string, heading: string): string {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  const start = text.indexOf(heading);
  if (start < 0) throw new Error(`${doc} has no "${heading}"`);
  const end = text.indexOf('\n## ', start + heading.length);
  return text.slice(start, end < 0 ? undefined : end);
}

// Lists each example of a section: the record file it names, its YAML, and the text it says the section reads.
function examples(section: string, reads: string, close: string): { file: string; yaml: string; said?: string }[] {
  return [...section.matchAll(/```yaml\n# (\S+\.yaml)\n([\s\S]*?)```\n\n([\s\S]*?)(?=\n\n|$)/g)].map((m) => {
    const after = m[3]!.replace(/\n/g, ' ');
    const at = after.indexOf(reads);
    const said = at < 0 ? undefined : after.slice(at + reads.length, after.indexOf(close === '"' ? '"' : '.”', at + reads.length) + (close === '"' ? 0 : 1));
    return { file: m[1]!, yaml: m[2]!, said };
  });
}

describe.each(DOCS)('the examples of $doc', ({ doc, heading, reads, close }) => {
  const found = examples(sectionOf(doc, heading), reads, close);

  it('are four records, each saying what it reads', () => {
    expect(found.map((e) => e.file)).toEqual(['bodies/frontex.yaml', 'bodies/budapest-process.yaml', 'bodies/icmpd.yaml', 'bodies/prague-process.yaml']);
    for (const e of found) expect(e.said).toMatch(/^[A-ZŁŚ].*\.$/);
  });

  it.each(found.map((e) => [e.file, e] as const))("%s is the data set's record, and the 2016 section reads as it says", async (file, e) => {
    expect(parse(e.yaml)).toEqual(parse(readFileSync(join(FIXTURE, file), 'utf8')));
    expect(await sectionText(FIXTURE, 2016)).toContain(e.said!);
  });
});
