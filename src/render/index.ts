// Renders what the section says into the document tree: templates -> Markdown -> mdast -> typography.
import type { Root } from 'mdast';
import type { Section } from '../model/index.ts';
import { escapeView, type ReadHook } from './escape.ts';
import { parseMarkdown, sectionTree } from './markdown-tree.ts';
import type { Templates } from './templates.ts';

export { loadTemplates, type Templates } from './templates.ts';
export { TemplateError, type DataProblem } from './template-error.ts';
export type { ReadHook } from './escape.ts';
import type { DataProblem } from './template-error.ts';

// Renders a section to its document tree.
export function renderSection(section: Section, templates: Templates): Root {
  return sectionTree(templates.render(escapeView(section)));
}

export { sectionTree } from './markdown-tree.ts';

/** What rehearsing a section found: every problem of the records' data its sentences meet, and its Markdown, which
 * is the section's when there is none. */
export interface Rehearsal {
  problems: DataProblem[];
  markdown: string;
}

// Renders a section's text only, to find every problem of the records' data that its sentences meet; `onRead` hears
// every field the templates read.
export function rehearseSection(section: Section, templates: Templates, onRead?: ReadHook): Rehearsal {
  const problems: DataProblem[] = [];
  const markdown = templates.render(escapeView(section, new Map(), onRead), problems);
  return { problems, markdown };
}

export { renderWithSources, textNodes, type FieldSource, type RecordSource, type Sentence } from './sources/index.ts';
import { sentencesOf } from './sources/sentences.ts';
import type { Sentence } from './sources/types.ts';

// Splits a section's Markdown as written (a published year's) into its sentences, which name no sources.
export function sentencesOfMarkdown(markdown: string): Sentence[] {
  return sentencesOf(parseMarkdown(markdown), () => []);
}
