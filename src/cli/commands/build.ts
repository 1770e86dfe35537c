// `coop-report build <year>`: validates the data, then writes the section for the year.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { build } from '../../pipeline.ts';
import { WRITERS, type Format } from '../../write/index.ts';
import { DATA_ERRORS, OK } from '../exit-codes.ts';
import type { IO } from '../io.ts';
import { report, REPORT_FORMATS, type ReportFormat } from '../report.ts';
import { UsageError } from '../usage-error.ts';

// Declares `build`: its arguments, options and help; `done` receives the exit code.
export function buildCommand(io: IO, done: (code: number) => void): Command {
  return new Command('build')
    .description('Write the section for a year as Markdown and DOCX.')
    .argument('<year>', 'the report year, four digits')
    .option('-d, --data <dir>', 'the data folder', 'data')
    .option('-o, --out <dir>', 'where to write the files', 'out')
    .option('-f, --format <list>', 'output formats, comma-separated: md,docx', 'md,docx')
    .option('-t, --templates <dir>', 'a folder of templates that override the built-in ones by name')
    .option('--heading-level <n>', 'the level of the section heading in the DOCX', '1')
    .addOption(new Option('--report-format <format>', 'how to print problems').choices(REPORT_FORMATS).default('text'))
    .option('-q, --quiet', 'print only problems')
    .addHelpText('after', '\nExamples:\n  coop-report build 2010\n  coop-report build 2011 --data ./data --out ./out --format docx\n')
    .action(async (year: string, flags: BuildFlags) => done(await runBuild(year, flags, io)));
}

/** The options of `build`, as commander parses them. */
export interface BuildFlags {
  data: string;
  out: string;
  format: string;
  templates?: string;
  headingLevel: string;
  reportFormat: ReportFormat;
  quiet?: boolean;
}

// Runs `build` for one year and returns the exit code.
export async function runBuild(yearText: string, flags: BuildFlags, io: IO): Promise<number> {
  const year = parseYear(yearText);
  const formats = parseFormats(flags.format);
  const headingLevel = Number(flags.headingLevel);
  if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 6) throw new UsageError(`--heading-level must be a whole number from 1 to 6, not "${flags.headingLevel}".`);
  const result = await build({
    year, formats, headingLevel, cwd: io.cwd,
    dataDir: resolve(io.cwd, flags.data), outDir: resolve(io.cwd, flags.out),
    templateDirs: flags.templates ? [resolve(io.cwd, flags.templates)] : [],
  });
  report(result.diagnostics, flags.reportFormat, io);
  if (hasErrors(result.diagnostics)) return DATA_ERRORS;
  if (!flags.quiet) for (const file of result.written) io.stdout.write(`${file.path} (${formatSize(file.bytes)})\n`);
  return OK;
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
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`;
}
