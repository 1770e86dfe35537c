#!/usr/bin/env node
// The HTML case of the benchmark: every year of a synthetic data set built as HTML (each sentence marked and traced to
// its records) against the same built as Markdown, at 5,000 and 50,000 records. HTML must grow with the records as
// Markdown does: linear in records and text, not in records × sentences. `npm run bench` runs it after the scale
// rows; `node bench/html.mjs [--sizes 5000,50000]` runs it alone and prints its section.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRecords, writeDataFolder } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'coop-report.js');

/** The sizes built, and the growth HTML may show from one to the next: no more than the records grow. */
const SIZES = [5000, 50000];

// Builds every year of a data folder in one format, once, and returns the wall time in seconds.
function buildAll(data, out, format) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, 'build', '--all', '--data', data, '--out', out, '--format', format, '-q'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.status !== 0) throw new Error(`build --all --format ${format} exited with ${run.status ?? run.signal}:\n${String(run.stderr).slice(0, 2000)}`);
  rmSync(out, { recursive: true, force: true });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// Times Markdown and HTML for every year at each size, on data generated with seed 1.
export function htmlCase(sizes = SIZES, log = () => {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'coop-report-bench-html-'));
  try {
    return sizes.map((size) => {
      const data = join(scratch, `data-${size}`);
      log(`html: generating ${size} records`);
      writeDataFolder(data, generateRecords(size));
      log(`html: every year at ${size} records as Markdown, then as HTML`);
      const markdown = buildAll(data, join(scratch, 'out'), 'md');
      const html = buildAll(data, join(scratch, 'out'), 'html');
      rmSync(data, { recursive: true, force: true });
      return { size, markdown, html };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// Lays out the case as a Markdown section: a row per size, and whether HTML grew no faster than the records.
export function htmlSection(rows) {
  const lines = ['## HTML', ''];
  lines.push('Every year 2000–2025 built with `coop-report build --all` as Markdown (`--format md`) and as HTML (`--format html`,');
  lines.push('each sentence marked and traced to its records), once each, on the synthetic data sets above. Growth is the HTML');
  lines.push('time against the row before; it is within target when it grows no more than the records.', '');
  lines.push('| records | Markdown, every year | HTML, every year | HTML / Markdown | growth of HTML |', '| ---: | ---: | ---: | ---: | ---: |');
  rows.forEach((row, i) => {
    const before = rows[i - 1];
    const growth = before ? `${(row.html / before.html).toFixed(2)}× (${row.html / before.html <= row.size / before.size ? 'met' : 'NOT met'})` : '–';
    lines.push(
      `| ${row.size.toLocaleString('en')} | ${row.markdown.toFixed(2)} s | ${row.html.toFixed(2)} s | ${(row.html / row.markdown).toFixed(2)}× | ${growth} |`,
    );
  });
  lines.push('');
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--sizes');
  const sizes = at >= 0 ? process.argv[at + 1].split(',').map(Number) : SIZES;
  process.stdout.write(htmlSection(htmlCase(sizes, (line) => process.stderr.write(`${line}\n`))).join('\n'));
}
