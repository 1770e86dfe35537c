// The whole program, one way through: load -> validate -> model -> render -> write.
import { join, relative, isAbsolute } from 'node:path';
import { error, hasErrors, type Diagnostic } from './diagnostics/diagnostic.ts';
import { loadData } from './load/index.ts';
import { buildSection, yearsWithData, type Section } from './model/index.ts';
import { builtInTemplates } from './paths.ts';
import type { Templates } from './render/index.ts';
import type { Dataset } from './validate/dataset.ts';
import { validate, type Validated } from './validate/index.ts';
import { reportDate, WRITERS, writeAtomically, type Format, type OutputFile, type ReferenceDoc } from './write/index.ts';

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

// Loads and validates the data folder.
export function check(place: Place): Promise<Validated> {
  return validate(loadData(place.dataDir, shower(place.cwd)));
}

// Builds the section for a year and writes it in each format; writes nothing when anything is wrong.
export async function build(options: BuildOptions): Promise<BuildResult> {
  const show = shower(options.cwd);
  // load, validate
  const { dataset, diagnostics } = await check(options);
  if (!dataset || hasErrors(diagnostics)) return { diagnostics, written: [] };
  // model
  const section = buildSection(dataset, options.year);
  if (section.paragraphs.length === 0) {
    const years = yearsWithData(dataset).map((y) => y.year);
    const which = years.length ? `Years with data: ${compactYears(years)}.` : 'No record holds in any year.';
    return { diagnostics: [...diagnostics, error('empty-year', `Nothing in the data holds in ${options.year}. ${which}`, show(options.dataDir))], written: [] };
  }
  // render
  const made = await templated(async () => yearFiles(section, dataset, await compileTemplates(options), options));
  if ('problem' in made) return { diagnostics: [...diagnostics, made.problem], written: [] };
  // write
  writeAtomically(made.files);
  return { diagnostics, written: made.files.map(writtenAs(show)) };
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
  // load, validate
  const { dataset, diagnostics } = await check(options);
  if (!dataset || hasErrors(diagnostics)) return { diagnostics, written: [], years: [] };
  // model, render: each year whose section says anything
  const years: number[] = [];
  const made = await templated(async () => {
    const templates = await compileTemplates(options);
    const files: OutputFile[] = [];
    for (const { year } of yearsWithData(dataset)) {
      const section = buildSection(dataset, year);
      if (!section.paragraphs.length) continue;
      years.push(year);
      files.push(...(await yearFiles(section, dataset, templates, { ...options, year })));
    }
    return files;
  }, () => (years.length ? ` (in the ${years[years.length - 1]} section)` : ''));
  if ('problem' in made) return { diagnostics: [...diagnostics, made.problem], written: [], years: [] };
  if (!years.length) return { diagnostics: [...diagnostics, error('empty-year', 'No record holds in any year: there is nothing to build.', show(options.dataDir))], written: [], years };
  // write
  writeAtomically(made.files);
  return { diagnostics, written: made.files.map(writtenAs(show)), years };
}

// Loads the render stage (Handlebars, the Markdown parser, typography): only commands that build need it.
function render() {
  return import('./render/index.ts');
}

// Compiles the custom templates over the built-in ones.
async function compileTemplates(options: Pick<BuildOptions, 'templateDirs' | 'cwd'>): Promise<Templates> {
  return (await render()).loadTemplates([...options.templateDirs, builtInTemplates()], options.cwd);
}

// Runs a step that uses the templates; a broken template becomes a diagnostic at its file:line:column.
async function templated(step: () => Promise<OutputFile[]>, where = () => ''): Promise<{ files: OutputFile[] } | { problem: Diagnostic }> {
  try {
    return { files: await step() };
  } catch (cause) {
    if (!(cause instanceof (await render()).TemplateError)) throw cause;
    return { problem: error('template', cause.message + where(), cause.file, { line: cause.line, column: cause.column }) };
  }
}

// Describes a file written: its path as the user sees it, and its size.
function writtenAs(show: (path: string) => string): (file: OutputFile) => { path: string; bytes: number } {
  return (file) => ({ path: show(file.path), bytes: Buffer.byteLength(file.content) });
}

// Renders a year's section and makes its file in each format.
async function yearFiles(section: Section, dataset: Dataset, templates: Templates, options: BuildOptions): Promise<OutputFile[]> {
  const tree = (await render()).renderSection(section, templates);
  const docxOptions = {
    title: `${section.heading} – ${options.year}`,
    creator: dataset.office.name.nom,
    subject: `Sprawozdanie roczne ${options.year}: ${section.heading.toLowerCase()}`,
    headingLevel: options.headingLevel,
    date: options.date ?? reportDate(options.year),
    reference: options.reference,
    env: options.env ?? process.env,
  };
  const files: OutputFile[] = [];
  for (const format of options.formats) {
    const path = join(options.outDir, `${fileStem(options.year)}${WRITERS[format].extension}`);
    files.push({ path, content: await WRITERS[format].write(tree, docxOptions) });
  }
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
