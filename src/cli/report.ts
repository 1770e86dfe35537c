// Prints diagnostics in the format asked for: text with code frames on stderr, JSON or GitHub annotations on stdout.
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatGithub, formatJson, formatText } from '../diagnostics/format.ts';
import { readRecordText } from '../load/read-file.ts';
import { paintFor, type CommandIO } from './io.ts';

export const REPORT_FORMATS = ['text', 'json', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

// Prints the diagnostics, their messages in the run's language; the text format reads the files again to show code frames.
export function report(diagnostics: Diagnostic[], format: ReportFormat, io: CommandIO): void {
  if (format === 'json') io.stdout.write(formatJson(diagnostics, io.messages));
  else if (format === 'github') io.stdout.write(formatGithub(diagnostics, io.messages));
  else if (diagnostics.length) {
    // each file is read once, however many problems it has
    const sources = new Map<string, string | undefined>();
    const source = (file: string) => (sources.has(file) ? sources.get(file) : sources.set(file, readSource(resolve(io.cwd, file))).get(file));
    io.stderr.write(formatText(diagnostics, paintFor(io.stderr, io.env), source, io.messages));
  }
}

// Reads a file's text for a code frame, or nothing when it cannot be read as a record file (a folder, a pipe, not UTF-8).
function readSource(path: string): string | undefined {
  const read = readRecordText(path, path);
  return 'text' in read ? read.text : undefined;
}
