#!/usr/bin/env node
// The coop-report command: hands the arguments and streams to main() and exits with its code.
// CommonJS (bin/package.json says so), which Node.js starts sooner than an ES module.
'use strict';
const { main } = require('../dist/cli.cjs');

/** The exit code when the reader of stdout or stderr has gone: 128 + SIGPIPE (13), as a shell shows for `seq` in `seq 1000000 | head -1`. */
const CLOSED_PIPE = 141;

// Ends the run at once, writing nothing more, when a write failed because its reader has gone (`coop-report years | head -1`).
function endIfClosed(error) {
  if (error && error.code === 'EPIPE') process.exit(CLOSED_PIPE);
}

// Gives main() a stream that ends the run at the write its reader refuses, as SIGPIPE ends a Unix tool (Node.js ignores
// SIGPIPE); a write still queued that fails later does the same. Any other error of the stream is thrown as before.
function guarded(stream) {
  stream.on('error', (error) => {
    endIfClosed(error);
    throw error;
  });
  return {
    isTTY: stream.isTTY,
    write(text) {
      const written = stream.write(text);
      endIfClosed(stream.errored);
      return written;
    },
  };
}

const io = { stdout: guarded(process.stdout), stderr: guarded(process.stderr), env: process.env, cwd: process.cwd() };
main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
  // Exit at once when all output is out: a natural exit first tears the environment down and waits for V8's
  // background compiler, about a millisecond. Output still queued (a pipe on macOS) is left to drain first.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
});
