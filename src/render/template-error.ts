// Errors met while rendering templates: user errors with a place, never a stack trace.

import { positionAt } from '../diagnostics/diagnostic.ts';
import type { DataOrigin } from '../diagnostics/origin.ts';
import { message, type Message, MessageError } from '../i18n/message.ts';

/** A template asked the data for something it does not hold (a case form, a field). */
export class TemplateDataError extends MessageError {
  override name = 'TemplateDataError';
  constructor(
    said: Message,
    /** Where the value that lacks it was written, when it comes from a record: the problem is reported there. */
    readonly origin?: DataOrigin,
    /** The case form that was asked for, when that is what is missing. */
    readonly form?: string,
  ) {
    super(said);
  }
}

/** A problem of the data that a template met, where it met it. */
export interface DataProblem {
  error: TemplateDataError & { origin: DataOrigin };
  template: string;
  line: number;
  column: number;
}

/** A template that cannot be compiled or run, located in its file. */
export class TemplateError extends MessageError {
  override name = 'TemplateError';
  constructor(
    said: Message,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(said);
  }
}

/** The fields of the section template's view, which a partial reaches as @root.<field>. */
export const ROOT_FIELDS = ['year', 'heading', 'office', 'paragraphs'];

// Gives a Handlebars runtime error the template file, line and column it happened at, in words a template author reads;
// Handlebars' own words are quoted as they are.
export function located(error: unknown, file: string, source: string): unknown {
  if (error instanceof TemplateError) return error;
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const text = String(e.message ?? error).replace(/ - \d+:\d+$/, '');
  let said: Message = error instanceof TemplateDataError ? error.said : message('template.handlebars', { message: text });
  const line = e.lineNumber ?? 1;
  const column = (e.column ?? 0) + 1;
  // strict mode: "motto" not defined in [object Object]
  const missing = /^"(.+)" not defined in /.exec(text);
  if (missing) {
    const expression = /^[^\s}()]+/.exec(source.split('\n')[line - 1]?.slice(column - 1) ?? '')?.[0];
    const where = expression && expression !== missing[1] ? expression : undefined;
    // a partial runs on its block; the section's own fields are under @root there
    const root = ROOT_FIELDS.includes(missing[1]!) && expression === missing[1];
    said = message('template.missing-field', { field: missing[1]!, expression: where ?? 'none', root: root ? 'yes' : 'no' });
  }
  return new TemplateError(said, file, line, column);
}

// Finds where a template includes a partial ("{{> name", "{{#> name", with "~" or spaces), or its start.
export function inclusionPlace(source: string, name: string): { line: number; column: number } {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`\\{\\{~?#?>\\s*${escaped}(?=[\\s}~(])`).exec(source);
  return found ? positionAt(source, found.index) : { line: 1, column: 1 };
}
