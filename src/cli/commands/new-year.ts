// `coop-report new-year <year>`: opens the year after the data's asOf, then lists what to check before writing it.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { openYear } from '../../pipeline/yearly.ts';
import { configFor } from '../config.ts';
import { DATA_ERRORS, OK, USAGE } from '../exit-codes.ts';
import type { CommandIO } from '../io.ts';
import { report } from '../report.ts';
import { parseYear } from './build.ts';

// Declares `new-year`: its argument, options and help; `done` receives the exit code.
export function newYearCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return new Command('new-year')
    .description(t('new-year.description'))
    .argument('<year>', t('new-year.year'))
    .option('-d, --data <dir>', t('option.data'))
    .addHelpText('after', t('new-year.examples'))
    .action(async (year: string, flags: { data?: string }) => done(await runNewYear(year, flags, io)));
}

// Runs `new-year` and returns the exit code: 1 when the data has errors or the year does not follow asOf.
export async function runNewYear(yearText: string, flags: { data?: string }, io: CommandIO): Promise<number> {
  const { t } = io.messages;
  const year = parseYear(yearText);
  const config = configFor(io);
  if (!config) return USAGE;
  const dataDir = resolve(io.cwd, flags.data ?? config.data ?? 'data');
  const opened = await openYear({ dataDir, cwd: io.cwd }, year);
  report(opened.diagnostics, 'text', io);
  if (hasErrors(opened.diagnostics) || !opened.written) return DATA_ERRORS;
  const { file, line, before } = opened.written;
  // a blank line between the line that says the year is open and the checklist, which goes to the other stream: on a
  // terminal the two would otherwise run together
  io.stdout.write(`${t('new-year.opened', { year: String(year), file, line: String(line), before: unquoted(before ?? '') })}\n\n`);
  const review = opened.review ?? [];
  report(review, 'text', io);
  io.stdout.write(`${review.length ? t('review.items', { count: review.length, year: String(year) }) : t('review.nothing', { year: String(year) })}\n`);
  io.stdout.write(`${t('new-year.next', { year: String(year) })}\n`);
  return OK;
}

// Writes a YAML scalar as its value: "2010" -> 2010.
function unquoted(text: string): string {
  return text.replace(/^(["'])(.*)\1$/, '$2');
}
