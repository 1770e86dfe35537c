// The analyst's year, one command each: open the next year (move asOf), confirm what still holds (confirmed: YEAR in
// each record review lists), and keep a year's section as published. Each edits or writes its files all or none.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { error, hasErrors, WHOLE, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import { publishedFiles } from '../load/published.ts';
import { reviewYear } from '../model/review.ts';
import type { Section } from '../model/index.ts';
import type { Templates } from '../render/index.ts';
import type { Dataset, RecordData } from '../validate/dataset.ts';
import { setTopLevel } from '../write/record-edit.ts';
import { sourcesJson, writeAtomically, type OutputFile } from '../write/index.ts';
import { check, checkAll, type CheckOptions, type Place } from './index.ts';
import { publishedMarkdown } from './published.ts';
import { emptyYear, outsideFacts, render, shower, templated } from './steps.ts';

/** A field written into a record: the file as the user sees it, its line, and the value it replaced. */
export interface FieldWritten {
  file: string;
  line: number;
  before?: string;
  /** How many of the review's items it settles. */
  items: number;
}

/** What opening a year did: the problems, asOf as written, and the review of the year opened. */
export interface OpenedYear {
  diagnostics: Diagnostic[];
  written?: FieldWritten;
  review?: Diagnostic[];
}

// Opens the year after the data's asOf: moves asOf to it in office.yaml, then reviews the year.
export async function openYear(place: Place, year: number): Promise<OpenedYear> {
  const { dataset, diagnostics } = await check(place);
  if (!dataset || hasErrors(diagnostics)) return { diagnostics };
  const office = dataset.office;
  if (!dataset.asOf) return { diagnostics: [...diagnostics, error('no-as-of', message('new-year.no-as-of', { year: String(year) }), office.file)] };
  const next = dataset.asOf.year + 1;
  if (year !== next) {
    const open = year <= dataset.asOf.year ? 'yes' : 'no';
    const said = message('new-year.not-next', { asOf: String(office.data.asOf), next: String(next), year: String(year), open });
    return { diagnostics: [...diagnostics, error('not-next-year', said, office.file, office.locate(['asOf'], 'value'))] };
  }
  const path = resolve(place.cwd, office.file);
  const edited = setTopLevel(readFileSync(path, 'utf8'), 'asOf', String(year));
  await writeAtomically([{ path, content: edited.text }]);
  // the year as the data now stands
  const reopened = await check(place);
  const review = reopened.dataset ? reviewYear(reopened.dataset, year) : [];
  return { diagnostics: reopened.diagnostics, written: { file: office.file, line: edited.line, before: edited.before, items: 0 }, review };
}

/** The review's items a confirmation settles: facts carried over unconfirmed, values unchanged for years. */
const CONFIRMABLE = new Set(['carried-over', 'unchanged-value']);

/** What confirming a year did: the problems, and each record written. */
export interface Confirmed {
  diagnostics: Diagnostic[];
  written: FieldWritten[];
  /** Files named that hold nothing to confirm. */
  unchanged: string[];
}

// Confirms for a year the facts review lists as carried over or unchanged, in every record or in the files named:
// writes `confirmed: "YEAR"` into each, all or none.
export async function confirmYear(place: Place, year: number, named: readonly string[] = []): Promise<Confirmed> {
  const { dataset, diagnostics } = await check(place);
  if (!dataset || hasErrors(diagnostics)) return { diagnostics, written: [], unchanged: [] };
  const beyond = outsideFacts(dataset, year);
  if (beyond) return { diagnostics: [...diagnostics, beyond], written: [], unchanged: [] };
  const show = shower(place.cwd);
  const byPath = new Map(dataset.records.map((record) => [resolve(place.cwd, record.file), record]));
  const chosen = named.map((file) => ({ file, record: byPath.get(resolve(place.cwd, file)) }));
  const strays = chosen.filter((c) => !c.record);
  if (strays.length) {
    const folder = show(place.dataDir);
    return {
      diagnostics: [...diagnostics, ...strays.map((c) => error('not-a-record', message('confirm.not-a-record', { file: c.file, folder }), c.file, WHOLE))],
      written: [],
      unchanged: [],
    };
  }
  // the records with something to confirm, each with how many items it settles
  const items = new Map<string, number>();
  for (const item of reviewYear(dataset, year)) if (CONFIRMABLE.has(item.code)) items.set(item.file, (items.get(item.file) ?? 0) + 1);
  const records = named.length ? chosen.map((c) => c.record!) : dataset.records.filter((r) => items.has(r.file));
  const files: OutputFile[] = [];
  const written: FieldWritten[] = [];
  const unchanged: string[] = [];
  for (const record of unique(records)) {
    if (!items.has(record.file)) {
      unchanged.push(record.file);
      continue;
    }
    const path = resolve(place.cwd, record.file);
    const edited = setTopLevel(readFileSync(path, 'utf8'), 'confirmed', String(year));
    files.push({ path, content: edited.text });
    written.push({ file: record.file, line: edited.line, before: edited.before, items: items.get(record.file)! });
  }
  await writeAtomically(files);
  return { diagnostics, written, unchanged };
}

