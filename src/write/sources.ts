// Writes the section's sources: every sentence with the records, files, lines and fields it came from.
import type { Root } from 'mdast';
import type { RecordSource } from '../render/sources/types.ts';

/** What <stem>.sources.json holds. */
export interface SourcesFile {
  year: number;
  sentences: { paragraph: number; text: string; sources: RecordSource[] }[];
}

// Writes the sources of a tree rendered with them as JSON, two spaces deep, ending with a line break.
export function sourcesJson(tree: Root, year: number): string {
  const sentences = (tree.data?.sentences ?? []).map(({ paragraph, text, sources }) => ({ paragraph, text, sources }));
  return `${JSON.stringify({ year, sentences } satisfies SourcesFile, null, 2)}\n`;
}
