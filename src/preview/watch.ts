// Watches the records, templates and config file, and tells of a saved change once the burst of events settles.
import { watch, type FSWatcher } from 'chokidar';

/** Events closer together than this are one change: an editor's save can be a write, a rename and a chmod. */
const SETTLE_MS = 40;

/** A running watch. */
export interface Watch {
  /** Watches the given files and folders instead of the ones before. */
  replace(paths: string[]): void;
  /** Resolves once chokidar has listed the files: changes from then on are seen. */
  ready: Promise<void>;
  close(): Promise<void>;
}

// Watches files and folders (folders to any depth); calls `changed` after each settled burst of changes.
export function watchFiles(paths: string[], changed: () => void): Watch {
  let watched = [...new Set(paths)];
  const watcher: FSWatcher = watch(watched, {
    ignoreInitial: true,
    ignored: (path) => /(^|[\\/])(\.git|node_modules)([\\/]|$)/.test(path) || /\.tmp$|~$|\.sw[px]$/.test(path),
  });
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(changed, SETTLE_MS);
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    replace: (next) => {
      const wanted = [...new Set(next)];
      const gone = watched.filter((path) => !wanted.includes(path));
      if (gone.length) watcher.unwatch(gone);
      const added = wanted.filter((path) => !watched.includes(path));
      if (added.length) watcher.add(added);
      watched = wanted;
    },
    ready,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
