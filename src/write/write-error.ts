// A file that cannot be written because of where it goes (no permission, a full disk, a file where a folder should
import { message, MessageError, type Message } from '../i18n/message.ts';
// be): the user's environment, not a bug, so it is told as such, at the path, with what to do; exit code 2.

/** A write failed for a reason outside coop-report; `path` is the file or folder coop-report was writing. */
export class WriteError extends MessageError {
  override name = 'WriteError';
  constructor(
    said: Message,
    readonly path: string,
    /** The diagnostic code it is reported with: the environment's refusal, or a file that came out broken. */
    readonly code: 'cannot-write' | 'bad-output' = 'cannot-write',
  ) {
    super(said);
  }
}

// Explains a failed file-system call at a path; an error that is not the environment's is returned as it is.
export function writeProblem(cause: unknown, path: string): unknown {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return code && (REASONS as readonly string[]).includes(code)
    ? new WriteError(message('write.cannot', { reason: message(`write.${code as (typeof REASONS)[number]}`) }), path)
    : cause;
}

/** The system errors that are the environment's, each explained in the catalogues (write.<code>: what it means here, and what to do). */
const REASONS = [
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EDQUOT',
  'EEXIST',
  'ENOTDIR',
  'ENOENT',
  'EISDIR',
  'ENAMETOOLONG',
  'ELOOP',
  'EMFILE',
  'EIO',
  'EBUSY',
  'ETXTBSY',
] as const;
