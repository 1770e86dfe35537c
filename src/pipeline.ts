// The whole program, one way through: load -> validate -> model -> render -> write.
import { join, relative, isAbsolute } from 'node:path';
import type { Root } from 'mdast';
import { error, hasErrors, sortDiagnostics, warning, WHOLE, type Diagnostic } from './diagnostics/diagnostic.ts';
import { loadData } from './load/index.ts';
import { pathText } from './load/source.ts';
import { buildSection, yearRange, yearsWithData, type Section } from './model/index.ts';
import { builtInTemplates } from './paths.ts';
import type { DataProblem, Templates } from './render/index.ts';
import { SHAPES } from './schema/shapes.ts';
import { markedValues } from './schema/walk.ts';
import type { Dataset } from './validate/dataset.ts';
import { validate, type Validated } from './validate/index.ts';
import { reportDate, sourcesJson, WRITERS, writeAtomically, type Format, type OutputFile, type ReferenceDoc } from './write/index.ts';
import { t } from './i18n/translate.ts';

/** Where to read and how to present paths. */
export interface Place {
  dataDir: string;
  cwd: string;
}

/** What a build needs. */
export interface BuildOptions extends Place {
  year: number;
  outDir: string;
  formats: Format[];
  templateDirs: string[];
  headingLevel: number;
  /** The analyst's Word file whose styles and page set-up the DOCX takes (--reference-doc). */
  reference?: ReferenceDoc;
  /** The time stamped into the DOCX (SOURCE_DATE_EPOCH); by default noon UTC on 31 December of the year. */
  date?: Date;
  /** The environment LibreOffice runs in for PDF; process.env by default. */
  env?: Record<string, string | undefined>;
  /** LibreOffice's soffice program, for PDF (--soffice); else COOP_REPORT_SOFFICE, the PATH or the usual places. */
  soffice?: string;
  /** Also write <stem>.sources.json: every sentence with the records, files and lines it came from (--sources). */
  sources?: boolean;
}

/** What a build did: the problems found, and the files written (none when there was an error). */
export interface BuildResult {
  diagnostics: Diagnostic[];
  written: { path: string; bytes: number }[];
}

