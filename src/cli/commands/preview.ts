// `coop-report preview [year]`: serves the section on 127.0.0.1 and updates the page as records, templates or the config change.
import { message } from '../../i18n/message.ts';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic.ts';
import { builtInTemplates } from '../../paths.ts';
import { check, shower, viewYear } from '../../pipeline/index.ts';
import { yearsWithData } from '../../model/index.ts';
import type { Settings } from '../../preview/index.ts';
import { configFor, findConfig, readConfig } from '../config.ts';
import { OK, USAGE } from '../exit-codes.ts';
import type { CommandIO } from '../io.ts';
import { UsageError } from '../usage-error.ts';
import { parseYear } from './build.ts';

/** The port the preview listens on unless told otherwise. */
export const DEFAULT_PORT = 4321;

/** The options of `preview`, as commander parses them. */
interface PreviewFlags {
  data?: string;
  templates?: string;
  port: string;
}

// Declares `preview`: its arguments, options and help; `done` receives the exit code.
export function previewCommand(io: CommandIO, done: (code: number) => void): Command {
  const { t } = io.messages;
  return new Command('preview')
    .description(t('preview.description'))
    .argument('[year]', t('preview.year'))
    .option('-d, --data <dir>', t('option.data'))
    .option('-t, --templates <dir>', t('option.templates'))
    .option('-p, --port <n>', t('preview.port'), String(DEFAULT_PORT))
    .addHelpText('after', () => t('preview.examples', { port: String(DEFAULT_PORT) }))
    .action(async (year: string | undefined, flags: PreviewFlags) => done(await runPreview(year, flags, io)));
}

// Runs the preview until Ctrl-C (SIGINT) or SIGTERM, and returns the exit code (a signal during a rendering ends it at once).
export async function runPreview(yearText: string | undefined, flags: PreviewFlags, io: CommandIO): Promise<number> {
  const { t } = io.messages;
  const port = Number(flags.port);
  if (!/^\d+$/.test(flags.port) || port > 65535) throw new UsageError(message('preview.bad-port', { value: flags.port }));
  const chosen = yearText === undefined ? undefined : parseYear(yearText);
  if (!configFor(io)) return USAGE;
  const settings = (): Settings => {
    const configFile = findConfig(io.cwd);
    const read = configFile ? readConfig(configFile, shower(io.cwd)(configFile)) : { config: {}, diagnostics: [] };
    if (read.diagnostics.length) return { configFile, problems: read.diagnostics };
    const templates = flags.templates ?? read.config.templates;
    return { configFile, dataDir: resolve(io.cwd, flags.data ?? read.config.data ?? 'data'), templateDirs: templates ? [resolve(io.cwd, templates)] : [] };
  };
  const year = chosen ?? (await lastYear(settings(), io.cwd));
  const { startPreview, PortInUse, stopOnSignals } = await import('../../preview/index.ts');
  const stopping = stopOnSignals();
  let preview;
  try {
    preview = await startPreview({
      cwd: io.cwd,
      messages: io.messages,
      port,
      year,
      settings,
      builtInTemplates: builtInTemplates(),
      viewYear,
      rendering: stopping.rendering,
      stderr: io.stderr,
    });
  } catch (error) {
    if (!(error instanceof PortInUse)) throw error;
    io.stderr.write(`coop-report: ${t('preview.port-in-use', { port: String(error.port) })}\n`);
    return USAGE;
  }
  io.stdout.write(`${t('preview.serving', { year: String(year), url: preview.url })}\n`);
  await stopping.stopped;
  await preview.stop();
  io.stdout.write(`${t('preview.stopped')}\n`);
  return OK;
}

// Finds the last year that has data, to open at when no year is given; the year before this one when the data has errors.
async function lastYear(settings: Settings, cwd: string): Promise<number> {
  const fallback = new Date().getFullYear() - 1;
  if ('problems' in settings) return fallback;
  const { dataset, diagnostics } = await check({ dataDir: settings.dataDir, cwd });
  if (!dataset || hasErrors(diagnostics)) return fallback;
  return (
    yearsWithData(dataset)
      .map((y) => y.year)
      .pop() ?? fallback
  );
}
