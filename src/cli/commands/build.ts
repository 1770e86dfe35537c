// `coop-report build <year>`: validates the data, then writes the section for the year.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { error, hasErrors, WHOLE } from '../../diagnostics/diagnostic.ts';
import { build, buildAll, compactYears, shower, type BuildAllResult, type BuildResult } from '../../pipeline.ts';
import { ConverterError, readReferenceDoc, readSourceDateEpoch, WriteError, WRITERS, type Format, type ReferenceDoc } from '../../write/index.ts';
import { configFor } from '../config.ts';
import { DATA_ERRORS, OK, USAGE } from '../exit-codes.ts';
import type { IO } from '../io.ts';
import { report, REPORT_FORMATS, type ReportFormat } from '../report.ts';
import { UsageError } from '../usage-error.ts';

// Declares `build`: its arguments, options and help; `done` receives the exit code.
export function buildCommand(io: IO, done: (code: number) => void): Command {
  return new Command('build')
    .description('Write the section for a year (or every year with --all) as Markdown and DOCX.')
    .argument('[year]', 'the report year, four digits')
    .option('-a, --all', 'build every year that has data')
    .option('-d, --data <dir>', `the data folder (default: the config file's, or ./data)`)
    .option('-o, --out <dir>', `where to write the files (default: the config file's, or ./out)`)
    .option('-f, --format <list>', `output formats, comma-separated, of md, docx, html, pdf (default: the config file's, or md,docx)`)
    .option('--sources', 'also write <stem>.sources.json: every sentence with the records, files and lines it came from')
    .option('-t, --templates <dir>', 'a folder of templates that override the built-in ones by name')
    .option('--heading-level <n>', 'the level of the section heading in the DOCX', '1')
    .option('--reference-doc <file>', 'a .docx whose styles and page set-up the DOCX and PDF take, as in pandoc')
    .option('--soffice <path>', `LibreOffice's soffice program, for pdf (default: ${'$'}COOP_REPORT_SOFFICE, the PATH, then where LibreOffice installs)`)
    .addOption(new Option('--report-format <format>', 'how to print problems').choices(REPORT_FORMATS).default('text'))
    .option('-q, --quiet', 'print only problems')
    .addHelpText('after', `
Examples:
  coop-report build 2010                      out/wspolpraca-miedzynarodowa-2010.md and .docx
  coop-report build --all                     both files for every year that has data
  coop-report build 2011 --format docx --out reports
  coop-report build 2010 --data ../records --templates my-templates
  coop-report build 2010 --format docx,pdf --reference-doc raport.docx --heading-level 2
  coop-report build 2010 --format pdf --soffice "D:\\LibreOffice\\program\\soffice.exe"
  coop-report build 2010 --format html --sources   the page, and each sentence's records, files and lines
`)
    .action(async (year: string | undefined, flags: BuildFlags) => done(await converting(io, () => runBuild(year, flags, io))));
}

/** The options of `build`, as commander parses them. */
export interface BuildFlags {
  all?: boolean;
  data?: string;
  out?: string;
  format?: string;
  templates?: string;
  headingLevel: string;
  referenceDoc?: string;
  soffice?: string;
  sources?: boolean;
  reportFormat: ReportFormat;
  quiet?: boolean;
}

