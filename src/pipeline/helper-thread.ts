// The helper thread: works beside the main thread on a large data folder (./helper.ts starts it). It parses record
// files the main thread hands it while the main thread parses others, and makes the Markdown and DOCX of each year
// `build --all` sends it (./year-text.ts) while the main thread renders the next year. The bundle holds it as
// dist/helper-thread.js. Each message is { id, job }; each answer { id, made } or, for a bug, { id, failure } with its
// message and stack.
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { RecordFile } from '../load/index.ts';
import type { ReferenceDoc } from '../write/index.ts';
import type { YearJob } from './year-text.ts';

// as bin/coop-report.js: Node.js 22.1 and later keep what this thread compiles, the DOCX library above all, for the next run
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

/** What the thread is asked to do: parse record files, or make a year's Markdown and DOCX. */
export type HelperJob = { parse: RecordFile[] } | { year: YearJob };

/** The reference DOCX's bytes (--reference-doc), read and checked by the main thread, or none. */
const { reference: bytes } = workerData as { reference?: Uint8Array };
let reference: Promise<ReferenceDoc | undefined> | undefined;

// Reads the reference DOCX the first time a year needs it; its reader loads only then.
function referenceDoc(): Promise<ReferenceDoc | undefined> {
  reference ??= (async () => {
    if (!bytes) return undefined;
    const read = (await import('../write/docx/reference.ts')).parseReferenceDoc(bytes);
    if (!read.ok) throw new Error('The reference DOCX the main thread checked cannot be read again.');
    return read.reference;
  })();
  return reference;
}

// Does one job; each kind's modules load with its first job.
async function run(job: HelperJob) {
  if ('parse' in job) return (await import('../load/parse-file.ts')).parseFilesElsewhere(job.parse);
  return (await import('./year-text.ts')).makeYearText(job.year, await referenceDoc());
}

parentPort!.on('message', async ({ id, job }: { id: number; job: HelperJob }) => {
  try {
    parentPort!.postMessage({ id, made: await run(job) });
  } catch (cause) {
    const { message, stack } = cause instanceof Error ? cause : new Error(String(cause));
    parentPort!.postMessage({ id, failure: { message, stack } });
  }
});
