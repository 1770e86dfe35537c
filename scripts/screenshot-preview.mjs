// Photographs the preview of the 2010 section, the ENARO sentence's sources shown, to docs/images/preview-2010.png
// for the README. Run with `npm run screenshot:preview` (which bundles first); needs Debian's chromium (/usr/bin/chromium).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const image = join(root, 'docs', 'images', 'preview-2010.png');

// the preview through the command line, as a user starts it, on any free port
const preview = spawn(process.execPath, [join(root, 'bin', 'coop-report.js'), 'preview', '2010', '--port', '0'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stopped = new Promise((resolve) => preview.once('exit', resolve));
let printed = '';
const url = await new Promise((resolve, reject) => {
  preview.stdout.setEncoding('utf8').on('data', (text) => {
    printed += text;
    const found = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(printed);
    if (found) resolve(found[1]);
  });
  stopped.then((code) => reject(new Error(`coop-report preview exited with ${code}`)));
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1240 } });
  await page.goto(url);
  await page.locator('#section .sentence').first().waitFor();
  // the sentence the README talks about, its sources kept shown as a click keeps them
  await page.locator('.sentence', { hasText: 'European Network of Asylum Reception Organisations' }).first().click();
  await page.mouse.move(1, 1200);
  mkdirSync(join(root, 'docs', 'images'), { recursive: true });
  await page.screenshot({ path: image });
  console.log(image);
} finally {
  await browser.close();
  preview.kill('SIGINT');
  await stopped;
}
