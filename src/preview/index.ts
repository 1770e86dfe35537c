// `coop-report preview`: serves the section on 127.0.0.1 and updates the open page on every saved change.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PreviewYear, ViewOptions } from '../pipeline/index.ts';
import { previewPage } from './page.ts';
import { startServer } from './server.ts';
import { makeViews, type Folders } from './views.ts';
import { watchFiles } from './watch.ts';

export { PortInUse } from './server.ts';

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
}

/** A running preview. */
export interface Preview {
  url: string;
  stop(): Promise<void>;
}

// Starts the server and the watch; rejects with PortInUse when the port is taken.
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const folders = (): Folders => {
    const settings = options.settings();
    return 'problems' in settings ? { problems: settings.problems } : { dataDir: settings.dataDir, templateDirs: settings.templateDirs, cwd: options.cwd };
  };
  const watched = (): string[] => {
    const settings = options.settings();
    const config = settings.configFile ? [settings.configFile] : [];
    return 'problems' in settings ? config : [settings.dataDir, ...settings.templateDirs, options.builtInTemplates, ...config];
  };
  const views = makeViews(folders, options.viewYear);
  const server = await startServer({ port: options.port, page: previewPage, views, year: options.year });
  // a saved change: forget the views, follow the config file to its folders, and send every page its new view
  const watch = watchFiles(watched(), () => {
    views.invalidate();
    watch.replace(watched());
    server.push();
  });
  await watch.ready;
  return {
    url: server.url,
    stop: async () => {
      await watch.close();
      await server.close();
    },
  };
}
