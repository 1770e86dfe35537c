// The exit codes, in one place (also in the README).

/** Success: the data is valid (warnings allowed) and every file was written. */
export const OK = 0;
/** The data (or a custom template) has errors; nothing was written. */
export const DATA_ERRORS = 1;
/** The tool was used wrongly (unknown option, malformed year) or failed inside. */
export const USAGE = 2;
/** A signal stopped `build` while LibreOffice converted (Ctrl-C: 130), as a shell shows a program a signal ended: 128 + its number. */
export const STOPPED_BY: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
