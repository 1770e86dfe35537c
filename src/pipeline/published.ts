// Keeps published years as published: renders each year kept in published/ from the data as it is now and reports
// every sentence that would read otherwise, with the sentence before and after and the records and fields behind it.
import type { Text } from '../i18n/params.ts';
import { diffArrays } from 'diff';
import type { Root } from 'mdast';
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import type { Published, PublishedRead, PublishedSentence } from '../load/published.ts';
import { pathInMessage, pathOfText } from '../load/source.ts';
import { buildSection } from '../model/index.ts';
import type { RecordSource, Templates } from '../render/index.ts';
import type { Dataset } from '../validate/dataset.ts';
import type { RehearsedSection } from './rehearse.ts';
import { render } from './steps.ts';

/** How many records a message names before it says how many more there are. */
const MAX_SOURCES = 6;

/** A sentence as compared: its text, its paragraph and what it was made from. */
type Told = Pick<PublishedSentence, 'paragraph' | 'text' | 'sources'>;

/** A sentence that reads otherwise: before, after, or both (a sentence removed, added, or reworded). */
export interface SentenceChange {
  before?: Told;
  after?: Told;
}

// Reports how the data as it is now would change each published year's section, besides the problems of reading
// them; `strict` makes each change an error.
export async function publishedChanges(
  read: PublishedRead,
  dataset: Dataset,
  templates: Templates,
  sections: ReadonlyMap<number, RehearsedSection>,
  strict = false,
): Promise<Diagnostic[]> {
  const diagnostics = [...read.diagnostics];
  for (const kept of read.published) {
    const now = sections.get(kept.year) ?? (await rehearsedYear(dataset, templates, kept.year));
    diagnostics.push(...(await changesIn(kept, now, dataset, templates, strict)));
  }
  return diagnostics;
}

// Renders a year the check did not (one the data no longer reaches, or the preview's other years).
async function rehearsedYear(dataset: Dataset, templates: Templates, year: number): Promise<RehearsedSection> {
  const section = buildSection(dataset, year);
  return { section, markdown: (await render()).rehearseSection(section, templates).markdown };
}

// Compares one published year with the section the data gives now: nothing when the Markdown is the same.
async function changesIn(kept: Published, now: RehearsedSection, dataset: Dataset, templates: Templates, strict: boolean): Promise<Diagnostic[]> {
  const stage = await render();
  if ((await publishedMarkdown(stage.sectionTree(now.markdown))) === kept.markdown) return [];
  const tree = stage.renderWithSources(now.section, templates, [dataset.office, ...dataset.records]);
  const before = stage.sentencesOfMarkdown(kept.markdown).map((s) => ({ ...s, sources: kept.sources.find((k) => k.text === s.text)?.sources ?? [] }));
  const changes = sentenceChanges(before, tree.data?.sentences ?? []);
  const make = strict ? error : warning;
  const lines = paragraphLines(kept.markdown);
  // the Markdown differs, and no sentence: the heading or the layout changed
  if (!changes.length) return [make('published-changed', message('published.changed-layout', { year: String(kept.year) }), kept.file)];
  return changes.map((change) => {
    const paragraph = (change.before ?? change.after)!.paragraph;
    const at = { line: lines[Math.min(paragraph, lines.length) - 1] ?? 1, column: 1 };
    const said = message('published.changed', {
      year: String(kept.year),
      paragraph: String(paragraph),
      before: change.before?.text ?? 'none',
      after: change.after?.text ?? 'none',
      sources: sourcesText((change.after ?? change.before)!.sources),
    });
    return make('published-changed', said, kept.file, at);
  });
}

// Writes a section's tree as the Markdown a published year keeps.
export async function publishedMarkdown(tree: Root): Promise<string> {
  return (await import('../write/markdown.ts')).toMarkdownText(tree);
}

// Pairs the sentences of two versions of a section: each removed sentence with the added one that took its place.
export function sentenceChanges(before: readonly Told[], after: readonly Told[]): SentenceChange[] {
  const changes: SentenceChange[] = [];
  let removed: Told[] = [];
  let a = 0;
  let b = 0;
  const flush = (added: Told[]) => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) changes.push({ before: removed[i], after: added[i] });
    removed = [];
  };
  for (const part of diffArrays(
    before.map((s) => s.text),
    after.map((s) => s.text),
  )) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...before.slice(b, b + count));
      b += count;
    } else if (part.added) {
      flush(after.slice(a, a + count));
      a += count;
    } else {
      flush([]);
      a += count;
      b += count;
    }
  }
  flush([]);
  return changes;
}

// Names the records and fields a sentence was made from: "data/bodies/freemo.yaml:10 (participations › item 1 › from), …".
function sourcesText(sources: readonly RecordSource[]): Text {
  const named: Text[] = sources.map((s) => [
    `${s.file}:${s.line}`,
    s.fields.length
      ? [
          ' (',
          joined(
            s.fields.map((f) => pathInMessage(pathOfText(f.field))),
            ', ',
          ),
          ')',
        ]
      : '',
  ]);
  if (!named.length) return message('published.no-sources');
  const more = named.length - MAX_SOURCES;
  return [joined(named.slice(0, MAX_SOURCES), '; '), more > 0 ? message('published.more-sources', { count: more }) : ''];
}

// Puts a separator between texts.
function joined(texts: readonly Text[], separator: string): Text[] {
  return texts.flatMap((text, i) => (i ? [separator, text] : [text]));
}

// Finds the line each paragraph of a Markdown text starts on (the heading's line is not a paragraph's).
function paragraphLines(markdown: string): number[] {
  const lines: number[] = [];
  markdown.split('\n').forEach((line, n, all) => {
    if (line.trim() && !line.startsWith('#') && !all[n - 1]?.trim()) lines.push(n + 1);
  });
  return lines;
}
