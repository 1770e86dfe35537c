// Test helpers for the preview: the real bin serving a data folder, and a reader of its server-sent events.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { PageView } from '../../src/preview/views.ts';
import { copyFolder, ROOT, tempDir } from './data.ts';

// Makes a working folder with the starter project: its config file and data/.
export function starterWork(): string {
  const work = tempDir();
  copyFolder(join(ROOT, 'starter', 'en'), work);
  return work;
}

/** A preview running in a child process. */
export interface Running {
  url: string;
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  /** Sends SIGINT, as Ctrl-C does, and resolves with the exit code (null when the signal ended it), the signal and the output. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

// Starts `coop-report preview` through bin/coop-report.js in `cwd` (as the user `uid`, if given); resolves once it
// prints its address, rejects if it exits first or cannot be started (Node.js not executable by that user, say).
export function startPreview(args: string[], cwd: string, uid?: number): Promise<Running> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'coop-report.js'), 'preview', ...args], {
    cwd,
    env: { PATH: process.env.PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  const output = { stdout: '', stderr: '' };
  let signal: NodeJS.Signals | null = null;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, by) => {
      signal = by;
      resolve(code);
    }),
  );
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (output.stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (output.stderr += text));
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output.stdout)?.[1];
      if (!url) return;
      clearInterval(poll);
      resolve({
        url,
        child,
        output,
        stop: async () => {
          child.kill('SIGINT');
          const code = await exited;
          return { code, signal, ...output };
        },
      });
    }, 20);
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`preview exited with ${code} before serving:\n${output.stdout}${output.stderr}`));
    });
    child.once('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
  });
}

/** What a request sent as raw bytes got back: the status line, and the body after the headers. */
export interface RawAnswer {
  status: string;
  body: string;
}

// Sends bytes to a port on 127.0.0.1 as they are, and reads the answer until the server closes (or within `ms`).
export function sendRaw(port: number, bytes: string | Buffer, ms = 5000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error(`no answer within ${ms} ms`)), ms);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      resolve({ status: text.split('\r\n')[0] ?? '', body: end < 0 ? '' : text.slice(end + 4) });
    });
    socket.end(bytes);
  });
}

/** A stream of views from /events. */
export interface ViewStream {
  /** Waits for the next view that passes `test` (within `ms`), skipping others. */
  next(test?: (view: PageView) => boolean, ms?: number): Promise<PageView>;
  close(): void;
}

// Opens /events for a year and reads its views as they come.
export async function openEvents(url: string, year: number): Promise<ViewStream> {
  const controller = new AbortController();
  const response = await fetch(`${url}events?year=${year}`, { signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const views: PageView[] = [];
  let buffer = '';
  let wake = () => {};
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(event)?.[1];
        if (data) views.push(JSON.parse(data) as PageView);
      }
      wake();
    }
  })();
  return {
    next: async (test = () => true, ms = 5000) => {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = views.findIndex(test);
        if (found >= 0) return views.splice(0, found + 1).pop()!;
        views.length = 0;
        if (Date.now() > deadline) throw new Error(`no such view within ${ms} ms`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
    },
    close: () => controller.abort(),
  };
}
