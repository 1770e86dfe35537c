// `coop-report validate`: checks every record and prints every problem.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { checkAll, shower } from '../../pipeline.ts';
import { configFor } from '../config.ts';
import { DATA_ERRORS, OK, USAGE } from '../exit-codes.ts';
import type { IO } from '../io.ts';
import { report, REPORT_FORMATS, type ReportFormat } from '../report.ts';

// Declares `validate`: its options and help; `done` receives the exit code.
export function validateCommand(io: IO, done: (code: number) => void): Command {
  return new Command('validate')
    .description('Check every record, and every sentence of every year with the templates in use; print every problem, located.')
    .option('-d, --data <dir>', `the data folder (default: the config file's, or ./data)`)
    .addOption(new Option('-f, --format <format>', 'how to print problems').choices(REPORT_FORMATS).default('text'))
    .option('-t, --templates <dir>', 'a folder of templates that override the built-in ones by name (default: the config file\'s)')
    .option('-q, --quiet', 'print only problems')
    .addHelpText('after', '\nExamples:\n  coop-report validate\n  coop-report validate --data ./data --format github\n')
    .action(async (flags: ValidateFlags) => done(await runValidate(flags, io)));
}

/** The options of `validate`. */
export interface ValidateFlags {
  data?: string;
  templates?: string;
  format: ReportFormat;
  quiet?: boolean;
}

// Runs `validate` and returns the exit code.
export async function runValidate(flags: ValidateFlags, io: IO): Promise<number> {
  const config = configFor(io, flags.format, flags.quiet);
  if (!config) return USAGE;
  const dataDir = resolve(io.cwd, flags.data ?? config.data ?? 'data');
  const templates = flags.templates ? resolve(io.cwd, flags.templates) : config.templates;
  const { diagnostics, dataset } = await checkAll({ dataDir, cwd: io.cwd, templateDirs: templates ? [templates] : [] });
  report(diagnostics, flags.format, io);
  if (hasErrors(diagnostics)) return DATA_ERRORS;
  if (flags.format === 'text' && !flags.quiet && dataset)
  {
    const of = (kind: string) => dataset.records.filter((r) => r.kind === kind).length;
    io.stdout.write(`${shower(io.cwd)(dataDir)}: ${counted(of('body'), 'body', 'bodies')}, ${counted(of('project'), 'project', 'projects')}, ${counted(of('country'), 'country', 'countries')}; no errors.\n`);
  }
  return OK;
}

// Writes a count with its noun in the singular or plural: "1 body", "22 bodies".
function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
