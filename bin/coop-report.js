#!/usr/bin/env node
// The coop-report command: hands the arguments and streams to main() and exits with its code.
import { main } from '../dist/cli.js';

const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
process.exitCode = await main(process.argv.slice(2), io);
