// Writes the section as PDF: the DOCX, converted by LibreOffice headless in a private temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConversionStopped, ConverterError } from './converter-error.ts';
import { message, type Message } from '../i18n/message.ts';
import type { Text } from '../i18n/params.ts';
import { findSoffice, type Env } from './soffice.ts';

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
