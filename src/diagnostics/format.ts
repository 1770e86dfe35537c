// Formats diagnostics for people (with a code frame), for programs (JSON) and for GitHub Actions.
import { Chalk } from 'chalk';
import { showSafely } from './characters.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { Messages } from '../i18n/messages.ts';

/** Colours for the text format; identity functions when colour is off. */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  cyan(text: string): string;
}

// Returns chalk's colours (the 16 every terminal shows) when colour is on, functions that return the text when off.
export function paint(colour: boolean): Paint {
  const chalk = new Chalk({ level: colour ? 1 : 0 });
  return { red: chalk.red, yellow: chalk.yellow, cyan: chalk.cyan, dim: chalk.dim, bold: chalk.bold };
}

// Formats diagnostics as text: "file:line:column - error code: message" ("file - …" for a file or folder as a whole),
// a code frame, then a count. Nothing from the data reaches the terminal raw: controls and the like are shown as
// visible characters (./characters.ts). The messages are written in the language of `messages`.
export function formatText(diagnostics: Diagnostic[], paint: Paint, source: (file: string) => string | undefined, messages: Messages): string {
  const { t, text } = messages;
  const parts = diagnostics.map((d) => {
    const severity = d.severity === 'error' ? paint.red(t('severity.error')) : paint.yellow(t('severity.warning'));
    const where =
      d.line > 0 ? `${paint.cyan(showSafely(d.file))}:${paint.yellow(String(d.line))}:${paint.yellow(String(d.column))}` : paint.cyan(showSafely(d.file));
    const head = `${where} - ${severity} ${paint.dim(showSafely(d.code))}: ${showSafely(text(d.message))}`;
    const frame = d.line > 0 ? codeFrame(source(d.file), d.line, d.column, paint) : '';
    return frame ? `${head}\n${frame}` : head;
  });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const count = [errors && t('found.errors', { count: errors }), warnings && t('found.warnings', { count: warnings })].filter(Boolean).join(', ');
  return parts.length ? `${parts.join('\n\n')}\n\n${paint.bold(t('found', { count }))}\n` : '';
}

/** Lines longer than this are shown as a window around the column. */
const MAX_FRAME_WIDTH = 120;

// Shows the line of a problem with its neighbours and a caret under the column.
export function codeFrame(text: string | undefined, line: number, column: number, paint: Paint): string {
  if (text === undefined) return '';
  const lines = linesOf(text);
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  // a long line shows only a window around the column, the same for every line of the frame
  const start = lines[line - 1]!.length > MAX_FRAME_WIDTH ? Math.max(0, column - 1 - MAX_FRAME_WIDTH / 2) : 0;
  const clip = (text: string) =>
    text.length <= start ? '' : `${start > 0 ? '…' : ''}${text.slice(start, start + MAX_FRAME_WIDTH)}${text.length > start + MAX_FRAME_WIDTH ? '…' : ''}`;
  for (let n = first; n <= last; n++) {
    const marker = n === line ? paint.red('>') : ' ';
    out.push(`${marker} ${paint.dim(`${String(n).padStart(width)} |`)} ${showSafely(clip(lines[n - 1]!))}`);
    if (n === line) out.push(`  ${' '.repeat(width)} ${paint.dim('|')} ${' '.repeat(Math.max(0, column - 1 - start + (start > 0 ? 1 : 0)))}${paint.red('^')}`);
  }
  return out.join('\n');
}

let split: { text: string; lines: string[] } | undefined;

// Splits a text into lines, remembering the last text: diagnostics come sorted by file, many to a file.
function linesOf(text: string): string[] {
  if (split?.text !== text) split = { text, lines: text.replace(/^\uFEFF/, '').split(/\r?\n/) };
  return split.lines;
}

/** A diagnostic with its message written in a language: what a JSON report and the preview page show. */
export interface WrittenDiagnostic extends Omit<Diagnostic, 'message'> {
  message: string;
}

// Writes the message of each diagnostic in the language of `messages`, as {file, line, column, severity, code, message}.
export function writtenIn(diagnostics: readonly Diagnostic[], messages: Messages): WrittenDiagnostic[] {
  return diagnostics.map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message: messages.text(message) }));
}

// Formats diagnostics as a JSON array of {file, line, column, severity, code, message}, the message in the language of
// `messages`.
export function formatJson(diagnostics: Diagnostic[], messages: Messages): string {
  const plain = writtenIn(diagnostics, messages);
  return `${JSON.stringify(plain, null, 2)}\n`;
}

// Formats diagnostics as GitHub Actions workflow commands (::error file=…,line=…,col=…::message; file=… alone for a file
// or folder as a whole). Controls from the data are shown as visible characters, never raw in the log.
export function formatGithub(diagnostics: Diagnostic[], messages: Messages): string {
  const escapeData = (s: string) => showSafely(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return diagnostics
    .map(
      (d) =>
        `::${d.severity} file=${escapeProperty(d.file)}${d.line > 0 ? `,line=${d.line},col=${d.column}` : ''},title=${escapeProperty(d.code)}::${escapeData(messages.text(d.message))}\n`,
    )
    .join('');
}
