#!/usr/bin/env node
// The coop-report command: hands the arguments and streams to main() and exits with its code.
// CommonJS (bin/package.json says so), which Node.js starts sooner than an ES module.
'use strict';
const { main } = require('../dist/cli.cjs');

const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
  // Exit at once when all output is out: a natural exit first tears the environment down and waits for V8's
  // background compiler, about a millisecond. Output still queued (a pipe on macOS) is left to drain first.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
});
