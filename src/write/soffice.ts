// Finds LibreOffice's soffice for the PDF: the file --soffice or COOP_REPORT_SOFFICE names, else the first on the PATH,
// else the first at the platform's usual install places; when there is none, says where it looked and how to install it.
import { posix, win32 } from 'node:path';
import { message, type Message } from '../i18n/message.ts';
import type { Text } from '../i18n/params.ts';

/** The environment LibreOffice runs in: its PATH finds soffice. */
export type Env = Record<string, string | undefined>;

/** Where to look for soffice: the platform, its environment and working folder, --soffice, and a test for a file. */
export interface SofficeSearch {
  platform: NodeJS.Platform;
  env: Env;
  cwd: string;
  option?: string;
  isFile: (path: string) => boolean;
  /** Lists the names in a folder (none when it cannot be read), for /opt/libreoffice*. */
  entries: (folder: string) => string[];
  /** The folder the usual Linux install places are under (default /). */
  root?: string;
}

/** soffice's path, or what to tell the user when there is none. */
export type SofficeLookup = { ok: true; path: string } | { ok: false; message: Message };

/** The environment variable that names soffice, for a LibreOffice installed where coop-report does not look. */
export const SOFFICE_VARIABLE = 'COOP_REPORT_SOFFICE';

// Finds soffice: the file --soffice or COOP_REPORT_SOFFICE names, else the first on the PATH, else the first at the
// platform's usual install locations. Pure: the platform, environment and file system calls are given.
export function findSoffice(search: SofficeSearch): SofficeLookup {
  const path = search.platform === 'win32' ? win32 : posix;
  const program = search.platform === 'win32' ? 'soffice.exe' : 'soffice';
  const usual = usualPlaces(search);
  const variable = envVariable(search.env, SOFFICE_VARIABLE, search.platform);
  const named = search.option !== undefined ? { by: '--soffice', value: search.option } : variable ? { by: SOFFICE_VARIABLE, value: variable } : undefined;
  if (named) {
    const file = path.resolve(search.cwd, named.value);
    if (search.isFile(file)) return { ok: true, path: file };
    const example = usual.said.find((place) => !place.includes('*')) ?? 'none';
    return { ok: false, message: message('pdf.not-a-file', { by: named.by, file, program, usual: example }) };
  }
  const onPath = (envVariable(search.env, 'PATH', search.platform) ?? '')
    .split(search.platform === 'win32' ? ';' : ':')
    .map((dir) => dir.replace(/^"(.*)"$/, '$1'))
    .filter(Boolean)
    .map((dir) => path.join(dir, program));
  const file = [...onPath, ...usual.files].find((candidate) => search.isFile(candidate));
  if (file) return { ok: true, path: file };
  return { ok: false, message: message('pdf.not-found', { program, usual: listed(usual.said), advice: installAdvice(search.platform) }) };
}

// Reads an environment variable, unset when empty; on Windows, whatever the case of its name (Path, PATH).
function envVariable(env: Env, name: string, platform: NodeJS.Platform): string | undefined {
  const key = platform === 'win32' ? Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase()) : name;
  return (key && env[key]) || undefined;
}

// Joins places for a sentence: "A", "A or B", "A, B or C".
function listed(places: string[]): Text {
  return places.length < 2 ? places.join('') : message('pdf.or', { first: places.slice(0, -1).join(', '), last: places.at(-1)! });
}

// Lists where LibreOffice's installers put soffice on the platform, when it is not on the PATH: the files to try, in
// order, and the places as a message names them.
function usualPlaces(search: SofficeSearch): { files: string[]; said: string[] } {
  const { platform, env } = search;
  if (platform === 'win32') {
    const read = (name: string) => envVariable(env, name, platform);
    const folders = [read('ProgramFiles'), read('ProgramW6432'), 'C:\\Program Files', read('ProgramFiles(x86)'), 'C:\\Program Files (x86)'];
    const files = [...new Set(folders.filter((f): f is string => !!f).map((f) => win32.join(f, 'LibreOffice', 'program', 'soffice.exe')))];
    return { files, said: files };
  }
  if (platform === 'darwin') {
    const app = 'LibreOffice.app/Contents/MacOS/soffice';
    const files = [`/Applications/${app}`, ...(env.HOME ? [posix.join(env.HOME, 'Applications', app)] : [])];
    return { files, said: files };
  }
  // Linux and the like: libreoffice.org's own packages (.deb, .rpm) in /opt/libreoffice<version>, the newest first;
  // the distribution's package (usually also on the PATH as /usr/bin/soffice); the snap
  const under = (path: string) => posix.join(search.root ?? '/', path);
  const versions = search
    .entries(under('/opt'))
    .filter((name) => name.startsWith('libreoffice'))
    .sort(newestFirst)
    .map((name) => under(`/opt/${name}/program/soffice`));
  const others = ['/usr/lib/libreoffice/program/soffice', '/usr/lib64/libreoffice/program/soffice', '/snap/bin/libreoffice'].map(under);
  return { files: [...versions, ...others], said: [under('/opt/libreoffice*/program/soffice'), ...others] };
}

// Orders folders named libreoffice<version> (libreoffice7.6, libreoffice25.8) from the newest version to the oldest;
// a name without a version comes last.
function newestFirst(a: string, b: string): number {
  const version = (name: string) => (name.match(/\d+/g) ?? []).map(Number);
  const [x, y] = [version(a), version(b)];
  if (!x.length !== !y.length) return x.length ? -1 : 1;
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (y[i] ?? -1) - (x[i] ?? -1);
  return a < b ? -1 : a > b ? 1 : 0;
}

// Tells how to get LibreOffice on the platform, or to do without PDF.
function installAdvice(platform: NodeJS.Platform): Message {
  return message(platform === 'win32' ? 'pdf.install.win32' : platform === 'darwin' ? 'pdf.install.darwin' : 'pdf.install.other', {
    variable: SOFFICE_VARIABLE,
  });
}
