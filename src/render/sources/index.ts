// Renders the section with its sources: the document tree the writers take, and each sentence traced to its records.
import type { Root } from 'mdast';
import { pathText, type Path } from '../../load/source.ts';
import type { Section } from '../../model/index.ts';
import type { RecordData } from '../../validate/dataset.ts';
import { applyTypography } from '../../typography/index.ts';
import { escapeView } from '../escape.ts';
import { parseMarkdown } from '../markdown-tree.ts';
import type { Templates } from '../templates.ts';
import { joinParts, mark, splitAtMarks } from './markers.ts';
import { sentencesOf } from './sentences.ts';
import { leafPaths, makeTracer, type BlockReads } from './trace.ts';
import type { RecordSource } from './types.ts';

export type { FieldSource, RecordSource, Sentence } from './types.ts';
export { textNodes } from './sentences.ts';

/** A record of the model as provenance names it. */
interface Origin {
  id: string;
  file: string;
}

// Renders a section to the same tree as renderSection, with its sentences and their sources in tree.data.sentences.
// `records` are the data set's records as written, which give the lines; the Office, which the view of a year holds
// without its id and file, is the record of kind office.
export function renderWithSources(section: Section, templates: Templates, records: readonly RecordData[]): Root {
  const office = records.find((record) => record.kind === 'office');
  const originOf = (value: object): Origin | undefined => {
    if (value === section.office) return office;
    const { id, file } = value as Partial<Origin>;
    return typeof id === 'string' && typeof file === 'string' ? { id, file } : undefined;
  };
  // render: each block's text after its mark, with the fields it reads traced
  const tracer = makeTracer((value) => originOf(value) !== undefined);
  // each block by the view the templates get of it: one view per object within a rendering
  const views = new Map<object, unknown>();
  const blocks = section.paragraphs.flatMap((paragraph) => paragraph.blocks);
  const indexOf = new Map<unknown, number>(blocks.map((block, i) => [escapeView(block, views, tracer.hook), i]));
  const markdown = templates.render(escapeView(section, views, tracer.hook), undefined, (name, context, text) => {
    const index = indexOf.get(context);
    return index === undefined || blocks[index]!.partial !== name ? text() : mark(index) + tracer.within(index, text);
  });
  // parse, typeset, cut into sentences, and give the tree back as the Markdown parser made it
  const tree = applyTypography(splitAtMarks(parseMarkdown(markdown)));
  const lines = lineFinder(records, section.year);
  const sentences = sentencesOf(tree, (indexes) =>
    mergeSources(
      indexes.map((i) => tracer.reads[i] ?? new Map()),
      originOf,
      lines,
    ),
  );
  joinParts(tree);
  tree.data = { ...tree.data, sentences };
  return tree;
}

// Returns a function that finds the line of a field (or of the record, for the empty path) in its record's file:
// where the value in force in the year is written, in the record's own fields or in the last of its `changes` that
// set it by then.
function lineFinder(records: readonly RecordData[], year: number): (origin: Origin, path: Path) => number {
  const byFile = new Map(records.map((record) => [`${record.file}\u0000${record.id}`, record]));
  return (origin, path) => {
    const record = byFile.get(`${origin.file}\u0000${origin.id}`);
    return record ? record.locate(writtenAt(record, path, year), 'key').line : 1;
  };
}

// Finds where a field's value in force in a year is written: under the last change dated up to the year that sets it.
function writtenAt(record: RecordData, path: Path, year: number): Path {
  const changes = (record.data as { changes?: Record<string, unknown>[] }).changes ?? [];
  const field = path[0];
  for (let n = changes.length - 1; n >= 0 && typeof field === 'string' && field !== 'from'; n--) {
    const change = changes[n]!;
    if (Object.hasOwn(change, field) && Number(String(change.from).slice(0, 4)) <= year) return ['changes', n, ...path];
  }
  return path;
}

// Joins what several blocks read into one list of records, each with its fields, in the order first read.
function mergeSources(reads: BlockReads[], originOf: (value: object) => Origin | undefined, lineOf: (origin: Origin, path: Path) => number): RecordSource[] {
  const byRecord = new Map<string, { origin: Origin; paths: Path[] }>();
  for (const read of reads)
    for (const [record, paths] of read) {
      const origin = originOf(record)!;
      const key = `${origin.file}\u0000${origin.id}`;
      const known = byRecord.get(key) ?? { origin, paths: [] };
      known.paths.push(...paths);
      byRecord.set(key, known);
    }
  return [...byRecord.values()].map(({ origin, paths }) => {
    const fields = [...new Map(leafPaths(paths).map((path) => [pathText(path), path])).entries()];
    return { id: origin.id, file: origin.file, line: lineOf(origin, []), fields: fields.map(([field, path]) => ({ field, line: lineOf(origin, path) })) };
  });
}