// Returns a path as the user should see it: relative to the working folder when inside it.
export function shower(cwd: string): (path: string) => string {
  return (path) => {
    const rel = relative(cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
}

// Loads and validates the data folder: the records and how they refer to each other.
export function check(place: Place): Promise<Validated> {
  return validate(loadData(place.dataDir, shower(place.cwd)));
}

/** What a full check needs: the data folder and the templates in use. */
export type CheckOptions = Place & Pick<BuildOptions, 'templateDirs'>;

/** A full check's outcome: also, when the data was valid and the templates compiled, the templates and the Markdown
 * of each year's section, which a build writes without rendering it again. */
export interface Checked extends Validated {
  templates?: Templates;
  sections?: ReadonlyMap<number, string>;
}

// Checks everything a build would meet: validates the data, then renders every year that has data in memory with
// the templates in use, and reports each problem of a record's data that a sentence meets at the record.
export async function checkAll(options: CheckOptions): Promise<Checked> {
  const validated = await check(options);
  if (!validated.dataset || hasErrors(validated.diagnostics)) return validated;
  const { dataset } = validated;
  const diagnostics = [...validated.diagnostics];
  const years: number[] = [];
  const sections = new Map<number, string>();
  const made = await templated(
    async () => {
      const templates = await compileTemplates(options, hasRecordTexts(dataset));
      // custom template files that nothing uses
      diagnostics.push(...templates.warnings);
      const problems = new Map<string, Diagnostic>();
      const told = new Map<string, Set<string>>();
      // the fields read of each object the templates read, found once per object: a read is the commonest step
      const readOf = new WeakMap<object, Set<string> | null>();
      const onRead = (target: object, key: string) => {
        let read = readOf.get(target);
        if (read === undefined) {
          const { kind, id } = target as { kind?: unknown; id?: unknown };
          const record = (kind === 'body' || kind === 'project') && typeof id === 'string' ? `${kind}:${id}` : undefined;
          if (record && !told.has(record)) told.set(record, new Set());
          readOf.set(target, (read = record ? told.get(record)! : null));
        }
        if (TOLD_FIELDS.has(key)) read?.add(key);
      };
      for (const { year } of yearsWithData(dataset)) {
        years.push(year);
        const { problems: found, markdown } = (await render()).rehearseSection(buildSection(dataset, year), templates, onRead);
        sections.set(year, markdown);
        for (const problem of found) {
          // one message for each value and form, naming the first year that needs it
          const diagnostic = dataProblem(problem, year);
          const key = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}:${problem.error.form}`;
          if (!problems.has(key)) problems.set(key, diagnostic);
        }
      }
      diagnostics.push(...problems.values(), ...untoldFields(dataset, told));
      return templates;
    },
    () => (years.length ? t('pipeline.in-section', { year: String(years[years.length - 1]) }) : ''),
  );
  if ('problem' in made) return { diagnostics: sortDiagnostics([...diagnostics, made.problem]) };
  return hasErrors(diagnostics)
    ? { diagnostics: sortDiagnostics(diagnostics) }
    : { dataset, diagnostics: sortDiagnostics(diagnostics), templates: made.value, sections };
}

/** The fields that only sentences tell: given and never read by a template in any year, they say nothing. */
const TOLD_FIELDS = new Set([
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
        found.push(warning('untold-field', t('pipeline.untold-field', { key, kind: record.kind }), record.file, record.locate(path, 'key')));
  }
  return found;
}

// Reports a problem of a record's data that a template met, at the value in the record.
function dataProblem({ error: cause, template, line, column }: DataProblem, year: number): Diagnostic {
  const where = pathText(cause.origin.path);
  const sentence = t('pipeline.sentence', { year: String(year), template, line: String(line), column: String(column) });
  if (cause.form)
    return error('missing-form', t('pipeline.missing-form', { where, form: cause.form, sentence }), cause.origin.file, cause.origin.position('key'));
  if (cause.origin.path.some((step) => step === 'sentences' || step === 'wording'))
    return error('record-text', t('pipeline.record-text', { message: cause.message, year: String(year) }), cause.origin.file, cause.origin.position('value'));
  return error('template-data', t('pipeline.template-data', { message: cause.message, sentence, where }), cause.origin.file, cause.origin.position('key'));
}

// Tells whether any record writes a text of its own (sentences, wording): rendering it needs Handlebars' compiler.
function hasRecordTexts(dataset: Dataset): boolean {
  return [dataset.office, ...dataset.records].some((r) => markedValues(SHAPES[r.kind], r.data).some((v) => v.mark.type === 'text'));
}

// Builds the section for a year and writes it in each format; writes nothing when anything is wrong.
export async function build(options: BuildOptions): Promise<BuildResult> {
  const show = shower(options.cwd);
  // load, validate, and render every year in memory
  const { dataset, diagnostics, templates, sections } = await checkAll(options);
  if (!dataset || !templates || !sections || hasErrors(diagnostics)) return { diagnostics, written: [] };
  // model
  const beyond = outsideFacts(dataset, options.year);
  if (beyond) return { diagnostics: [...diagnostics, beyond], written: [] };
  const section = buildSection(dataset, options.year);
  if (section.paragraphs.length === 0) return { diagnostics: [...diagnostics, emptyYear(dataset, options.year, show(options.dataDir))], written: [] };
  // render
  const made = await templated(async () => yearFiles(section, sections.get(options.year)!, templates, options, dataset));
  if ('problem' in made) return { diagnostics: [...diagnostics, made.problem], written: [] };
  // write
  writeAtomically(made.value);
  return { diagnostics, written: made.value.map(writtenAs(show)) };
}

// Refuses a year past how far the facts go (`asOf`) or before the first report year, saying where to change that.
function outsideFacts(dataset: Dataset, year: number): Diagnostic | undefined {
  const office = dataset.office;
  const { first, last } = yearRange(dataset);
  if (dataset.asOf && year > last)
    return error(
      'beyond-as-of',
      t('pipeline.beyond-as-of', { asOf: String(office.data.asOf), file: office.file, year: String(year) }),
      office.file,
      office.locate(['asOf']),
    );
  if (dataset.firstReportYear !== undefined && year < first)
    return error(
      'before-first-year',
      t('pipeline.before-first-year', { first: String(first), file: office.file, year: String(year) }),
      office.file,
      office.locate(['firstReportYear']),
    );
  return undefined;
}

/** What `build --all` needs: a build without its year. */
export type BuildAllOptions = Omit<BuildOptions, 'year'>;

/** What `build --all` did: the years built, besides the problems and the files. */
export interface BuildAllResult extends BuildResult {
  years: number[];
}

// Builds every year that has data: loads, validates and compiles the templates once; writes nothing when anything is wrong.
export async function buildAll(options: BuildAllOptions): Promise<BuildAllResult> {
  const show = shower(options.cwd);
  // load, validate, and render every year in memory
  const { dataset, diagnostics, templates, sections } = await checkAll(options);
  if (!dataset || !templates || !sections || hasErrors(diagnostics)) return { diagnostics, written: [], years: [] };
  // model, render: each year whose section says anything
  const years: number[] = [];
  const made = await templated(
    async () => {
      const files: OutputFile[] = [];
      for (const { year } of yearsWithData(dataset)) {
        const section = buildSection(dataset, year);
        if (!section.paragraphs.length) continue;
        years.push(year);
        files.push(...(await yearFiles(section, sections.get(year)!, templates, { ...options, year }, dataset)));
      }
      return files;
    },
    () => (years.length ? t('pipeline.in-section', { year: String(years[years.length - 1]) }) : ''),
  );
  if ('problem' in made) return { diagnostics: [...diagnostics, made.problem], written: [], years: [] };
  if (!years.length)
    return { diagnostics: [...diagnostics, error('empty-year', t('pipeline.nothing-to-build'), show(options.dataDir), WHOLE)], written: [], years };
  // write
  writeAtomically(made.value);
  return { diagnostics, written: made.value.map(writtenAs(show)), years };
}

// Says that nothing holds in a year, and which years have data.
function emptyYear(dataset: Dataset, year: number, dataDir: string): Diagnostic {
  const years = yearsWithData(dataset).map((y) => y.year);
  const which = years.length ? t('years.with-data', { years: compactYears(years) }) : t('years.none');
  return error('empty-year', t('pipeline.empty-year', { year: String(year), which }), dataDir, WHOLE);
}

/** What the preview shows for a year: the problems, or the section with its sources and the section of the year before. */
export interface PreviewYear {
  diagnostics: Diagnostic[];
  /** The years that have data (none when the data has errors). */
  years: number[];
  tree?: Root;
  previous?: { year: number; tree: Root };
}

/** What the preview renders. */
export type ViewOptions = Place & Pick<BuildOptions, 'year' | 'templateDirs'>;

// Renders a year's section with its sources, and the section of the year before (from the facts kept for it, even
// before the first report year), for the preview; writes nothing. The records are checked as build checks them, the
// sentences of the year shown only (validate and build render every year): the page follows each save at once.
export async function viewYear(options: ViewOptions): Promise<PreviewYear> {
  // load, validate
  const { dataset, diagnostics } = await check(options);
  if (!dataset || hasErrors(diagnostics)) return { diagnostics, years: [] };
  // model
  const years = yearsWithData(dataset).map((y) => y.year);
  const beyond = outsideFacts(dataset, options.year);
  if (beyond) return { diagnostics: [...diagnostics, beyond], years };
  const section = buildSection(dataset, options.year);
  if (!section.paragraphs.length) return { diagnostics: [...diagnostics, emptyYear(dataset, options.year, shower(options.cwd)(options.dataDir))], years };
  const before = buildSection(dataset, options.year - 1);
  // render: first in memory, to report each problem of a record's data that a sentence meets at the record
  const made = await templated(
    async (): Promise<{ problems: Diagnostic[]; tree?: Root; previous?: PreviewYear['previous'] }> => {
      const [stage, templates] = [await render(), await compileTemplates(options, hasRecordTexts(dataset))];
      const problems = stage.rehearseSection(section, templates).problems.map((problem) => dataProblem(problem, section.year));
      if (problems.length) return { problems };
      const tree = stage.renderWithSources(section, templates, [dataset.office, ...dataset.records]);
      // the year before is compared with only when it says something and its sentences meet no problem
      const rehearsed = before.paragraphs.length > 0 ? stage.rehearseSection(before, templates) : undefined;
      const previous = rehearsed && rehearsed.problems.length === 0 ? { year: before.year, tree: stage.sectionTree(rehearsed.markdown) } : undefined;
      return { problems, tree, previous };
    },
    () => t('pipeline.in-section', { year: String(options.year) }),
  );
  if ('problem' in made) return { diagnostics: [...diagnostics, made.problem], years };
  const { problems, ...rendered } = made.value;
  return problems.length ? { diagnostics: sortDiagnostics([...diagnostics, ...problems]), years } : { diagnostics, years, ...rendered };
}

// Loads the render stage (Handlebars, the Markdown parser, typography): only commands that build need it.
function render() {
  return import('./render/index.ts');
}

// Compiles the custom templates over the built-in ones.
async function compileTemplates(options: Pick<BuildOptions, 'templateDirs' | 'cwd'>, recordTexts: boolean): Promise<Templates> {
  return (await render()).loadTemplates([...options.templateDirs, builtInTemplates()], options.cwd, { recordTexts });
}

// Runs a step that uses the templates; a broken template becomes a diagnostic at its file:line:column.
async function templated<T>(step: () => Promise<T>, where = () => ''): Promise<{ value: T } | { problem: Diagnostic }> {
  try {
    return { value: await step() };
  } catch (cause) {
    if (!(cause instanceof (await render()).TemplateError)) throw cause;
    return { problem: error('template', cause.message + where(), cause.file, { line: cause.line, column: cause.column }) };
  }
}

// Describes a file written: its path as the user sees it, and its size.
function writtenAs(show: (path: string) => string): (file: OutputFile) => { path: string; bytes: number } {
  return (file) => ({ path: show(file.path), bytes: Buffer.byteLength(file.content) });
}

// Makes a year's file in each format from the Markdown its templates wrote (and its sources, when asked for or shown
// in HTML: the section is then rendered again, with each sentence traced to its records).
async function yearFiles(section: Section, markdown: string, templates: Templates, options: BuildOptions, dataset: Dataset): Promise<OutputFile[]> {
  const stage = await render();
  const traced = options.sources || options.formats.includes('html');
  const tree = traced ? stage.renderWithSources(section, templates, [dataset.office, ...dataset.records]) : stage.sectionTree(markdown);
  const docxOptions = {
    title: `${section.heading} – ${options.year}`,
    creator: section.office.name.nom,
    subject: `Sprawozdanie roczne ${options.year}: ${section.heading.toLowerCase()}`,
    headingLevel: options.headingLevel,
    date: options.date ?? reportDate(options.year),
    reference: options.reference,
    env: options.env ?? process.env,
    cwd: options.cwd,
    soffice: options.soffice,
  };
  const files: OutputFile[] = [];
  for (const format of options.formats) {
    const path = join(options.outDir, `${fileStem(options.year)}${WRITERS[format].extension}`);
    files.push({ path, content: await WRITERS[format].write(tree, docxOptions) });
  }
  if (options.sources) files.push({ path: join(options.outDir, `${fileStem(options.year)}.sources.json`), content: sourcesJson(tree, options.year) });
  return files;
}

// Names the output files of a year.
export function fileStem(year: number): string {
  return `wspolpraca-miedzynarodowa-${year}`;
}

// Writes a list of years compactly: "1992–2010" for runs.
export function compactYears(years: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    runs.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}
