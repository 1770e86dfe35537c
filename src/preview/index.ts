// `coop-report preview`: serves the section on 127.0.0.1 and updates the open page on every saved change.
import { showSafely } from '../diagnostics/characters.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { saidBy } from '../i18n/message.ts';
import type { Messages } from '../i18n/messages.ts';
import type { ParsedFiles } from '../load/index.ts';
import type { PreviewYear, ViewOptions } from '../pipeline/index.ts';
import { previewPage } from './page.ts';
import { startServer } from './server.ts';
import { makeViews, type Folders } from './views.ts';
import { noticeOf, shownPath } from './notices.ts';
import { watchFiles, type WatchProblem } from './watch.ts';

export { PortInUse } from './server.ts';
export { stopOnSignals } from './stop.ts';

/** The folders as they stand now, with the config file that set them (watched too), or the config file's problems. */
export type Settings = { configFile?: string } & ({ dataDir: string; templateDirs: string[] } | { problems: Diagnostic[] });

/** What the preview needs. */
export interface PreviewOptions {
  cwd: string;
  /** The port on 127.0.0.1; 0 takes any free one. */
  port: number;
  /** The year the page opens at. */
  year: number;
  /** Reads the config file again and gives the folders; called at each change. */
  settings: () => Settings;
  /** The built-in templates' folder, watched with the rest. */
  builtInTemplates: string;
  /** Renders a year (src/pipeline/index.ts's viewYear). */
  viewYear: (options: ViewOptions) => Promise<PreviewYear>;
  /** Runs each rendering of a view (src/preview/stop.ts: Ctrl-C then ends the process at once). */
  rendering: <T>(render: () => Promise<T>) => Promise<T>;
  /** Where the preview tells what it cannot follow, and errors it lives through. */
  stderr: { write(text: string): unknown };
  /** The words of the run: the page's, the problems', and what the preview tells on stderr. */
  messages: Messages;
}

/** A running preview. */
export interface Preview {
  url: string;
  stop(): Promise<void>;
}

// Starts the server and the watch; rejects with PortInUse when the port is taken.
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const { messages } = options;
  const { t } = messages;
  // the record files parsed for the view before: a save parses again only the files it changed
  const parsed: ParsedFiles = new Map();
  const folders = (): Folders => {
    const settings = options.settings();
    return 'problems' in settings
      ? { problems: settings.problems }
      : { dataDir: settings.dataDir, templateDirs: settings.templateDirs, cwd: options.cwd, parsed };
  };
  const watched = (): string[] => {
    const settings = options.settings();
    const config = settings.configFile ? [settings.configFile] : [];
    return 'problems' in settings ? config : [settings.dataDir, ...settings.templateDirs, options.builtInTemplates, ...config];
  };
  let notices = new Map<string, { path: string; notice: string }>();
  const views = makeViews(folders, options.viewYear, () => [...notices.values()].map((known) => known.notice), messages, options.rendering);
  const failed = (error: unknown) => options.stderr.write(`coop-report: ${t('preview.server-error', { message: showSafely(messages.text(saidBy(error))) })}\n`);
  const server = await startServer({ port: options.port, page: (year) => previewPage(year, messages), views, year: options.year, failed, messages });
  // what cannot be followed: told on stderr when it starts and when it ends, and on the page while it lasts
  const troubled = (problems: WatchProblem[], followed: string[]) => {
    const now = new Map(
      problems.map((problem) => [`${problem.path}\u0000${problem.code}`, { path: problem.path, notice: noticeOf(problem, options.cwd, messages) }]),
    );
    for (const [key, { notice }] of now) if (!notices.has(key)) options.stderr.write(`coop-report: ${notice}\n`);
    for (const path of new Set(followed))
      if (![...now.values()].some((known) => known.path === path))
        options.stderr.write(`coop-report: ${t('preview.following-again', { path: shownPath(path, options.cwd) })}\n`);
    notices = now;
    views.invalidate();
    server.push();
  };
  // a saved change: forget the views, follow the config file to its folders, and send every page its new view
  const watch = watchFiles(
    watched(),
    () => {
      views.invalidate();
      watch.replace(watched());
      server.push();
    },
    troubled,
  );
  await watch.ready;
  return {
    url: server.url,
    stop: async () => {
      await watch.close();
      await server.close();
    },
  };
}
