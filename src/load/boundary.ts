// Keeps reads inside a folder: a link is followed only when what it leads to is inside the folder too.
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

// Returns the folder's real path (its links resolved), or the path as given when it cannot be resolved.
export function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

// Tells where a link at `path` leads, as the link says it, when that is outside the real folder `root`; undefined for
// anything that is no link, a link that stays inside, or a broken link (its reading says it does not exist).
export function leadsOutside(path: string, root: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    return inside(realpathSync(path), root) ? undefined : readlinkSync(path);
  } catch {
    return undefined;
  }
}

// Tells whether a real path is the folder `root` or lies below it.
export function inside(path: string, root: string): boolean {
  const rest = relative(root, path);
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
}
