// A problem found in the data or templates, as plain data.
import type { Text } from '../i18n/params.ts';
import type { Code } from './codes.ts';

export type Severity = 'error' | 'warning';

/**
 * One located problem. Its message is data (a message of the catalogues, or a library's own words, or a list of both),
 * written in the run's language where it is printed (./format.ts). `file` is as the user named it (relative to the working folder when inside it). Line and
 * column 0 mean the file or folder as a whole (a data folder without office.yaml, a reference document that is no zip).
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: Text;
  file: string;
  line: number;
  column: number;
}

/** Where in a file something stands (1-based). */
export interface Position {
  line: number;
  column: number;
}

/** The position of a problem with a file or folder as a whole, not with a place in it. */
export const WHOLE: Position = { line: 0, column: 0 };

// Returns the 1-based line and column of an offset in a text.
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

// Builds an error diagnostic.
export function error(code: Code, message: Text, file: string, at: Position = { line: 1, column: 1 }): Diagnostic {
  return { severity: 'error', code, message, file, line: at.line, column: at.column };
}

// Builds a warning diagnostic.
export function warning(code: Code, message: Text, file: string, at: Position = { line: 1, column: 1 }): Diagnostic {
  return { severity: 'warning', code, message, file, line: at.line, column: at.column };
}

// Tells whether any diagnostic is an error.
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

// Orders diagnostics by file, line and column.
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
}