// Drops repeated records, keeping the first of each.
function unique(records: RecordData[]): RecordData[] {
  return [...new Set(records)];
}

/** What publishing a year did: the problems, the file kept, and whether it was new, the same, or replaced. */
export interface PublishedYear {
  diagnostics: Diagnostic[];
  file?: string;
  sentences?: number;
  outcome?: 'published' | 'unchanged' | 'accepted' | 'refused';
}

// Keeps a year's section as published: its Markdown and its sentences with their sources, in published/ beside the
// data folder. A year published already is replaced only with `accept`; without it, its changes are errors.
export async function publishYear(options: CheckOptions & { year: number; accept?: boolean }): Promise<PublishedYear> {
  const show = shower(options.cwd);
  const paths = publishedFiles(options.dataDir, options.year);
  const file = show(paths.markdown);
  const checked = await checkAll(options, { keep: [options.year] });
  // the changes to this year are what publishing decides on; those to other published years stay warnings
  const ofThisYear = (d: Diagnostic) => d.code === 'published-changed' && d.file === file;
  const changes = checked.diagnostics.filter(ofThisYear);
  const diagnostics = checked.diagnostics.filter((d) => !ofThisYear(d));
  const { dataset, templates, sections } = checked;
  if (!dataset || !templates || !sections || hasErrors(diagnostics)) return { diagnostics };
  const beyond = outsideFacts(dataset, options.year);
  if (beyond) return { diagnostics: [...diagnostics, beyond] };
  const rehearsed = sections.get(options.year);
  if (!rehearsed?.section.paragraphs.length) return { diagnostics: [...diagnostics, emptyYear(dataset, options.year, show(options.dataDir))] };
  const kept = await keptFiles(rehearsed.section, dataset, templates, options.year, paths);
  if ('problem' in kept) return { diagnostics: [...diagnostics, kept.problem] };
  const sentences = kept.value.sentences;
  if (changes.length && !options.accept)
    return { diagnostics: [...diagnostics, ...changes.map((d) => ({ ...d, severity: 'error' as const }))], file, outcome: 'refused' };
  const existed = readIfThere(paths.markdown);
  if (existed === kept.value.files[0]!.content) return { diagnostics, file, sentences, outcome: 'unchanged' };
  await writeAtomically(kept.value.files);
  return { diagnostics, file, sentences, outcome: existed === undefined ? 'published' : 'accepted' };
}

// Makes a year's published files: its Markdown, and its sentences with the records they were made from.
async function keptFiles(section: Section, dataset: Dataset, templates: Templates, year: number, paths: { markdown: string; sources: string }) {
  return templated(async () => {
    const tree = (await render()).renderWithSources(section, templates, [dataset.office, ...dataset.records]);
    const files: OutputFile[] = [
      { path: paths.markdown, content: await publishedMarkdown(tree) },
      { path: paths.sources, content: sourcesJson(tree, year) },
    ];
    return { files, sentences: tree.data?.sentences?.length ?? 0 };
  });
}

// Reads a file's text, or nothing when there is none.
function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
