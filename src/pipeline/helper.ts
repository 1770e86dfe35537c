// The helper thread (./helper-thread.ts), started for a large data folder, so that its work keeps both cores of a
// two-core machine busy: it parses part of the record files while the main thread parses the rest, and makes the
// Markdown and DOCX of each year `build --all` hands it while the main thread renders the next year. A small folder
// (the Office's, year after year) is read and written by the main thread alone, where a thread would only add its
// start. Either way each file is parsed, and each year made, by the same function. The thread runs the bundle
// (dist/helper-thread.js), which the tests, running the source, bundle first too.
import { parsedHere, parseFiles, type Parsed, type ParsedElsewhere } from '../load/parse-file.ts';
import type { RecordFile } from '../load/index.ts';
import { helperThreadModule } from '../paths.ts';
import type { ReferenceDoc } from '../write/index.ts';
import type { HelperJob } from './helper-thread.ts';
import { makeYearText, type YearJob, type YearText } from './year-text.ts';

/** How many record files make a data folder large enough for the helper thread: below, it would cost more than it saves. */
export const THREAD_FROM = 2000;

/** How many files the threads take at a time: small enough that neither waits long for the other at the end. */
const CHUNK = 250;

/** What makes a build's years: `make` gives what it made of a year; `close` ends it. */
export interface YearWriter {
  make(job: YearJob): Promise<YearText>;
  close(): Promise<void>;
}

/** The helper thread: `parse` and `make` send it a job and give what it made; `close` ends it. */
export interface Helper extends YearWriter {
  parse(files: RecordFile[]): Promise<ParsedElsewhere[]>;
}

/** What the thread answers: what it made, or the message and stack of a bug. */
type Answer = { id: number; made: unknown } | { id: number; failure: { message: string; stack?: string } };

// Makes the years in the main thread, with the reference DOCX as read.
export function localYearWriter(reference?: ReferenceDoc): YearWriter {
  return { make: (job) => makeYearText(job, reference), close: async () => {} };
}

// Starts the helper thread, with the reference DOCX's bytes when the build has one. node:worker_threads loads only
// then: a command on a small folder never starts a thread.
export async function startHelper(reference?: ReferenceDoc): Promise<Helper> {
  const { Worker } = await import('node:worker_threads');
  const thread = new Worker(helperThreadModule(), { workerData: { reference: reference?.bytes } });
  // the thread never keeps the process running: whoever started it ends it when done, and an ended run ends it too
  thread.unref();
  const waiting = new Map<number, { resolve: (made: never) => void; reject: (cause: Error) => void }>();
  let next = 0;
  let ended: Error | undefined;
  const endAll = (cause: Error) => {
    ended ??= cause;
    for (const { reject } of waiting.values()) reject(cause);
    waiting.clear();
  };
  thread.on('message', (answer: Answer) => {
    const wait = waiting.get(answer.id);
    waiting.delete(answer.id);
    if ('made' in answer) wait?.resolve(answer.made as never);
    else wait?.reject(Object.assign(new Error(answer.failure.message), { stack: answer.failure.stack }));
  });
  thread.on('error', endAll);
  thread.on('exit', (code) => endAll(new Error(`The helper thread ended (exit code ${code}).`)));
  function send<T>(job: HelperJob): Promise<T> {
    if (ended) return Promise.reject(ended);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      thread.postMessage({ id, job });
    });
  }
  return {
    parse: (files) => send({ parse: files }),
    make: (job) => send({ year: job }),
    async close() {
      ended ??= new Error('The helper thread was closed.');
      await thread.terminate();
    },
  };
}

// Parses record files on two threads: this one takes them from the front, a helper thread from the back, a chunk at a
// time, until they meet; the files come back in their order, each parsed as parseFiles parses it.
export async function parseOnTwoThreads(files: readonly RecordFile[]): Promise<Parsed[]> {
  const helper = await startHelper();
  try {
    const chunks: RecordFile[][] = [];
    for (let start = 0; start < files.length; start += CHUNK) chunks.push(files.slice(start, start + CHUNK));
    const parsed: Parsed[][] = [];
    let front = 0;
    let back = chunks.length;
    const sent: Promise<void>[] = [];
    // hands the thread the last chunk no thread has taken, and the next one when it answers
    const handOn = () => {
      if (front >= back) return;
      const at = --back;
      const answer = helper.parse(chunks[at]!).then((made) => {
        parsed[at] = made.map(parsedHere);
        handOn();
      });
      // a failure is taken below, with the others
      answer.catch(() => {});
      sent.push(answer);
    };
    // two at once, so that the thread never waits for this one to hand it the next
    handOn();
    handOn();
    while (front < back) {
      const at = front++;
      parsed[at] = parseFiles(chunks[at]!);
      // the thread's answers are taken between chunks
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(sent);
    return parsed.flat();
  } finally {
    await helper.close();
  }
}
