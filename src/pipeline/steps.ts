// The steps the pipeline's recipes share: how paths are shown, loading the render stage and the templates, reporting
// a broken template at its place, refusing a year the facts do not reach, and making a year's files.
import type { Text } from '../i18n/params.ts';
import { isAbsolute, join, relative } from 'node:path';
import { error, WHOLE, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import { yearRange, yearsWithData, type Section } from '../model/index.ts';
import { builtInTemplates } from '../paths.ts';
import type { Templates } from '../render/index.ts';
import type { Dataset } from '../validate/dataset.ts';
import { FORMATS, reportDate, sourcesJson, type OutputFile } from '../write/index.ts';
import type { BuildOptions } from './index.ts';
import type { YearText } from './year-text.ts';
import type { YearWriter } from './helper.ts';

// Returns a path as the user should see it: relative to the working folder when inside it.
export function shower(cwd: string): (path: string) => string {
  return (path) => {
    const rel = relative(cwd, path);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  };
}

// Loads the render stage (Handlebars, the Markdown parser, typography): only commands that build need it.
export function render() {
  return import('../render/index.ts');
}

// Compiles the custom templates over the built-in ones.
export async function compileTemplates(options: Pick<BuildOptions, 'templateDirs' | 'cwd'>, recordTexts: boolean): Promise<Templates> {
  return (await render()).loadTemplates([...options.templateDirs, builtInTemplates()], options.cwd, { recordTexts });
}

// Runs a step that uses the templates; a broken template becomes a diagnostic at its file:line:column.
export async function templated<T>(step: () => Promise<T>, where: () => Text = () => ''): Promise<{ value: T } | { problem: Diagnostic }> {
  try {
    return { value: await step() };
  } catch (cause) {
    if (!(cause instanceof (await render()).TemplateError)) throw cause;
    return { problem: error('template', [cause.said, where()], cause.file, { line: cause.line, column: cause.column }) };
  }
}

// Describes a file written: its path as the user sees it, and its size.
export function writtenAs(show: (path: string) => string): (file: OutputFile) => { path: string; bytes: number } {
  return (file) => ({ path: show(file.path), bytes: Buffer.byteLength(file.content) });
}

/** A year whose files are being made: the Markdown and DOCX by the writer (the helper thread of a large data folder),
 * the HTML page and the sources here. Each is kept as the bytes to be written: a text made piece by piece holds its
 * pieces until it is flattened, several times its size, and `build --all` holds every year's files until it writes. */
export interface StartedYear {
  year: number;
  made: Promise<{ md?: Uint8Array; docx?: Uint8Array }>;
  traced: Partial<Record<'html' | 'sources', Uint8Array>>;
}

// Starts making a year's files from the Markdown its templates wrote: sends it to the writer thread for the Markdown
// and DOCX files, and makes here what needs the data (the section rendered again with each sentence traced to its
// records, when its sources are asked for or shown in HTML). A broken template is thrown here, in its year.
export async function startYear(
  section: Section,
  markdown: string,
  templates: Templates,
  options: BuildOptions,
  dataset: Dataset,
  writer: YearWriter,
): Promise<StartedYear> {
  const { formats } = options;
  const makes = { md: formats.includes('md'), docx: formats.includes('docx') || formats.includes('pdf') };
  const docx = { ...documentProperties(section, options.year), headingLevel: options.headingLevel, date: options.date ?? reportDate(options.year) };
  const text: Promise<YearText> = makes.md || makes.docx ? writer.make({ markdown, docx, makes }) : Promise.resolve({});
  const made = text.then(({ md, docx: bytes }) => ({ md: md === undefined ? undefined : Buffer.from(md), docx: bytes }));
  // a failure is taken when the year's files are, not as it comes
  made.catch(() => {});
  const traced: StartedYear['traced'] = {};
  if (options.sources || formats.includes('html')) {
    const tree = (await render()).renderWithSources(section, templates, [dataset.office, ...dataset.records]);
    if (formats.includes('html'))
      traced.html = Buffer.from(await (await import('../write/html/index.ts')).toHtmlPage(tree, { title: docx.title, messages: options.messages }));
    if (options.sources) traced.sources = Buffer.from(sourcesJson(tree, options.year));
  }
  return { year: options.year, made, traced };
}

// Returns a year's files, one in each format in the order asked, once the writer thread has made its Markdown and DOCX;
// the PDF is converted from the DOCX here, by LibreOffice, one year at a time.
export async function yearFiles(started: StartedYear, options: Omit<BuildOptions, 'year'>): Promise<OutputFile[]> {
  const made = await started.made;
  const contents = { md: made.md, docx: made.docx, html: started.traced.html };
  const path = (extension: string) => join(options.outDir, `${fileStem(started.year)}${extension}`);
  const files: OutputFile[] = [];
  for (const format of options.formats) {
    const content =
      format === 'pdf'
        ? await (await import('../write/pdf.ts')).docxToPdf(made.docx!, { env: options.env ?? process.env, cwd: options.cwd, soffice: options.soffice })
        : contents[format]!;
    files.push({ path: path(FORMATS[format]), content });
  }
  if (started.traced.sources !== undefined) files.push({ path: path('.sources.json'), content: started.traced.sources });
  return files;
}

// Returns a year's DOCX properties: its title, the Office as its creator, and its subject.
export function documentProperties(section: Section, year: number): { title: string; creator: string; subject: string } {
  return {
    title: `${section.heading} – ${year}`,
    creator: section.office.name.nom,
    subject: `Sprawozdanie roczne ${year}: ${section.heading.toLowerCase()}`,
  };
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

// Refuses a year past how far the facts go (`asOf`) or before the first report year, saying where to change that.
export function outsideFacts(dataset: Dataset, year: number): Diagnostic | undefined {
  const office = dataset.office;
  const { first, last } = yearRange(dataset);
  if (dataset.asOf && year > last)
    return error(
      'beyond-as-of',
      message('pipeline.beyond-as-of', { asOf: String(office.data.asOf), file: office.file, year: String(year) }),
      office.file,
      office.locate(['asOf']),
    );
  if (dataset.firstReportYear !== undefined && year < first)
    return error(
      'before-first-year',
      message('pipeline.before-first-year', { first: String(first), file: office.file, year: String(year) }),
      office.file,
      office.locate(['firstReportYear']),
    );
  return undefined;
}

// Says that nothing holds in a year, and which years have data.
export function emptyYear(dataset: Dataset, year: number, dataDir: string): Diagnostic {
  const years = yearsWithData(dataset).map((y) => y.year);
  const which = years.length ? message('years.with-data', { years: compactYears(years) }) : message('years.none');
  return error('empty-year', message('pipeline.empty-year', { year: String(year), which }), dataDir, WHOLE);
}
