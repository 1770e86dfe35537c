// The preview page in a real browser (Debian's Chromium): the section, live updates, problems, sources, years, changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyData } from '../support/data.ts';
import { HAS_CHROMIUM, launchChromium } from '../support/browser.ts';
import { startPreview, type Running } from '../support/preview.ts';

describe.skipIf(!HAS_CHROMIUM)('the preview page in Chromium', () => {
  let browser: Browser;
  let preview: Running;
  let page: Page;
  let enaro: string;
  let original: string;

  beforeAll(async () => {
    const data = copyData();
    // three report years to choose from: 2008 to 2010
    const office = join(data, 'office.yaml');
    writeFileSync(office, readFileSync(office, 'utf8').replace('firstReportYear: 2010', 'firstReportYear: 2008'));
    enaro = join(data, 'bodies', 'enaro.yaml');
    original = readFileSync(enaro, 'utf8');
    [browser, preview] = await Promise.all([launchChromium(), startPreview(['2010', '--port', '0'], dirname(data))]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });
  afterEach(async () => {
    await page?.close();
    writeFileSync(enaro, original);
  });

  // Opens the page at a year and waits for its first view.
  async function open(year = 2010): Promise<Page> {
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${preview.url}?year=${year}`);
    await page.waitForFunction(() => document.body.dataset.version !== undefined);
    return page;
  }

  // The section's text, non-breaking spaces folded, with the removed words (shown struck through) left out.
  const sectionText = (p: Page) =>
    p.evaluate(() => {
      const main = document.getElementById('section')!.cloneNode(true) as HTMLElement;
      main.querySelectorAll('del').forEach((del) => del.remove());
      return main.textContent!.replace(/\u00a0/g, ' ');
    });

  it('shows the section: its heading, six paragraphs and eighteen sentences', async () => {
    const p = await open();
    expect(await p.locator('#section h1').textContent()).toBe('Współpraca międzynarodowa');
    expect(await p.locator('#section p').count()).toBe(6);
    expect(await p.evaluate(() => new Set([...document.querySelectorAll('.sentence')].map((s) => (s as HTMLElement).dataset.sentence)).size)).toBe(18);
    expect(await sectionText(p)).toContain('w skład której wchodzi 15 państw UE oraz Szwajcaria i Norwegia.');
    expect(await p.locator('#problems').isHidden()).toBe(true);
  });

  it('shows a saved edit to a record without reloading', async () => {
    const p = await open();
    await p.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    writeFileSync(enaro, original.replace('euStates: 15', 'euStates: 22'));
    await p.waitForFunction(() => document.getElementById('section')!.textContent!.includes('wchodzą 22\u00a0państwa UE'), null, { timeout: 2000 });
    expect(await p.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it("shows an invalid record's problem at its file:line:column instead of the section", async () => {
    const p = await open();
    writeFileSync(enaro, original.replace('euStates: 15', 'euStates: fifteen'));
    await p.locator('#problems li').first().waitFor({ timeout: 3000 });
    expect(await p.locator('#problems li code').allTextContents()).toEqual(['data/bodies/enaro.yaml:13:13']);
    expect(await p.locator('#problems li').first().textContent()).toMatch(/^data\/bodies\/enaro\.yaml:13:13 error /);
    expect(await p.locator('#section').isHidden()).toBe(true);
    // fixed: the section comes back
    writeFileSync(enaro, original);
    await p.locator('#section h1').waitFor({ timeout: 3000 });
    expect(await p.locator('#problems').isHidden()).toBe(true);
  });

  it("shows a sentence's sources on hover, and keeps them shown on click", async () => {
    const p = await open();
    const sentence = p.locator('.sentence', { hasText: 'European Network of Asylum Reception Organisations' }).first();
    await sentence.hover();
    const panel = p.locator('#sources-panel');
    await panel.waitFor();
    const items = await panel.locator('li').allTextContents();
    expect(items.map((item) => item.split(' ')[0])).toEqual([
      'data/bodies/enaro.yaml:1',
      'data/office.yaml:4',
      'data/countries/switzerland.yaml:1',
      'data/countries/norway.yaml:1',
    ]);
    expect(items[0]).toContain('participations[0].from (19)');
    expect(items[0]).toContain('members.euStates (13)');
    // a click pins it: moving away leaves it shown
    await sentence.click();
    await p.mouse.move(5, 5);
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.getAttribute('data-sentence')).toBe(await sentence.getAttribute('data-sentence'));
    // a second click lets it go
    await sentence.click();
    await p.mouse.move(5, 5);
    expect(await panel.isHidden()).toBe(true);
  });

  it('switches years with the selector', async () => {
    const p = await open();
    expect(await p.locator('#year option').allTextContents()).toEqual(['2008', '2009', '2010']);
    await p.selectOption('#year', '2009');
    await p.waitForFunction(() => !document.getElementById('section')!.textContent!.includes('ENARO'));
    expect(new URL(p.url()).search).toBe('?year=2009');
    expect(await p.locator('#compared').textContent()).toBe('Marked: changes since 2008.');
    expect(await sectionText(p)).toContain('Współpraca międzynarodowa');
  });

  it('marks the words added and removed since the previous year', async () => {
    const p = await open();
    expect(await p.locator('#compared').textContent()).toBe('Marked: changes since 2009.');
    expect((await p.locator('#section ins').allTextContents()).join(' ')).toContain('European Network of Asylum Reception Organisations');
    // 2009's "współrealizuje" (the project ran then) is 2010's "współrealizował"
    expect(await p.locator('#section del').allTextContents()).toContain('współrealizuje');
    expect(await p.locator('#section ins').allTextContents()).toContain('współrealizował');
  });
});
