// The examples of the data format in the guides: the records each adds to the data of this repository, and the
// sentences it quotes for a year.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copyData, editRecord, ROOT } from './data.ts';

/** An example of a guide: the record files it adds to, and the sentences it quotes, each with its year. */
export interface Example {
  files: { path: string; yaml: string }[];
  /** Each sentence quoted for a year, and whether the section must lack it ("> **2010, without:** …"). */
  sentences: { year: number; text: string; absent: boolean }[];
}

/** The guides whose examples are built. */
export const GUIDES = ['docs/data-format.md', 'docs/pl/format-danych.md'];

// Finds the examples of a guide: the text between "<!-- example -->" and "<!-- /example -->", its YAML blocks each
// headed by "# <file>", and its quoted sentences "> **2017:** …".
export function examplesOf(doc: string): Example[] {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  return [...text.matchAll(/<!-- example -->\n([\s\S]*?)<!-- \/example -->/g)].map(([, body]) => ({
    files: [...body!.matchAll(/```yaml\n# (\S+)[^\n]*\n([\s\S]*?)```/g)].map((m) => ({ path: m[1]!, yaml: m[2]! })),
    sentences: [...body!.matchAll(/^> \*\*(\d{4})(, without|, bez)?:\*\* (.+)$/gm)].map((m) => ({
      year: Number(m[1]),
      text: m[3]!,
      absent: m[2] !== undefined,
    })),
  }));
}

// Copies the data of this repository with an example's records added (a file that exists gets the fields appended)
// and `asOf` moved to the example's last year; returns the folder and the years the example quotes.
export function exampleData(example: Example): { data: string; years: number[] } {
  const data = copyData();
  for (const { path, yaml } of example.files) {
    const file = join(data, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, existsSync(file) ? `${readFileSync(file, 'utf8')}\n${yaml}` : yaml);
  }
  const years = [...new Set(example.sentences.map((s) => s.year))];
  editRecord(data, 'office.yaml', (doc) => doc.set('asOf', String(Math.max(...years))));
  return { data, years };
}
