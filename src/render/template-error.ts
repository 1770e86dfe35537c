// Errors met while rendering templates: user errors with a place, never a stack trace.

import type { DataOrigin } from '../diagnostics/origin.ts';
import { type Message, MessageError } from '../i18n/message.ts';

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
