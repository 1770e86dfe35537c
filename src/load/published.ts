// Reads the sections kept as published (`coop-report publish`): published/ beside the data folder holds, for each
// published year, its Markdown as printed and its sentences with the records they were made from.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { error, WHOLE, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import type { RecordSource } from '../render/sources/types.ts';
import { readRecordText } from './read-file.ts';

/** A sentence of a published section, with the records it was made from when it was published. */
export interface PublishedSentence {
  paragraph: number;
  text: string;
  sources: RecordSource[];
}

/** A published year's section: its Markdown as written, and the sentences it was kept with (none when that file is gone). */
export interface Published {
  year: number;
  /** The Markdown file, as the user sees its path. */
  file: string;
  markdown: string;
  sources: PublishedSentence[];
}

/** The name of a published year's Markdown file. */
const PUBLISHED = /^wspolpraca-miedzynarodowa-(\d{4})\.md$/;

// Returns the folder that keeps the published sections: published/, beside the data folder.
export function publishedDir(dataDir: string): string {
  return join(dirname(dataDir), 'published');
}

// Returns the paths of a published year's two files: its Markdown and its sentences with their sources.
export function publishedFiles(dataDir: string, year: number): { markdown: string; sources: string } {
  const stem = join(publishedDir(dataDir), `wspolpraca-miedzynarodowa-${year}`);
  return { markdown: `${stem}.md`, sources: `${stem}.sources.json` };
}

/** The published years' sections, and the problems of reading them. */
export interface PublishedRead {
  published: Published[];
  diagnostics: Diagnostic[];
}

// Reads every published year's section; a file that cannot be read is a located error.
export function readPublished(dataDir: string, show: (path: string) => string): PublishedRead {
  const dir = publishedDir(dataDir);
  const published: Published[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(dir)) return { published, diagnostics };
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return { published, diagnostics: [error('published-file', message('published.unreadable', { file: show(dir) }), show(dir), WHOLE)] };
  }
  for (const entry of entries) {
    const year = PUBLISHED.exec(entry)?.[1];
    if (!year) continue;
    const paths = publishedFiles(dataDir, Number(year));
    const markdown = readRecordText(paths.markdown, show(paths.markdown));
    const sources = existsSync(paths.sources) ? readRecordText(paths.sources, show(paths.sources)) : undefined;
    if ('diagnostic' in markdown) diagnostics.push(markdown.diagnostic);
    else if (sources && 'diagnostic' in sources) diagnostics.push(sources.diagnostic);
    else published.push({ year: Number(year), file: show(paths.markdown), markdown: markdown.text, sources: sentencesIn(sources?.text) });
  }
  return { published, diagnostics };
}

// Reads the sentences a published section was kept with; none when the file is missing or not what publish wrote.
function sentencesIn(text: string | undefined): PublishedSentence[] {
  try {
    const parsed = JSON.parse(text ?? '{}') as { sentences?: unknown };
    return Array.isArray(parsed.sentences) ? (parsed.sentences as PublishedSentence[]).filter((s) => typeof s?.text === 'string') : [];
  } catch {
    return [];
  }
}
