// Renders the section with its sources: the document tree the writers take, and each sentence traced to its records.
import type { Root } from 'mdast';
import { pathText, type Path } from '../../load/source.ts';
import type { Section } from '../../model/index.ts';
import type { RecordData } from '../../validate/dataset.ts';
import { typesetTree } from '../../typography/index.ts';
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
  const tracer = makeTracer((value) => originOf(value) !== undefined, section.office);
  tracer.placeRecordsIn(section);
  // each block by the view the templates get of it: one view per object within a rendering
  const views = new Map<object, unknown>();
  const blocks = section.paragraphs.flatMap((paragraph) => paragraph.blocks);
  const indexOf = new Map<unknown, number>(blocks.map((block, i) => [escapeView(block, views, tracer.hook), i]));
  const markdown = templates.render(escapeView(section, views, tracer.hook), undefined, (name, context, text) => {
    const index = indexOf.get(context);
    return index === undefined || blocks[index]!.partial !== name ? text() : mark(index) + tracer.within(index, text);
  });
  // parse, typeset (in place: the tree was just parsed), cut into sentences, and give the tree back as the Markdown
  // parser made it
  const tree = typesetTree(splitAtMarks(parseMarkdown(markdown)));
  const fields = fieldFinder(records, section.year);
  const sentences = sentencesOf(tree, (indexes) =>
    mergeSources(
      indexes.map((i) => tracer.reads[i] ?? new Map()),
      originOf,
      fields,
    ),
  );
  joinParts(tree);
  tree.data = { ...tree.data, sentences };
  return tree;
}

/** A field as its record's file holds it, and the line it is written on. */
interface Written {
  path: Path;
  line: number;
}

// Returns a function that finds a field read in its record's file: the path as far as the file holds it (a date's
// month, read as a part of "2010-01", is the date; a value the model made is no field at all) and the line where the
// value in force in the year is written, in the record's own fields or in the last of its `changes` that set it by
// then. The empty path is the record itself, at its first line.
function fieldFinder(records: readonly RecordData[], year: number): (origin: Origin, path: Path) => Written | undefined {
  const byFile = new Map(records.map((record) => [`${record.file}\u0000${record.id}`, record]));
  return (origin, path) => {
    const record = byFile.get(`${origin.file}\u0000${origin.id}`);
    if (!record) return path.length ? undefined : { path, line: 1 };
    const where = writtenAt(record, path, year);
    const held = heldSteps(record.data, where);
    const inChange = where.length - path.length;
    if (path.length && held <= inChange) return undefined;
    const kept = path.slice(0, held - inChange);
    return { path: kept, line: record.locate(where.slice(0, held), 'key').line };
  };
}

// Counts how many steps of a path the data as written holds: "participations.0.from.month" holds 3 where "from" is text.
function heldSteps(data: unknown, path: Path): number {
  let value = data;
  for (let n = 0; n < path.length; n++) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, path[n]!)) return n;
    value = (value as Record<string | number, unknown>)[path[n]!];
  }
  return path.length;
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

// Joins what several blocks read into one list of records, each with the fields its file holds, in the order first read.
function mergeSources(
  reads: BlockReads[],
  originOf: (value: object) => Origin | undefined,
  fieldOf: (origin: Origin, path: Path) => Written | undefined,
): RecordSource[] {
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
    const written = paths.map((path) => fieldOf(origin, path)).filter((field): field is Written => field !== undefined && field.path.length > 0);
    const fields = new Map<string, number>();
    for (const path of leafPaths(written.map((w) => w.path))) fields.set(pathText(path), written.find((w) => w.path === path)!.line);
    return { id: origin.id, file: origin.file, line: fieldOf(origin, [])!.line, fields: [...fields].map(([field, line]) => ({ field, line })) };
  });
}
