// Writes the section as PDF: the DOCX, converted by LibreOffice headless in a private temporary folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConverterError } from './converter-error.ts';

/** The environment LibreOffice runs in: its PATH finds soffice. */
export type Env = Record<string, string | undefined>;

/** How long one conversion may take, LibreOffice's first start with a fresh profile included. */
const TIMEOUT_MS = 120_000;

// Converts DOCX bytes to PDF bytes with soffice; the temporary folder (input, profile, output) is removed afterwards.
export async function docxToPdf(docx: Uint8Array, env: Env): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'coop-report-pdf-'));
  try {
    const input = join(dir, 'section.docx');
    writeFileSync(input, docx);
    const { failure, output } = await soffice(sofficeArguments(input, dir), env);
    if (failure === 'missing') throw new ConverterError('--format pdf needs LibreOffice, and no "soffice" program is on the PATH. Install LibreOffice (Debian and Ubuntu: apt-get install libreoffice-writer-nogui), or leave pdf out of --format.');
    try {
      return readFileSync(join(dir, 'section.pdf'));
    } catch {
      throw new ConverterError(`LibreOffice did not convert the DOCX to PDF${failure ? ` (${failure})` : ''}.${output ? `\nIt said: ${output}` : ''}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Returns soffice's arguments: headless, with a profile of its own so that parallel runs and a running LibreOffice do not clash.
export function sofficeArguments(input: string, outDir: string): string[] {
  const profile = pathToFileURL(join(outDir, 'profile')).href;
  return ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outDir, input];
}

// Runs soffice and tells how it failed, if it did: missing, a timeout, or an exit code; with what it printed.
function soffice(args: string[], env: Env): Promise<{ failure?: string; output: string }> {
  return new Promise((resolve) => {
    execFile('soffice', args, { env, timeout: TIMEOUT_MS, encoding: 'utf8' }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`.trim();
      if (!error) return resolve({ output });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return resolve({ failure: 'missing', output });
      resolve({ failure: error.killed ? `stopped after ${TIMEOUT_MS / 1000} s` : `exit code ${String(code)}`, output });
    });
  });
}
