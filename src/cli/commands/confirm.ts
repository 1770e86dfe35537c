// `coop-report confirm <year> [file…]`: confirms for a year the facts carried over from earlier years.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { confirmYear } from '../../pipeline/yearly.ts';
import { configFor } from '../config.ts';
import { DATA_ERRORS, OK, USAGE } from '../exit-codes.ts';
import type { CommandIO } from '../io.ts';
import { report } from '../report.ts';
import { parseYear } from './build.ts';

// Declares `confirm`: its arguments, options and help; `done` receives the exit code.
export function confirmCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return new Command('confirm')
    .description(t('confirm.description'))
    .argument('<year>', t('confirm.year'))
    .argument('[files...]', t('confirm.files'))
    .option('-d, --data <dir>', t('option.data'))
    .option('-q, --quiet', t('option.quiet'))
    .addHelpText('after', t('confirm.examples'))
    .action(async (year: string, files: string[], flags: ConfirmFlags) => done(await runConfirm(year, files, flags, io)));
}

/** The options of `confirm`. */
export interface ConfirmFlags {
  data?: string;
  quiet?: boolean;
}

// Runs `confirm` and returns the exit code: 1 when the data has errors or a file named is not a record.
export async function runConfirm(yearText: string, files: string[], flags: ConfirmFlags, io: CommandIO): Promise<number> {
  const { t } = io.messages;
  const year = String(parseYear(yearText));
  const config = configFor(io, 'text', flags.quiet);
  if (!config) return USAGE;
  const dataDir = resolve(io.cwd, flags.data ?? config.data ?? 'data');
  const confirmed = await confirmYear({ dataDir, cwd: io.cwd }, Number(year), files);
  report(confirmed.diagnostics, 'text', io);
  if (hasErrors(confirmed.diagnostics)) return DATA_ERRORS;
  if (flags.quiet) return OK;
  for (const { file, line, items } of confirmed.written) io.stdout.write(`${t('confirm.confirmed', { file, line: String(line), year, count: items })}\n`);
  for (const file of confirmed.unchanged) io.stdout.write(`${t('confirm.nothing-in', { file, year })}\n`);
  io.stdout.write(`${t('confirm.summary', { count: confirmed.written.length, year })}\n`);
  return OK;
}
