// Watches the records, templates and config file, and tells of a saved change once the burst of events settles; keeps
// following a folder that is deleted and put back, or replaced, and tells what it cannot follow.
import { accessSync, constants, lstatSync, realpathSync, statSync } from 'node:fs';
import { watch, type FSWatcher } from 'chokidar';

/** Events closer together than this are one change: an editor's save can be a write, a rename and a chmod. */
const SETTLE_MS = 40;

/** chokidar passes on one change of a file in this time and drops the others (its throttling of change events): a
 * file changed in a burst is looked at again once the time has passed, so that a second save that soon
 * after the first is not lost. */
const CHANGE_THROTTLE_MS = 50;

/** How often the watched folders and files themselves are looked at: whether each is still there, and the same. */
const CHECK_MS = 500;

/** Something the watch cannot follow: a path, and the system's code (EACCES, ELOOP…) or "gone" for a watched path that is not there. */
export interface WatchProblem {
  path: string;
  code: string;
}

/** A running watch. */
export interface Watch {
  /** Watches the given files and folders instead of the ones before. */
  replace(paths: string[]): void;
  /** Resolves once chokidar has listed the files: changes from then on are seen. */
  ready: Promise<void>;
  /** What cannot be followed now. */
  problems(): WatchProblem[];
  close(): Promise<void>;
}

/** A watched path: where chokidar watches it (through a symbolic link, at its target) and which file or folder it is. */
interface Root {
  at: string | undefined;
  identity: string | undefined;
}

