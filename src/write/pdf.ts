// Writes the section as PDF: the DOCX, converted by LibreOffice headless in a private temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConversionStopped, ConverterError } from './converter-error.ts';
import { message, type Message } from '../i18n/message.ts';
import type { Text } from '../i18n/params.ts';

/** The environment LibreOffice runs in: its PATH finds soffice. */
export type Env = Record<string, string | undefined>;

/** What the conversion needs beyond the DOCX: where soffice is, and how long it may take. */
export interface PdfOptions {
  env: Env;
  /** The folder relative paths in --soffice and COOP_REPORT_SOFFICE are read from; the process's by default. */
  cwd?: string;
  /** soffice as --soffice names it. */
  soffice?: string;
  platform?: NodeJS.Platform;
  /** How long one conversion may take, LibreOffice's first start with a fresh profile included. */
  timeoutMs?: number;
  /** The folder the usual Linux install places (/opt, /usr/lib, /snap) are looked for under: / but in tests. */
  root?: string;
}

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
const TIMEOUT_MS = 120_000;
/** The signals that stop a conversion: Ctrl-C, a kill, the terminal closed. LibreOffice runs in a process group of its
 * own, which the terminal's Ctrl-C does not reach, so coop-report ends it. */
const STOPPING = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** How much of what LibreOffice printed a message quotes, in characters. */
export const OUTPUT_LIMIT = 1000;

// Converts DOCX bytes to PDF bytes with soffice; the temporary folder (input, profile, output) is removed afterwards.
// A signal meanwhile (Ctrl-C) ends soffice's processes and throws ConversionStopped, once the folder is removed.
export async function docxToPdf(docx: Uint8Array, options: PdfOptions): Promise<Uint8Array> {
  const platform = options.platform ?? process.platform;
  const found = findSoffice({ platform, env: options.env, cwd: options.cwd ?? process.cwd(), option: options.soffice, isFile, entries, root: options.root });
  if (!found.ok) throw new ConverterError(found.message);
  const dir = mkdtempSync(join(tempParent(found.path, options.env), 'coop-report-pdf-'));
  try {
    const input = join(dir, 'section.docx');
    writeFileSync(input, docx);
    const { failure, output, stoppedBy } = await soffice(found.path, sofficeArguments(input, dir), options.env, options.timeoutMs ?? TIMEOUT_MS, platform);
    if (stoppedBy) throw new ConversionStopped(stoppedBy);
    try {
      return readFileSync(join(dir, 'section.pdf'));
    } catch {
      throw new ConverterError(message('pdf.not-converted', { path: found.path, failure: failure ?? 'none', output: output || 'none' }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Returns the folder to make the temporary folder in: the system's, but for a snap's LibreOffice (/snap/bin/libreoffice),
// which has a /tmp of its own and sees the user's files only in the home folder, the snap's own folder there
// ($HOME/snap/<name>/common, made if need be), which both it and coop-report can read and write.
export function tempParent(program: string, env: Env): string {
  const snap = /^\/snap\/bin\/([^/.]+)/.exec(program);
  if (!snap || !env.HOME) return tmpdir();
  const folder = posix.join(env.HOME, 'snap', snap[1]!, 'common');
  mkdirSync(folder, { recursive: true });
  return folder;
}

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

// Lists the names in a folder; none when it cannot be read (it does not exist, say).
function entries(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

// Tells whether a path is a file (a program, when it is soffice).
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// Returns soffice's arguments: headless, with a profile of its own so that parallel runs and a running LibreOffice do not clash.
export function sofficeArguments(input: string, outDir: string): string[] {
  const profile = pathToFileURL(join(outDir, 'profile')).href;
  return ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outDir, input];
}

// Runs soffice in a process group of its own and tells how it failed, if it did: a timeout (the whole group is ended),
// an exit code, a signal, or an error starting it; with the first OUTPUT_LIMIT characters of what it printed. A
// SIGINT, SIGTERM or SIGHUP to coop-report meanwhile ends the whole group too, and is told as `stoppedBy`.
function soffice(
  program: string,
  args: string[],
  env: Env,
  timeoutMs: number,
  platform: NodeJS.Platform,
): Promise<{ failure?: Message; output: Text; stoppedBy?: NodeJS.Signals }> {
  return new Promise((resolve) => {
    // a signal ends soffice's group instead of coop-report at once: coop-report then cleans up and exits. The handlers
    // are in place before soffice starts, so that a signal that comes as it starts is not missed
    let stoppedBy: NodeJS.Signals | undefined;
    let started: ChildProcess | undefined;
    const stop = (signal: NodeJS.Signals) => {
      stoppedBy ??= signal;
      if (started) endGroup(started, platform);
    };
    for (const signal of STOPPING) process.on(signal, stop);
    const child = spawn(program, args, { env, detached: true, windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] });
    started = child;
    if (stoppedBy) endGroup(child, platform);
    let output = '';
    let beyond = 0;
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (text: string) => {
        const room = Math.max(0, OUTPUT_LIMIT - output.length);
        output += text.slice(0, room);
        beyond += Math.max(0, text.length - room);
      });
    }
    const said = () => (output.trim() && beyond ? message('pdf.more', { output: output.trimStart(), count: String(beyond) }) : output.trim());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      endGroup(child, platform);
    }, timeoutMs);
    const finish = (result: { failure?: Message; output: Text }) => {
      clearTimeout(timer);
      for (const signal of STOPPING) process.off(signal, stop);
      resolve(stoppedBy ? { ...result, stoppedBy } : result);
    };
    child.on('error', (error: NodeJS.ErrnoException) => finish({ failure: message('pdf.not-started', { code: error.code ?? error.message }), output: said() }));
    child.on('close', (code, signal) => {
      if (timedOut) finish({ failure: message('pdf.timed-out', { seconds: String(timeoutMs / 1000) }), output: said() });
      else
        finish({
          failure:
            code === 0 ? undefined : code !== null ? message('pdf.exit-code', { code: String(code) }) : message('pdf.signal', { signal: String(signal) }),
          output: said(),
        });
    });
  });
}

// Ends soffice and every process it started (LibreOffice's soffice is a launcher of soffice.bin): its process group,
// or on Windows its process tree.
function endGroup(child: ChildProcess, platform: NodeJS.Platform): void {
  if (child.pid === undefined) return;
  try {
    if (platform === 'win32') spawn('taskkill', ['/pid', String(child.pid), '/t', '/f'], { windowsHide: true, stdio: 'ignore' });
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}
