// A problem found in the data or templates, as plain data.
import type { Code } from './codes.ts';

export type Severity = 'error' | 'warning';

/**
 * One located problem. `file` is as the user named it (relative to the working folder when inside it). Line and
 * column 0 mean the file or folder as a whole (a data folder without office.yaml, a reference document that is no zip).
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
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

// Builds an error diagnostic.
export function error(code: Code, message: string, file: string, at: Position = { line: 1, column: 1 }): Diagnostic {
  return { severity: 'error', code, message, file, line: at.line, column: at.column };
}

// Builds a warning diagnostic.
export function warning(code: Code, message: string, file: string, at: Position = { line: 1, column: 1 }): Diagnostic {
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
