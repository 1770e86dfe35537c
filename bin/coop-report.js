#!/usr/bin/env node
// The coop-report command: hands the arguments and streams to main() and exits with its code.
// CommonJS (bin/package.json says so), which Node.js starts sooner than an ES module.
'use strict';
const { main } = require('../dist/cli.cjs');

const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