// Watches files and folders (folders to any depth); calls `changed` after each settled burst of changes, and
// `troubled` whenever what cannot be followed changes, with the paths followed again.
export function watchFiles(paths: string[], changed: () => void, troubled: (problems: WatchProblem[], followed: string[]) => void): Watch {
  const roots = new Map([...new Set(paths)].map((path) => [path, whereIs(path)]));
  const problems = new Map<string, WatchProblem>();
  // a problem is told once, when it starts, and dropped when its path is watched again
  const setProblem = (problem: WatchProblem) => {
    const key = `${problem.path}\u0000${problem.code}`;
    if (problems.has(key)) return;
    problems.set(key, problem);
    troubled([...problems.values()], []);
  };
  // drops the problems at a path and inside it: followed again, or no longer watched at all
  const clearProblems = (path: string, watched = true) => {
    const cleared = [...problems].filter(([, problem]) => problem.path === path || isInside(problem.path, path));
    for (const [key] of cleared) problems.delete(key);
    if (cleared.length) troubled([...problems.values()], watched ? cleared.map(([, problem]) => problem.path) : []);
  };
  // an error is told at the path as watched, not at the target of a link it went through
  const failed = (error: unknown) => {
    const { path = '', code = 'EIO' } = error as NodeJS.ErrnoException;
    const [named, root] = [...roots].find(([, root]) => root.at && (path === root.at || isInside(path, root.at))) ?? [path, { at: path }];
    setProblem({ path: named + path.slice(root.at?.length ?? 0), code });
  };
  let timer: NodeJS.Timeout | undefined;
  let again: NodeJS.Timeout | undefined;
  // the files changed in the burst being settled, with their size and time as they were when it was told
  const burst = new Map<string, string>();
  const saved = (_event?: string, path?: string) => {
    if (path) burst.set(path, '');
    clearTimeout(timer);
    clearTimeout(again);
    timer = setTimeout(() => {
      const told = new Map([...burst.keys()].map((file) => [file, stamp(file)]));
      burst.clear();
      check();
      retry();
      changed();
      // a change chokidar dropped as too soon after the one told: the file is not as it was when the change was told
      again = setTimeout(() => {
        for (const [file, was] of told) if (stamp(file) !== was) saved('change', file);
      }, CHANGE_THROTTLE_MS + SETTLE_MS);
    }, SETTLE_MS);
  };
  // watches every path where it now is; chokidar is started afresh each time, as it does not watch a path it once
  // stopped watching again (its unwatch leaves the path ignored)
  const start = (): FSWatcher => {
    for (const [path, root] of roots) if (!root.at) setProblem({ path, code: 'gone' });
    const started = watch(
      [...roots.values()].flatMap((root) => (root.at ? [root.at] : [])),
      {
        ignoreInitial: true,
        // a link is watched as a link: a link to a folder above would make chokidar walk the same tree again and again
        followSymlinks: false,
        ignored: (path) => /(^|[\\/])(\.git|node_modules)([\\/]|$)/.test(path) || /\.tmp$|~$|\.sw[px]$/.test(path),
      },
    );
    return started.on('error', failed).on('all', saved);
  };
  let watcher = start();
  // a change saved while the new watcher still lists the files is not reported by it: render again once it is ready
  const restart = () => {
    void watcher.close();
    watcher = start();
    watcher.once('ready', changed);
  };
  // looks at each watched path: one deleted, put back or replaced by another is followed anew; tells whether one was
  const check = (): boolean => {
    const moved = [...roots].filter(([path, root]) => whereIs(path).identity !== root.identity).map(([path]) => path);
    for (const path of moved) {
      roots.set(path, whereIs(path));
      clearProblems(path);
    }
    if (moved.length) restart();
    return moved.length > 0;
  };
  // a path chokidar could not watch is tried again after each change and now and then: once it can be read, it is watched
  const retry = () => {
    for (const [key, problem] of problems) {
      const real = realOf(problem.path);
      if (problem.code === 'gone' || readable(real) === false) continue;
      problems.delete(key);
      if (readable(real)) watcher.add(real);
      troubled([...problems.values()], [problem.path]);
    }
  };
  // the real path of a path inside a watched one, through the link the watched path may be
  const realOf = (path: string) => {
    const [named, root] = [...roots].find(([named]) => path === named || isInside(path, named)) ?? [path, { at: path }];
    return (root.at ?? named) + path.slice(named.length);
  };
  const looking = setInterval(() => {
    retry();
    if (check()) changed();
  }, CHECK_MS);
  looking.unref();
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    replace: (next) => {
      const wanted = new Set(next);
      if (wanted.size === roots.size && [...wanted].every((path) => roots.has(path))) return;
      for (const path of roots.keys())
        if (!wanted.has(path)) {
          roots.delete(path);
          clearProblems(path, false);
        }
      for (const path of wanted) if (!roots.has(path)) roots.set(path, whereIs(path));
      restart();
    },
    ready,
    problems: () => [...problems.values()],
    close: async () => {
      clearTimeout(timer);
      clearTimeout(again);
      clearInterval(looking);
      await watcher.close();
    },
  };
}

// Finds where a path is (its target, through symbolic links) and which file or folder it is; nothing when it is not there.
function whereIs(path: string): Root {
  try {
    const stat = statSync(path);
    return { at: realpathSync(path), identity: `${stat.dev}:${stat.ino}` };
  } catch {
    return { at: undefined, identity: undefined };
  }
}

// Tells whether this process may read a path (list it, if it is a folder); undefined when it is not there any more.
function readable(path: string): boolean | undefined {
  try {
    lstatSync(path);
  } catch {
    return undefined;
  }
  try {
    accessSync(path, constants.R_OK | (statSync(path).isDirectory() ? constants.X_OK : 0));
    return true;
  } catch {
    return false;
  }
}

// Tells whether a path lies inside a folder.
function isInside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith('/') || folder.endsWith('\\') ? folder : `${folder}/`) || path.startsWith(`${folder}\\`);
}

// Tells a file's size and time of change, or that it cannot be looked at: what changes when it is saved again.
function stamp(file: string): string {
  try {
    const { size, mtimeMs } = statSync(file);
    return `${size}:${mtimeMs}`;
  } catch {
    return 'none';
  }
}
