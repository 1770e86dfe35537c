// What makes the Markdown and DOCX of the years a build writes (./year-text.ts): `build --all` starts a writer thread
// (./year-thread.ts), which makes each year's files while this thread renders the next year, so that a large data set
// keeps both cores of a two-core machine busy; `build`, with one year and nothing to do meanwhile, makes them here (a
// thread would only add its start). The thread runs the bundle (dist/year-thread.js), which the tests, running the
// source, bundle first too.
import { Worker } from 'node:worker_threads';
import { yearThreadModule } from '../paths.ts';
import type { ReferenceDoc } from '../write/index.ts';
import { makeYearText, type YearJob, type YearText } from './year-text.ts';

/** What makes a build's years: `make` gives what it made of a year; `close` ends it. */
export interface YearWriter {
  make(job: YearJob): Promise<YearText>;
  close(): Promise<void>;
}

// Makes the years in this thread, with the reference DOCX as read.
export function localYearWriter(reference?: ReferenceDoc): YearWriter {
  return { make: (job) => makeYearText(job, reference), close: async () => {} };
}

/** What the thread answers: what it made, or the message and stack of a bug. */
type Answer = { id: number; made: YearText } | { id: number; failure: { message: string; stack?: string } };

// Starts the writer thread, with the reference DOCX's bytes when the build has one.
export function startYearWriter(reference?: ReferenceDoc): YearWriter {
  const thread = new Worker(yearThreadModule(), { workerData: { reference: reference?.bytes } });
  // the thread never keeps the process running: a build ends it when done, and an ended run ends it too
  thread.unref();
  const waiting = new Map<number, { resolve: (made: YearText) => void; reject: (cause: Error) => void }>();
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
    if ('made' in answer) wait?.resolve(answer.made);
    else wait?.reject(Object.assign(new Error(answer.failure.message), { stack: answer.failure.stack }));
  });
  thread.on('error', endAll);
  thread.on('exit', (code) => endAll(new Error(`The writer thread ended (exit code ${code}).`)));
  return {
    make(job) {
      if (ended) return Promise.reject(ended);
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        thread.postMessage({ id, job });
      });
    },
    async close() {
      ended ??= new Error('The writer thread was closed.');
      await thread.terminate();
    },
  };
}
