// `coop-report publish <year>`: keeps a year's section as published, so that every command says when the data would change it.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { publishYear } from '../../pipeline/yearly.ts';
import { configFor } from '../config.ts';
import { DATA_ERRORS, OK, USAGE } from '../exit-codes.ts';
import type { CommandIO } from '../io.ts';
import { report } from '../report.ts';
import { parseYear } from './build.ts';

// Declares `publish`: its argument, options and help; `done` receives the exit code.
export function publishCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return new Command('publish')
    .description(t('publish.description'))
    .argument('<year>', t('publish.year'))
    .option('--accept', t('publish.accept'))
    .option('-d, --data <dir>', t('option.data'))
    .option('-t, --templates <dir>', t('option.templates'))
    .addHelpText('after', t('publish.examples'))
    .action(async (year: string, flags: PublishFlags) => done(await runPublish(year, flags, io)));
}

/** The options of `publish`. */
export interface PublishFlags {
  accept?: boolean;
  data?: string;
  templates?: string;
}

// Runs `publish` and returns the exit code: 1 when the data has errors, or changes a published year without --accept.
export async function runPublish(yearText: string, flags: PublishFlags, io: CommandIO): Promise<number> {
  const { t } = io.messages;
  const year = parseYear(yearText);
  const config = configFor(io);
  if (!config) return USAGE;
  const templates = flags.templates ? resolve(io.cwd, flags.templates) : config.templates;
  const dataDir = resolve(io.cwd, flags.data ?? config.data ?? 'data');
  const published = await publishYear({ dataDir, cwd: io.cwd, templateDirs: templates ? [templates] : [], year, accept: flags.accept });
  report(published.diagnostics, 'text', io);
  const said = { year: String(year), file: published.file ?? '', sentences: published.sentences ?? 0 };
  if (published.outcome === 'refused') io.stderr.write(`${t('publish.refused', said)}\n`);
  if (hasErrors(published.diagnostics) || !published.outcome) return DATA_ERRORS;
  io.stdout.write(`${t(`publish.${published.outcome}`, said)}\n`);
  return OK;
}
