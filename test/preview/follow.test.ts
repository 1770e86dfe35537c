// The preview keeps following the data folder whatever happens to it, says what it cannot follow, and ends on Ctrl-C
// even in the middle of a rendering: through the real bin, with real files.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/data.ts';
import { openEvents, startPreview, starterWork, type ViewStream } from '../support/preview.ts';

/** The user the preview runs as where a folder must be unreadable to it: root reads everything, so nobody (65534) then. */
const AS = process.getuid?.() === 0 ? 65534 : undefined;

/** Whether that user can run this Node.js: not one installed in a folder only root may enter (npx's cache in /root). */
const RUNS_AS = AS === undefined || !spawnSync(process.execPath, ['-e', '0'], { uid: AS, gid: AS }).error;

// Changes the Office's short name in a data folder: a saved edit whose effect the section shows.
function renameOffice(data: string, to: string): void {
  const office = join(data, 'office.yaml');
  writeFileSync(office, readFileSync(office, 'utf8').replace(/(short:\n(?:.*\n)*?\s+nom:) \S+/, `$1 ${to}`));
}

// Waits for the view that shows the Office's short name, with nothing the preview cannot follow.
function shows(events: ViewStream, name: string) {
  return events.next((view) => view.html?.includes(`${name}, w\u00a0zakresie swoich zadań`) === true && view.notices.length === 0, 10_000);
}

describe('coop-report preview follows the data folder', () => {
  it('follows it when it is deleted and put back, again and again, and says while it is gone', async () => {
    const work = starterWork();
    const data = join(work, 'data');
    const preview = await startPreview(['2024', '--port', '0'], work);
    const events = await openEvents(preview.url, 2024);
    try {
      await events.next();
      for (const name of ['Biuro', 'Agencja']) {
        cpSync(data, join(work, 'kept'), { recursive: true });
        rmSync(data, { recursive: true });
        const gone = await events.next((view) => view.notices.length > 0, 10_000);
        expect([gone.html, gone.notices]).toEqual([null, ['"data" is not there; the preview follows it again as soon as it is back.']]);
        renameSync(join(work, 'kept'), data);
        await shows(events, 'Urząd');
        // a save after it is back is seen
        renameOffice(data, name);
        await shows(events, name);
        renameOffice(data, 'Urząd');
        await shows(events, 'Urząd');
      }
      const gone = 'coop-report: "data" is not there; the preview follows it again as soon as it is back.\n';
      const back = 'coop-report: Following the changes in "data" again.\n';
      expect(preview.output.stderr).toBe(`${gone}${back}${gone}${back}`);
    } finally {
      events.close();
      await preview.stop();
    }
  }, 60_000);

  it('follows a data folder that is a symbolic link, to its new target when it is pointed elsewhere, and lives through a link loop', async () => {
    const work = tempDir();
    cpSync(join(ROOT, 'starter', 'en'), join(work, 'first'), { recursive: true });
    cpSync(join(work, 'first'), join(work, 'second'), { recursive: true });
    renameOffice(join(work, 'second', 'data'), 'Agencja');
    symlinkSync(join('first', 'data'), join(work, 'data'));
    cpSync(join(work, 'first', 'coop-report.config.yaml'), join(work, 'coop-report.config.yaml'));
    const preview = await startPreview(['2024', '--port', '0'], work);
    const events = await openEvents(preview.url, 2024);
    try {
      await events.next();
      // a save in the linked folder
      renameOffice(join(work, 'first', 'data'), 'Biuro');
      await shows(events, 'Biuro');
      // links that loop, and one to the folder above, inside the data folder
      symlinkSync('loop', join(work, 'first', 'data', 'loop'));
      symlinkSync('..', join(work, 'first', 'data', 'up'));
      renameOffice(join(work, 'first', 'data'), 'Urząd');
      await shows(events, 'Urząd');
      // the link pointed at another folder
      rmSync(join(work, 'data'));
      symlinkSync(join('second', 'data'), join(work, 'data'));
      await shows(events, 'Agencja');
      renameOffice(join(work, 'second', 'data'), 'Biuro');
      await shows(events, 'Biuro');
      expect(preview.output.stderr).toBe('');
    } finally {
      events.close();
      await preview.stop();
    }
  }, 60_000);

  it.skipIf(!RUNS_AS)(
    'says on the page and on stderr that it cannot read a folder, follows the rest, and that folder once it can',
    async () => {
      const work = starterWork();
      const data = join(work, 'data');
      // the temporary folder is open to its owner only
      if (AS !== undefined) chownSync(work, AS, AS);
      const preview = await startPreview(['2024', '--port', '0'], work, AS);
      const events = await openEvents(preview.url, 2024);
      try {
        await events.next();
        // a folder it may not read, put in whole
        const closed = join(work, 'closed');
        mkdirSync(closed);
        writeFileSync(join(closed, 'note.txt'), 'x');
        chmodSync(closed, 0o000);
        renameSync(closed, join(data, 'closed'));
        const notice =
          'Cannot follow the changes in "data/closed" (no permission to read it); the rest is followed as before, and this path again as soon as it can be read.';
        const told = await events.next((view) => view.notices.length > 0, 10_000);
        expect([told.notices, told.html === null]).toEqual([[notice], false]);
        // the rest is followed
        renameOffice(data, 'Biuro');
        await events.next((view) => view.html?.includes('Biuro, w\u00a0zakresie swoich zadań') === true, 10_000);
        // readable again: followed again, and said so
        chmodSync(join(data, 'closed'), 0o755);
        await events.next((view) => view.notices.length === 0, 10_000);
        expect(preview.output.stderr).toBe(`coop-report: ${notice}\ncoop-report: Following the changes in "data/closed" again.\n`);
      } finally {
        events.close();
        await preview.stop();
      }
    },
    60_000,
  );
});

describe('coop-report preview, stopped during a rendering', () => {
  it('ends at once on Ctrl-C while it renders 3,000 records', async () => {
    const work = starterWork();
    const data = join(work, 'data');
    rmSync(data, { recursive: true });
    execFileSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--records', '3000', '--out', data]);
    const preview = await startPreview(['2015', '--port', '0'], work);
    // a page asks for its view, which takes seconds to render: nothing has come back 300 ms later
    const port = Number(new URL(preview.url).port);
    const page = connect(port, '127.0.0.1').on('error', () => {});
    let received = '';
    page.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    page.write(`GET /events?year=2015 HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    try {
      expect(received).not.toContain('event: view');
      const sent = Date.now();
      const stopped = await preview.stop();
      expect([stopped.code, stopped.signal, stopped.stderr, Date.now() - sent < 2000]).toEqual([null, 'SIGINT', '', true]);
      expect(received).not.toContain('event: view');
    } finally {
      page.destroy();
    }
  }, 60_000);
});
