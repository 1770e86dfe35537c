// The errors of a failed or stopped conversion to PDF, apart from the converter (./pdf.ts), which loads only when PDF is asked for.
import { MessageError } from '../i18n/message.ts';

/** LibreOffice is not installed, or it could not convert: the user sees the message, exit code 2. */
export class ConverterError extends MessageError {
  override name = 'ConverterError';
}

/** A signal (Ctrl-C, SIGTERM, the terminal closed) came while LibreOffice converted: it was ended, and nothing written. */
export class ConversionStopped extends Error {
  override name = 'ConversionStopped';
  constructor(readonly signal: NodeJS.Signals) {
    super(`stopped by ${signal}`);
  }
}