// Runs `build` for one year or every year, and returns the exit code.
export async function runBuild(yearText: string | undefined, flags: BuildFlags, io: IO): Promise<number> {
  if (flags.all && yearText !== undefined) throw new UsageError(`Give a year or --all, not both (got ${yearText} and --all).`);
  if (!flags.all && yearText === undefined) throw new UsageError('Which year? Give one, such as 2010, or --all for every year that has data.');
  const year = yearText === undefined ? undefined : parseYear(yearText);
  const headingLevel = Number(flags.headingLevel);
  if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 6) throw new UsageError(`--heading-level must be a whole number from 1 to 6, not "${flags.headingLevel}".`);
  // the command line first, then the config file, then the defaults
  const config = configFor(io, flags.reportFormat, flags.quiet);
  if (!config) return USAGE;
  const docx = await docxInputs(flags, io);
  if (!docx) return USAGE;
  const templates = flags.templates ?? config.templates;
  const options = {
    formats: parseFormats(flags.format ?? config.formats?.join(',') ?? 'md,docx'), headingLevel, cwd: io.cwd,
    dataDir: resolve(io.cwd, flags.data ?? config.data ?? 'data'), outDir: resolve(io.cwd, flags.out ?? config.out ?? 'out'),
    templateDirs: templates ? [resolve(io.cwd, templates)] : [],
    soffice: flags.soffice,
    sources: flags.sources ?? false,
    ...docx,
  };
  let result: BuildResult | BuildAllResult;
  try {
    result = year === undefined ? await buildAll(options) : await build({ ...options, year });
  } catch (cause) {
    // the disk is full, the folder not writable, a file where the folder goes: the environment's, at its path
    if (!(cause instanceof WriteError)) throw cause;
    report([error('cannot-write', cause.message, shower(io.cwd)(cause.path), WHOLE)], flags.reportFormat, io);
    return USAGE;
  }
  report(result.diagnostics, flags.reportFormat, io);
  if (hasErrors(result.diagnostics)) return DATA_ERRORS;
  if (flags.quiet) return OK;
  for (const file of result.written) io.stdout.write(`${file.path} (${formatSize(file.bytes)})\n`);
  if ('years' in result) io.stdout.write(summary(result as BuildAllResult));
  return OK;
}

// Sums up `build --all`: "Built 19 years (1992–2010): 38 files, 301.2 kB."
function summary(result: BuildAllResult): string {
  const bytes = result.written.reduce((sum, file) => sum + file.bytes, 0);
  const years = result.years.length === 1 ? '1 year' : `${result.years.length} years`;
  return `Built ${years} (${compactYears(result.years)}): ${result.written.length} files, ${formatSize(bytes)}.\n`;
}

// Reads a four-digit report year, or fails as a usage error.
export function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new UsageError(`The year must have four digits, such as 2010; got "${text}".`);
  return Number(text);
}

// Reads a comma-separated list of output formats.
export function parseFormats(text: string): Format[] {
  const formats = text.split(',').map((f) => f.trim()).filter(Boolean);
  for (const f of formats) if (!(f in WRITERS)) throw new UsageError(`Unknown output format "${f}"; expected a list of: ${Object.keys(WRITERS).join(', ')}.`);
  if (!formats.length) throw new UsageError('--format needs at least one format.');
  return [...new Set(formats)] as Format[];
}

// Writes a byte count for people: "12.3 kB".
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  return bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

// Reads what the DOCX takes from outside the data: --reference-doc (a broken one is reported at its file) and SOURCE_DATE_EPOCH.
async function docxInputs(flags: BuildFlags, io: IO): Promise<{ reference?: ReferenceDoc; date?: Date; env: IO['env'] } | undefined> {
  const epoch = readSourceDateEpoch(io.env.SOURCE_DATE_EPOCH);
  if (!epoch.ok) throw new UsageError(epoch.message);
  if (flags.referenceDoc === undefined) return { date: epoch.date, env: io.env };
  const read = await readReferenceDoc(resolve(io.cwd, flags.referenceDoc));
  if (read.ok) return { reference: read.reference, date: epoch.date, env: io.env };
  report([error('reference-doc', read.message, flags.referenceDoc, WHOLE)], flags.reportFormat, io);
  return undefined;
}

// Runs a command; LibreOffice missing or failing for --format pdf ends it with its message and exit code 2.
async function converting(io: IO, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (cause) {
    if (!(cause instanceof ConverterError)) throw cause;
    io.stderr.write(`coop-report: ${cause.message}\n`);
    return USAGE;
  }
}
