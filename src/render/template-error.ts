// Errors met while rendering templates: user errors with a place, never a stack trace.

/** A template asked the data for something it does not hold (a case form, a field). */
export class TemplateDataError extends Error {
  override name = 'TemplateDataError';
}

/** A template that cannot be compiled or run, located in its file. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}
