// `coop-report build <year>`: validates the data, then writes the section for the year.
import type { Language } from '../../i18n/language.ts';
import type { Messages } from '../../i18n/messages.ts';
import { message } from '../../i18n/message.ts';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { error, hasErrors, WHOLE } from '../../diagnostics/diagnostic.ts';
import { build, buildAll, compactYears, shower, type BuildAllResult, type BuildResult } from '../../pipeline/index.ts';
import {
  ConversionStopped,
  ConverterError,
  readReferenceDoc,
  readSourceDateEpoch,
  WriteError,
  FORMATS,
  type Format,
  type ReferenceDoc,
} from '../../write/index.ts';
import { configFor } from '../config.ts';
import { DATA_ERRORS, OK, STOPPED_BY, USAGE } from '../exit-codes.ts';
import type { CommandIO } from '../io.ts';
import { report, REPORT_FORMATS, type ReportFormat } from '../report.ts';
import { UsageError } from '../usage-error.ts';

// Declares `build`: its arguments, options and help; `done` receives the exit code.
export function buildCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return new Command('build')
    .description(t('build.description'))
    .argument('[year]', t('argument.year'))
    .option('-a, --all', t('build.all'))
    .option('-d, --data <dir>', t('option.data'))
    .option('-o, --out <dir>', t('build.out'))
    .option('-f, --format <list>', t('build.format'))
    .option('--sources', t('build.sources'))
    .option('-t, --templates <dir>', t('option.templates'))
    .option('--heading-level <n>', t('build.heading-level'), '1')
    .option('--reference-doc <file>', t('build.reference-doc'))
    .option('--soffice <path>', t('build.soffice'))
    .addOption(new Option('--report-format <format>', t('option.report-format')).choices(REPORT_FORMATS).default('text'))
    .option('--strict', t('option.strict'))
    .option('-q, --quiet', t('option.quiet'))
    .addHelpText('after', t('build.examples'))
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
  strict?: boolean;
  quiet?: boolean;
}

// Runs `build` for one year or every year, and returns the exit code.
export async function runBuild(yearText: string | undefined, flags: BuildFlags, io: CommandIO): Promise<number> {
  if (flags.all && yearText !== undefined) throw new UsageError(message('build.year-and-all', { year: yearText }));
  if (!flags.all && yearText === undefined) throw new UsageError(message('build.which-year'));
  const year = yearText === undefined ? undefined : parseYear(yearText);
  const headingLevel = parseHeadingLevel(flags.headingLevel);
  // the command line first, then the config file, then the defaults
  const config = configFor(io, flags.reportFormat, flags.quiet);
  if (!config) return USAGE;
  const docx = await docxInputs(flags, io);
  if (!docx) return USAGE;
  const templates = flags.templates ?? config.templates;
  const options = {
    formats: parseFormats(flags.format ?? config.formats?.join(',') ?? 'md,docx'),
    headingLevel,
    cwd: io.cwd,
    dataDir: resolve(io.cwd, flags.data ?? config.data ?? 'data'),
    outDir: resolve(io.cwd, flags.out ?? config.out ?? 'out'),
    templateDirs: templates ? [resolve(io.cwd, templates)] : [],
    soffice: flags.soffice,
    messages: io.messages,
    sources: flags.sources ?? false,
    strict: flags.strict ?? false,
    ...docx,
  };
  let result: BuildResult | BuildAllResult;
  try {
    result = year === undefined ? await buildAll(options) : await build({ ...options, year });
  } catch (cause) {
    // the disk is full, the folder not writable, a file where the folder goes: the environment's, at its path
    if (!(cause instanceof WriteError)) throw cause;
    report([error(cause.code, cause.said, shower(io.cwd)(cause.path), WHOLE)], flags.reportFormat, io);
    return USAGE;
  }
  report(result.diagnostics, flags.reportFormat, io);
  if (hasErrors(result.diagnostics)) return DATA_ERRORS;
  if (flags.quiet) return OK;
  for (const file of result.written) io.stdout.write(`${file.path} (${formatSize(file.bytes, io.messages.language)})\n`);
  if ('years' in result) io.stdout.write(summary(result as BuildAllResult, io.messages));
  return OK;
}

// Sums up `build --all`: "Built 19 years (1992–2010): 38 files, 301.2 kB."
function summary(result: BuildAllResult, messages: Messages): string {
  const { t } = messages;
  const bytes = result.written.reduce((sum, file) => sum + file.bytes, 0);
  return `${t('build.summary', { years: result.years.length, range: compactYears(result.years), files: result.written.length, size: formatSize(bytes, messages.language) })}\n`;
}

// Reads a four-digit report year, or fails as a usage error.
export function parseYear(text: string): number {
  // the calendar has no year 0
  if (!/^\d{4}$/.test(text) || text === '0000') throw new UsageError(message('build.bad-year', { text }));
  return Number(text);
}

// Reads --heading-level: a whole number from 1 to 6, or fails as a usage error.
export function parseHeadingLevel(text: string): number {
  // decimal digits only: Number() would take "0x2", "2e0", " 2" and "2.0" as 2
  const level = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(level) || level < 1 || level > 6) throw new UsageError(message('build.heading-level-range', { value: text }));
  return level;
}

// Reads a comma-separated list of output formats.
export function parseFormats(text: string): Format[] {
  const formats = text
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of formats) if (!(f in FORMATS)) throw new UsageError(message('build.unknown-format', { format: f, formats: Object.keys(FORMATS).join(', ') }));
  if (!formats.length) throw new UsageError(message('build.no-format'));
  return [...new Set(formats)] as Format[];
}

// Writes a byte count for people: "12.3 kB" (in Polish "12,3 kB").
export function formatSize(bytes: number, language: Language): string {
  if (bytes < 1000) return `${bytes} B`;
  const size = bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
  return language === 'pl' ? size.replace('.', ',') : size;
}

// Reads what the DOCX takes from outside the data: --reference-doc (a broken one is reported at its file) and SOURCE_DATE_EPOCH.
export async function docxInputs(
  flags: Pick<BuildFlags, 'referenceDoc' | 'reportFormat'>,
  io: CommandIO,
): Promise<{ reference?: ReferenceDoc; date?: Date; env: CommandIO['env'] } | undefined> {
  const epoch = readSourceDateEpoch(io.env.SOURCE_DATE_EPOCH);
  if (!epoch.ok) throw new UsageError(epoch.message);
  if (flags.referenceDoc === undefined) return { date: epoch.date, env: io.env };
  const read = await readReferenceDoc(resolve(io.cwd, flags.referenceDoc));
  if (read.ok) return { reference: read.reference, date: epoch.date, env: io.env };
  report([error('reference-doc', read.message, flags.referenceDoc, WHOLE)], flags.reportFormat, io);
  return undefined;
}

// Runs a command; LibreOffice missing or failing for --format pdf ends it with its message and exit code 2, a signal
// while it converted (Ctrl-C) with a word of it and 128 + the signal's number.
async function converting(io: CommandIO, run: () => Promise<number>): Promise<number> {
  const { t } = io.messages;
  try {
    return await run();
  } catch (cause) {
    if (cause instanceof ConversionStopped) {
      io.stderr.write(`coop-report: ${t('pdf.stopped', { signal: cause.signal })}\n`);
      return STOPPED_BY[cause.signal] ?? USAGE;
    }
    if (!(cause instanceof ConverterError)) throw cause;
    io.stderr.write(`coop-report: ${io.messages.text(cause.said)}\n`);
    return USAGE;
  }
}
