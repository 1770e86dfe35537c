// `coop-report review <year>`: what to check before writing a year's section, each item at its file:line.
import { Command, Option } from 'commander';
import { reviewYear } from '../../model/review.ts';
import { readDataset } from '../data.ts';
import { DATA_ERRORS, OK } from '../exit-codes.ts';
import type { IO } from '../io.ts';
import { report, REPORT_FORMATS, type ReportFormat } from '../report.ts';
import { parseYear } from './build.ts';

// Declares `review`: its argument, options and help; `done` receives the exit code.
export function reviewCommand(io: IO, done: (code: number) => void): Command {
  return new Command('review')
    .description('List what to check before writing a year: facts carried over unconfirmed, projects past their planned end, estimated dates, values unchanged for years, records told in no year.')
    .argument('<year>', 'the year about to be written, four digits')
    .option('-d, --data <dir>', `the data folder (default: the config file's, or ./data)`)
    .addOption(new Option('-f, --format <format>', 'how to print the items').choices(REPORT_FORMATS).default('text'))
    .option('--strict', 'exit with code 1 when there is anything to check')
    .addHelpText('after', `
Examples:
  coop-report review 2011
  coop-report review 2011 --format json > checklist.json
  coop-report review 2011 --strict           in CI: fail until every item is dealt with
`)
    .action(async (year: string, flags: ReviewFlags) => done(await runReview(year, flags, io)));
}

/** The options of `review`. */
export interface ReviewFlags {
  data?: string;
  format: ReportFormat;
  strict?: boolean;
}

// Runs `review` and returns the exit code: 0 however many items, unless --strict.
export async function runReview(yearText: string, flags: ReviewFlags, io: IO): Promise<number> {
  const year = parseYear(yearText);
  const read = await readDataset(flags.data, io);
  if ('code' in read) return read.code;
  const items = reviewYear(read.dataset, year);
  report(items, flags.format, io);
  if (flags.format === 'text') io.stdout.write(items.length ? `${items.length} ${items.length === 1 ? 'item' : 'items'} to check before writing ${year}.\n` : `Nothing to check before writing ${year}.\n`);
  return flags.strict && items.length ? DATA_ERRORS : OK;
}
