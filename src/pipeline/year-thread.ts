// The writer thread: makes the Markdown and DOCX of each year a build sends it (./year-text.ts) while the main thread
// renders the next year (./year-writer.ts starts it). The bundle holds it as dist/year-thread.js. Each message is
// { id, job }; each answer { id, made } or, for a bug, { id, failure } with its message and stack.
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

// as bin/coop-report.js: Node.js 22.1 and later keep what this thread compiles, the DOCX library above all, for the next run
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { makeYearText } = await import('./year-text.ts');

/** The reference DOCX's bytes (--reference-doc), read and checked by the main thread, or none; its reader loads only then. */
const { reference: bytes } = workerData as { reference?: Uint8Array };
const read = bytes && (await import('../write/docx/reference.ts')).parseReferenceDoc(bytes);
if (read && !read.ok) throw new Error('The reference DOCX the build checked cannot be read again.');
const reference = read?.reference;

parentPort!.on('message', async ({ id, job }) => {
  try {
    parentPort!.postMessage({ id, made: await makeYearText(job, reference) });
  } catch (cause) {
    const { message, stack } = cause instanceof Error ? cause : new Error(String(cause));
    parentPort!.postMessage({ id, failure: { message, stack } });
  }
});
