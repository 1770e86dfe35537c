// Chromium from Debian's packages, driven by playwright-core: no browser is ever downloaded.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser tests can run here; where they cannot, they are skipped with a note. */
export const HAS_CHROMIUM = existsSync(CHROMIUM);

if (!HAS_CHROMIUM) console.warn(`note: ${CHROMIUM} is missing, so the browser tests are skipped; install it with: apt-get install -y chromium (.ci/run does)`);

// Starts a headless Chromium.
export function launchChromium(): Promise<Browser> {
  // as root (CI, containers) Chromium runs only without its sandbox
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
}
