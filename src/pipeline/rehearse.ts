// Renders every year that has data in memory, as a build would, to find what the data and templates would meet:
// each problem of a record's data that a sentence meets, reported at the record, each field that only sentences
// tell which no sentence of any year reads, and each part of a record's wording that no sentence has. Hands each
// year's Markdown, as it is rendered, to what a build makes of it.
import { error, warning, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import { pathInMessage } from '../load/source.ts';
import { buildSection, yearsAfterAsOf, yearsWithData, type Section } from '../model/index.ts';
import type { DataProblem, ReadHook, Templates } from '../render/index.ts';
import { SHAPES } from '../schema/shapes.ts';
import { markedValues } from '../schema/walk.ts';
import type { Dataset } from '../validate/dataset.ts';
import { render } from './steps.ts';
import { OFFICE, PartsRead, unreadWording } from './unread-wording.ts';

/** A year's section as the model tells it, and the Markdown its templates wrote. */
export interface RehearsedSection {
  section: Section;
  markdown: string;
}

/** What rehearsing every year found: the problems, and the sections of the years kept. */
export interface Rehearsed {
  diagnostics: Diagnostic[];
  sections: Map<number, RehearsedSection>;
}

/** What a check does with the sections it renders, of the years a build writes: those of the years in `keep` are
 * kept; `each` is given each year as soon as it is rendered, while no problem has been found, to make its files then.
 * No other year's section is held meanwhile: at 50,000 records the sections of every year took 300 MB. */
export interface SectionUse {
  keep?: readonly number[];
  each?: (year: number, rehearsed: RehearsedSection, made: { dataset: Dataset; templates: Templates }) => Promise<void>;
}

// Renders each year that has data with the templates; `reached` is told each year as it starts, so that a template
// that breaks can be reported in the section of its year.
export async function rehearseYears(dataset: Dataset, templates: Templates, reached: number[] = [], use: SectionUse = {}): Promise<Rehearsed> {
  const stage = await render();
  const sections = new Map<number, RehearsedSection>();
  const problems = new Map<string, Diagnostic>();
  const told = new Map<string, Set<string>>();
  const worded = new Map<string, PartsRead>();
  let office: object | undefined;
  const recordOf = (target: object) => {
    const { kind, id } = target as { kind?: unknown; id?: unknown };
    return target === office ? OFFICE : (kind === 'body' || kind === 'project') && typeof id === 'string' ? `${kind}:${id}` : undefined;
  };
  // the fields read of each record the templates read, asked for once per object in each year's rendering: only records
  // and their wordings are remembered (by key, and in a WeakMap of the few wordings), not every object read, which at
  // 50,000 records ran to millions of short-lived entries for the collector. A record's wording is read as an object of
  // its own, whose fields are the parts; it is known by being read as a record's `wording` before any field of it.
  const partsOf = new WeakMap<object, PartsRead>();
  const onRead: ReadHook = (target) => {
    const record = recordOf(target);
    if (record === undefined) {
      const parts = partsOf.get(target);
      return parts && ((key) => parts.add(key));
    }
    let fields = told.get(record);
    if (!fields) told.set(record, (fields = new Set()));
    const read = fields;
    return (key, value) => {
      if (TOLD_FIELDS.has(key)) read.add(key);
      else if (key === 'wording' && value !== null && typeof value === 'object' && !partsOf.has(value)) {
        if (!worded.has(record)) worded.set(record, new PartsRead());
        partsOf.set(value, worded.get(record)!);
      }
    };
  };
  // the years a build writes, then the years after asOf that dated facts name: checked now, written once asOf moves
  const written = yearsWithData(dataset).map((y) => y.year);
  for (const year of [...written, ...yearsAfterAsOf(dataset)]) {
    reached.push(year);
    const section = buildSection(dataset, year);
    office = section.office;
    const { problems: found, markdown } = stage.rehearseSection(section, templates, onRead);
    for (const problem of found) {
      // one message for each value and form, naming the first year that needs it
      const diagnostic = dataProblem(problem, year);
      const key = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}:${problem.error.form}`;
      if (!problems.has(key)) problems.set(key, diagnostic);
    }
    if (!written.includes(year)) continue;
    if (use.keep?.includes(year)) sections.set(year, { section, markdown });
    // every problem is an error, after which nothing is written
    if (use.each && problems.size === 0) await use.each(year, { section, markdown }, { dataset, templates });
  }
  const wordingProblems = unreadWording(dataset, worded, (record) => told.has(record));
  return { diagnostics: [...problems.values(), ...untoldFields(dataset, told), ...wordingProblems], sections };
}

/** The fields that only sentences tell: given and never read by a template in any year, they say nothing. */
const TOLD_FIELDS = new Set([
  'title',
  'category',
  'location',
  'remit',
  'tasks',
  'basis',
  'aim',
  'members',
  'exchange',
  'definition',
  'founded',
  'composition',
  'otherPartners',
  'beneficiary',
  'country',
]);

// Warns about each such field of a record that the sentences of some year tell, which no sentence of any year reads.
function untoldFields(dataset: Dataset, told: Map<string, Set<string>>): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const record of dataset.records) {
    const read = told.get(`${record.kind}:${record.id}`);
    if (!read) continue;
    const places: { key: string; path: (string | number)[] }[] = Object.keys(record.data).map((key) => ({ key, path: [key] }));
    ((record.data as { changes?: Record<string, unknown>[] }).changes ?? []).forEach((change, i) =>
      places.push(...Object.keys(change).map((key) => ({ key, path: ['changes', i, key] }))),
    );
    for (const { key, path } of places)
      if (TOLD_FIELDS.has(key) && !read.has(key))
        found.push(warning('untold-field', message('pipeline.untold-field', { key, kind: record.kind }), record.file, record.locate(path, 'key')));
  }
  return found;
}

// Reports a problem of a record's data that a template met, at the value in the record.
export function dataProblem({ error: cause, template, line, column }: DataProblem, year: number): Diagnostic {
  const where = pathInMessage(cause.origin.path);
  const sentence = message('pipeline.sentence', { year: String(year), template, line: String(line), column: String(column) });
  if (cause.form)
    return error('missing-form', message('pipeline.missing-form', { where, form: cause.form, sentence }), cause.origin.file, cause.origin.position('key'));
  if (cause.origin.path.some((step) => step === 'sentences' || step === 'wording'))
    return error(
      'record-text',
      message('pipeline.record-text', { message: cause.said, year: String(year) }),
      cause.origin.file,
      cause.origin.position('value'),
    );
  return error('template-data', message('pipeline.template-data', { message: cause.said, sentence, where }), cause.origin.file, cause.origin.position('key'));
}

// Tells whether any record writes a text of its own (sentences, wording): rendering it needs Handlebars' compiler.
export function hasRecordTexts(dataset: Dataset): boolean {
  return [dataset.office, ...dataset.records].some((r) => markedValues(SHAPES[r.kind], r.data).some((v) => v.mark.type === 'text'));
}
