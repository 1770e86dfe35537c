// `coop-report validate`: checks every record and prints every problem.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { check, shower } from '../../pipeline.ts';
import { configFor } from '../config.ts';
import { DATA_ERRORS, OK, USAGE } from '../exit-codes.ts';
import type { IO } from '../io.ts';
import { report, REPORT_FORMATS, type ReportFormat } from '../report.ts';

// Declares `validate`: its options and help; `done` receives the exit code.
export function validateCommand(io: IO, done: (code: number) => void): Command {
  return new Command('validate')
    .description('Check every record and print every problem, located.')
    .option('-d, --data <dir>', `the data folder (default: the config file's, or ./data)`)
    .addOption(new Option('-f, --format <format>', 'how to print problems').choices(REPORT_FORMATS).default('text'))
    .option('-q, --quiet', 'print only problems')
    .addHelpText('after', '\nExamples:\n  coop-report validate\n  coop-report validate --data ./data --format github\n')
    .action(async (flags: ValidateFlags) => done(await runValidate(flags, io)));
}

/** The options of `validate`. */
export interface ValidateFlags {
  data?: string;
  format: ReportFormat;
  quiet?: boolean;
}

// Runs `validate` and returns the exit code.
export async function runValidate(flags: ValidateFlags, io: IO): Promise<number> {
  const config = configFor(io, flags.format);
  if (!config) return USAGE;
  const dataDir = resolve(io.cwd, flags.data ?? config.data ?? 'data');
  const { diagnostics, dataset } = await check({ dataDir, cwd: io.cwd });
  report(diagnostics, flags.format, io);
  if (hasErrors(diagnostics)) return DATA_ERRORS;
  if (flags.format === 'text' && !flags.quiet && dataset)
    io.stdout.write(`${shower(io.cwd)(dataDir)}: ${counted(dataset.bodies.length, 'body', 'bodies')}, ${counted(dataset.projects.length, 'project', 'projects')}, ${counted(dataset.countries.length, 'country', 'countries')}; no errors.\n`);
  return OK;
}

// Writes a count with its noun in the singular or plural: "1 body", "22 bodies".
function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
