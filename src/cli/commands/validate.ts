// `coop-report validate`: checks every record and prints every problem.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { checkAll, shower } from '../../pipeline/index.ts';
import { configFor } from '../config.ts';
import { DATA_ERRORS, OK, USAGE } from '../exit-codes.ts';
import type { CommandIO } from '../io.ts';
import { report, REPORT_FORMATS, type ReportFormat } from '../report.ts';

// Declares `validate`: its options and help; `done` receives the exit code.
export function validateCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return (
    new Command('validate')
      .description(t('validate.description'))
      .option('-d, --data <dir>', t('option.data'))
      // --report-format, as build names it (build's --format is its output formats); --format stays for scripts that use it
      .addOption(new Option('-r, --report-format <format>', t('option.report-format')).choices(REPORT_FORMATS))
      .addOption(new Option('-f, --format <format>').choices(REPORT_FORMATS).hideHelp())
      .option('-t, --templates <dir>', t('validate.templates'))
      .option('--strict', t('option.strict'))
      .option('-q, --quiet', t('option.quiet'))
      .addHelpText('after', t('validate.examples'))
      .action(async (flags: ValidateFlags) => done(await runValidate(flags, io)))
  );
}

/** The options of `validate`. */
export interface ValidateFlags {
  data?: string;
  templates?: string;
  reportFormat?: ReportFormat;
  /** The old name of --report-format. */
  format?: ReportFormat;
  strict?: boolean;
  quiet?: boolean;
}

// Runs `validate` and returns the exit code.
export async function runValidate(given: ValidateFlags, io: CommandIO): Promise<number> {
  const { t } = io.messages;
  const flags = { ...given, format: given.reportFormat ?? given.format ?? 'text' };
  const config = configFor(io, flags.format, flags.quiet);
  if (!config) return USAGE;
  const dataDir = resolve(io.cwd, flags.data ?? config.data ?? 'data');
  const templates = flags.templates ? resolve(io.cwd, flags.templates) : config.templates;
  const { diagnostics, dataset } = await checkAll({ dataDir, cwd: io.cwd, templateDirs: templates ? [templates] : [], strict: flags.strict });
  report(diagnostics, flags.format, io);
  if (hasErrors(diagnostics)) return DATA_ERRORS;
  if (flags.format === 'text' && !flags.quiet && dataset) {
    const of = (kind: string) => dataset.records.filter((r) => r.kind === kind).length;
    io.stdout.write(`${t('validate.summary', { folder: shower(io.cwd)(dataDir), bodies: of('body'), projects: of('project'), countries: of('country') })}\n`);
  }
  return OK;
}
