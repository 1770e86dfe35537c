// `coop-report review <year>`: what to check before writing a year's section, each item at its file:line.
import { Command, Option } from 'commander';
import { reviewYear } from '../../model/review.ts';
import { resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { checkAll } from '../../pipeline/index.ts';
import { configFor } from '../config.ts';
import { DATA_ERRORS, OK, USAGE } from '../exit-codes.ts';
import type { CommandIO } from '../io.ts';
import { report, REPORT_FORMATS, type ReportFormat } from '../report.ts';
import { parseYear } from './build.ts';

// Declares `review`: its argument, options and help; `done` receives the exit code.
export function reviewCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return (
    new Command('review')
      .description(t('review.description'))
      .argument('<year>', t('review.year'))
      .option('-d, --data <dir>', t('option.data'))
      // --report-format, as validate and build name it; --format as well
      .addOption(new Option('-r, --report-format <format>', t('review.format')).choices(REPORT_FORMATS))
      .addOption(new Option('-f, --format <format>').choices(REPORT_FORMATS).hideHelp())
      .option('--strict', t('review.strict'))
      .addHelpText('after', t('review.examples'))
      .action(async (year: string, flags: ReviewFlags) => done(await runReview(year, flags, io)))
  );
}

/** The options of `review`. */
export interface ReviewFlags {
  data?: string;
  reportFormat?: ReportFormat;
  /** The same as --report-format. */
  format?: ReportFormat;
  strict?: boolean;
}

// Runs `review` and returns the exit code: 0 however many items, unless --strict.
export async function runReview(yearText: string, given: ReviewFlags, io: CommandIO): Promise<number> {
  const { t } = io.messages;
  const flags = { ...given, format: given.reportFormat ?? given.format ?? 'text' };
  const year = parseYear(yearText);
  const config = configFor(io);
  if (!config) return USAGE;
  // the full check, so that a change to a published year is said here too
  const dataDir = resolve(io.cwd, flags.data ?? config.data ?? 'data');
  const checked = await checkAll({ dataDir, cwd: io.cwd, templateDirs: config.templates ? [config.templates] : [], strict: flags.strict });
  // a change to a published year is one more item to check; the data's own problems are said as validate says them
  const published = (d: Diagnostic) => d.code === 'published-changed';
  report(
    checked.diagnostics.filter((d) => !published(d)),
    'text',
    io,
  );
  if (!checked.dataset || hasErrors(checked.diagnostics)) {
    report(checked.diagnostics.filter(published), 'text', io);
    return DATA_ERRORS;
  }
  const items = [...checked.diagnostics.filter(published), ...reviewYear(checked.dataset, year)];
  report(items, flags.format, io);
  if (flags.format === 'text')
    io.stdout.write(`${items.length ? t('review.items', { count: items.length, year: String(year) }) : t('review.nothing', { year: String(year) })}\n`);
  return flags.strict && items.length ? DATA_ERRORS : OK;
}
