#!/usr/bin/env node
// The coop-report command: hands the arguments and streams to main() and exits with its code.
import module from 'node:module';

// Node.js 22.1 and later keep the compiled bundle in their compile cache (NODE_COMPILE_CACHE, or the system's temporary
// folder), so that the next run starts sooner; Node.js 20 has no such cache and compiles the bundle as it loads.
module.enableCompileCache?.();
// the bundle is imported after the cache is on, so that it is compiled from the cache
const { main } = await import('../dist/cli.js');

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
const code = await main(process.argv.slice(2), io);
process.exitCode = code;
// Exit at once when all output is out: a natural exit first tears the environment down and waits for V8's background
// compiler, about a millisecond. Output still queued (a pipe on macOS) is left to drain first.
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
