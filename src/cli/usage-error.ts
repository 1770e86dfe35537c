// A mistake in how the tool was called: printed with the usage line, exit code 2.
import { MessageError } from '../i18n/message.ts';

/** The command line asks for something the tool cannot do as asked. */
export class UsageError extends MessageError {
  override name = 'UsageError';
}
