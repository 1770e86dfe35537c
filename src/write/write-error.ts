// A file that cannot be written because of where it goes (no permission, a full disk, a file where a folder should
// be): the user's environment, not a bug, so it is told as such, at the path, with what to do; exit code 2.

/** A write failed for a reason outside coop-report; `path` is the file or folder coop-report was writing. */
export class WriteError extends Error {
  override name = 'WriteError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

// Explains a failed file-system call at a path; an error that is not the environment's is returned as it is.
export function writeProblem(cause: unknown, path: string): unknown {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? REASONS[code] : undefined;
  return reason ? new WriteError(`Cannot write here: ${reason}`, path) : cause;
}

/** Where else to write. */
const ELSEWHERE = 'choose another folder (build: --out, or "out" in the config file)';

/** What each system error means here, and what to do about it. */
const REASONS: Record<string, string> = {
  EACCES: `permission denied. Make the folder writable, or ${ELSEWHERE}.`,
  EPERM: `the operation is not permitted. Make the folder writable, or ${ELSEWHERE}.`,
  EROFS: 'the file system is read-only. Choose another folder (build: --out, or "out" in the config file).',
  ENOSPC: `the disk is full. Free some space, or ${ELSEWHERE}; the files already there are unchanged.`,
  EDQUOT: `your disk quota is used up. Free some space, or ${ELSEWHERE}; the files already there are unchanged.`,
  EEXIST: `a file stands where a folder is needed. Move the file, or ${ELSEWHERE}.`,
  ENOTDIR: `a file stands where a folder is needed. Move the file, or ${ELSEWHERE}.`,
  ENOENT: `a link on the path leads nowhere, or a folder was removed meanwhile. Fix the link, or ${ELSEWHERE}.`,
  EISDIR: `it is a folder, where coop-report writes a file. Move or rename the folder, or ${ELSEWHERE}.`,
  ENAMETOOLONG: 'the path is too long. Choose a folder with a shorter path.',
  ELOOP: 'the path goes round in a circle of symbolic links. Choose another folder (build: --out, or "out" in the config file).',
  EMFILE: 'too many files are open. Close some programs and try again.',
  EIO: `the disk reported an input/output error. Check the disk, or ${ELSEWHERE}.`,
  EBUSY: 'the file is in use by another program (open in Word?). Close it and try again.',
  ETXTBSY: 'the file is in use by another program. Close it and try again.',
};
