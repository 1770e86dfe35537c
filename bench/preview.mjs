#!/usr/bin/env node
// The preview case of the benchmark: how soon the open page shows a saved edit. `coop-report preview 2010` serves a
// copy of data/, Debian's Chromium (driven by playwright-core, no browser downloaded) opens the page, and a record is
// saved with a new value ten times; each time is from the file's write to the frame after the page's section holds
// the new text, both read on the machine's clock. `npm run bench` runs it with each Node.js it measures;
// `node bench/preview.mjs [--node PATH] [--rounds N]` runs it alone and prints the median and range.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'coop-report.js');
/** Where Debian's chromium package puts the browser. */
const CHROMIUM = '/usr/bin/chromium';
/** The record edited, and the value that changes: how many EU states belong to ENARO ("wchodzi 15 państw UE"). */
const RECORD = join('bodies', 'enaro.yaml');
const VALUE = /euStates: \d+/;
/** How long one saved edit may take to show before the run fails. */
const TIMEOUT_MS = 10_000;

// Starts `coop-report preview 2010` on a data folder with a Node.js; resolves with its address and a stop function.
function startPreview(node, work) {
  const child = spawn(node, [BIN, 'preview', '2010', '--port', '0'], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text) => (output += text));
  child.stderr.setEncoding('utf8').on('data', (text) => (output += text));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.kill('SIGINT');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (!url) return;
      clearInterval(poll);
      resolve({ url, stop });
    }, 10);
    void exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`preview exited with ${code} before serving:\n${output}`));
    });
  });
}

// Returns the middle value (the mean of the two middle ones for an even count).
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Measures how soon the page shows each of `rounds` saved edits (after one not counted); returns the times in ms.
export async function previewCase(node = process.execPath, rounds = 10, log = () => {}) {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is missing` };
  const { chromium } = await import('playwright-core');
  const work = mkdtempSync(join(tmpdir(), 'coop-report-bench-preview-'));
  const data = join(work, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
  const record = join(data, RECORD);
  const original = readFileSync(record, 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  const preview = await startPreview(node, work);
  try {
    const page = await browser.newPage();
    await page.goto(`${preview.url}?year=2010`);
    await page.waitForFunction(() => document.body.dataset.version !== undefined);
    log(`preview: ${rounds} saved edits, after one not counted`);
    const times = [];
    for (let round = 0; round <= rounds; round++) {
      const states = 16 + (round % 10);
      const shown = `${states}\u00a0państw`;
      // the page notes the time of the frame after its section first holds the new text
      await page.evaluate((text) => {
        const section = document.getElementById('section');
        window.benchShown = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!section.textContent.includes(text)) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
          });
          observer.observe(section, { childList: true, subtree: true, characterData: true });
        });
      }, shown);
      const written = performance.timeOrigin + performance.now();
      writeFileSync(record, original.replace(VALUE, `euStates: ${states}`));
      const at = await page.evaluate(
        (ms) => Promise.race([window.benchShown, new Promise((_, reject) => setTimeout(() => reject(new Error(`not shown within ${ms} ms`)), ms))]),
        TIMEOUT_MS,
      );
      if (round > 0) times.push(at - written);
    }
    return { times, median: median(times), low: Math.min(...times), high: Math.max(...times) };
  } finally {
    await browser.close();
    await preview.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

// Runs the case alone: `node bench/preview.mjs [--node PATH] [--rounds N]`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const value = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const node = value('--node', process.execPath);
  const result = await previewCase(node, Number(value('--rounds', 10)), (line) => process.stderr.write(`${line}\n`));
  if (result.skipped) console.log(`preview: not measured, ${result.skipped}`);
  else
    console.log(
      `preview (${node}): a saved edit shown after ${result.median.toFixed(0)} ms (median of ${result.times.length}; ${result.low.toFixed(0)}–${result.high.toFixed(0)} ms): ${result.times.map((t) => t.toFixed(0)).join(', ')}`,
    );
}
