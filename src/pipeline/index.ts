// The whole program, one way through: load -> validate -> model -> render -> write. Each command's recipe is here;
// ./rehearse.ts renders every year in memory for the full check, ./steps.ts holds the steps the recipes share.
import type { Root } from 'mdast';
import { error, hasErrors, sortDiagnostics, WHOLE, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import type { Messages } from '../i18n/messages.ts';
import { findRecordFiles, loaded, parseFiles, type ParsedFiles } from '../load/index.ts';
import { readPublished } from '../load/published.ts';
import { buildSection, yearsWithData } from '../model/index.ts';
import type { Templates } from '../render/index.ts';
import type { Dataset } from '../validate/dataset.ts';
import { validate, type Validated } from '../validate/index.ts';
import { writeAtomically, type Format, type OutputFile, type ReferenceDoc } from '../write/index.ts';
import { publishedChanges } from './published.ts';
import { dataProblem, hasRecordTexts, rehearseYears, type RehearsedSection, type SectionUse } from './rehearse.ts';
import { compileTemplates, emptyYear, outsideFacts, render, shower, startYear, templated, writtenAs, yearFiles, type StartedYear } from './steps.ts';
import { localYearWriter, parseOnTwoThreads, startHelper, THREAD_FROM, type YearWriter } from './helper.ts';

export { compactYears, fileStem, shower } from './steps.ts';

/** Where to read and how to present paths; `parsed`, the record files a command that reads the folder again and
 * again (the preview) keeps from one load to the next, so that a save parses again only the files it changed. */
export interface Place {
  dataDir: string;
  cwd: string;
  parsed?: ParsedFiles;
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
  /** A change to a published year's section is an error, not a warning (--strict). */
  strict?: boolean;
  /** The words of the run, in its language: the HTML page's own (its sources panel). */
  messages: Messages;
}

/** What a build did: the problems found, and the files written (none when there was an error). */
export interface BuildResult {
  diagnostics: Diagnostic[];
  written: { path: string; bytes: number }[];
}

// Loads and validates the data folder: the records and how they refer to each other. A large folder is parsed on two
// threads (./helper.ts); the preview's, whose files parsed are kept from one save to the next, on this one.
export async function check(place: Place): Promise<Validated> {
  const found = findRecordFiles(place.dataDir, shower(place.cwd));
  const twoThreads = !place.parsed && found.files.length >= THREAD_FROM;
  return validate(loaded(found, twoThreads ? await parseOnTwoThreads(found.files) : parseFiles(found.files, place.parsed)));
}

/** What a full check needs: the data folder and the templates in use; `strict` makes a change to a published year an error. */
export type CheckOptions = Place & Pick<BuildOptions, 'templateDirs'> & { strict?: boolean };

/** A full check's outcome: also, when the data was valid and the templates compiled, the templates and the Markdown
 * of the sections of the years kept (SectionUse), which a build writes without rendering them again. */
export interface Checked extends Validated {
  templates?: Templates;
  sections?: ReadonlyMap<number, RehearsedSection>;
}

// Checks everything a build would meet: validates the data, then renders every year that has data in memory with
// the templates in use (./rehearse.ts), keeping the sections `use` asks for and those of the published years, and
// giving each year to `use.each` as it is rendered.
export async function checkAll(options: CheckOptions, use: SectionUse = {}): Promise<Checked> {
  const validated = await check(options);
  if (!validated.dataset || hasErrors(validated.diagnostics)) return validated;
  const { dataset } = validated;
  const kept = readPublished(options.dataDir, shower(options.cwd));
  const keep = [...(use.keep ?? []), ...kept.published.map((p) => p.year)];
  const reached: number[] = [];
  // custom template files that nothing uses
  let unused: Diagnostic[] = [];
  const made = await templated(
    async () => {
      const templates = await compileTemplates(options, hasRecordTexts(dataset));
      unused = templates.warnings;
      return { templates, ...(await rehearseYears(dataset, templates, reached, { ...use, keep })) };
    },
    () => (reached.length ? message('pipeline.in-section', { year: String(reached[reached.length - 1]) }) : ''),
  );
  if ('problem' in made) return { diagnostics: sortDiagnostics([...validated.diagnostics, ...unused, made.problem]) };
  // the published years, as the data would now write them
  const { templates, sections } = made.value;
  const published = await templated(() => publishedChanges(kept, dataset, templates, sections, options.strict));
  const changes = 'problem' in published ? [published.problem] : published.value;
  const diagnostics = sortDiagnostics([...validated.diagnostics, ...unused, ...made.value.diagnostics, ...changes]);
  return hasErrors(diagnostics) ? { diagnostics } : { dataset, diagnostics, templates, sections };
}

// Builds the section for a year and writes it in each format; writes nothing when anything is wrong.
export async function build(options: BuildOptions): Promise<BuildResult> {
  const show = shower(options.cwd);
  // load, validate, and render every year in memory, keeping this year's section
  const { dataset, diagnostics, templates, sections } = await checkAll(options, { keep: [options.year] });
  if (!dataset || !templates || !sections || hasErrors(diagnostics)) return { diagnostics, written: [] };
  // model
  const beyond = outsideFacts(dataset, options.year);
  if (beyond) return { diagnostics: [...diagnostics, beyond], written: [] };
  const rehearsed = sections.get(options.year);
  if (!rehearsed?.section.paragraphs.length) return { diagnostics: [...diagnostics, emptyYear(dataset, options.year, show(options.dataDir))], written: [] };
  // render: the Markdown the check wrote
  const started = await templated(async () =>
    startYear(rehearsed.section, rehearsed.markdown, templates, options, dataset, localYearWriter(options.reference)),
  );
  if ('problem' in started) return { diagnostics: [...diagnostics, started.problem], written: [] };
  // write
  const files = await yearFiles(started.value, options);
  await writeAtomically(files);
  return { diagnostics, written: files.map(writtenAs(show)) };
}

/** What `build --all` needs: a build without its year. */
export type BuildAllOptions = Omit<BuildOptions, 'year'>;

/** What `build --all` did: the years built, besides the problems and the files. */
export interface BuildAllResult extends BuildResult {
  years: number[];
}

// Builds every year that has data: loads, validates and compiles the templates once, and makes each year's files as
// soon as the check has rendered it; writes nothing when anything is wrong. With many records the helper thread makes
// each year's Markdown and DOCX while this thread renders the next year (./helper.ts).
export async function buildAll(options: BuildAllOptions): Promise<BuildAllResult> {
  let writer: Promise<YearWriter> | undefined;
  const writerFor = (dataset: Dataset) =>
    (writer ??= dataset.records.length >= THREAD_FROM ? startHelper(options.reference) : Promise.resolve(localYearWriter(options.reference)));
  try {
    return await buildAllWith(writerFor, options);
  } finally {
    await (await writer)?.close();
  }
}

// Builds every year with the writer `writerFor` gives once the data set is known (buildAll closes it).
async function buildAllWith(writerFor: (dataset: Dataset) => Promise<YearWriter>, options: BuildAllOptions): Promise<BuildAllResult> {
  const show = shower(options.cwd);
  // load, validate, render every year in memory, and start the files of each whose section says anything
  const started: StartedYear[] = [];
  const { diagnostics } = await checkAll(options, {
    each: async (year, { section, markdown }, { dataset, templates }) => {
      if (section.paragraphs.length) started.push(await startYear(section, markdown, templates, { ...options, year }, dataset, await writerFor(dataset)));
    },
  });
  if (hasErrors(diagnostics)) return { diagnostics, written: [], years: [] };
  const years = started.map((year) => year.year);
  if (!years.length)
    return { diagnostics: [...diagnostics, error('empty-year', message('pipeline.nothing-to-build'), show(options.dataDir), WHOLE)], written: [], years };
  // the files, each already the bytes to be written (StartedYear)
  const files: OutputFile[] = [];
  for (const year of started) for (const file of await yearFiles(year, options)) files.push(file);
  // write
  await writeAtomically(files);
  return { diagnostics, written: files.map(writtenAs(show)), years };
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
      const rehearsal = stage.rehearseSection(section, templates);
      const problems = rehearsal.problems.map((problem) => dataProblem(problem, section.year));
      if (problems.length) return { problems };
      const tree = stage.renderWithSources(section, templates, [dataset.office, ...dataset.records]);
      // the published years, as the data would now write them
      const shown = new Map([[section.year, { section, markdown: rehearsal.markdown }]]);
      problems.push(...(await publishedChanges(readPublished(options.dataDir, shower(options.cwd)), dataset, templates, shown)));
      // the year before is compared with only when it says something and its sentences meet no problem
      const rehearsed = before.paragraphs.length > 0 ? stage.rehearseSection(before, templates) : undefined;
      const previous = rehearsed && rehearsed.problems.length === 0 ? { year: before.year, tree: stage.sectionTree(rehearsed.markdown) } : undefined;
      return { problems, tree, previous };
    },
    () => message('pipeline.in-section', { year: String(options.year) }),
  );
  if ('problem' in made) return { diagnostics: [...diagnostics, made.problem], years };
  const { problems, ...rendered } = made.value;
  const all = sortDiagnostics([...diagnostics, ...problems]);
  return hasErrors(problems) || !rendered.tree ? { diagnostics: all, years } : { diagnostics: all, years, ...rendered };
}
