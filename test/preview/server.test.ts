// The preview server through the real bin: what it serves, how it follows saved changes, a port in use, Ctrl-C.
import { readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEvents, sendRaw, startPreview, starterWork, type Running } from '../support/preview.ts';

// Sends a request and returns the status and body.
function get(url: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.host ? { host: options.host } : {} }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
}

describe('coop-report preview', () => {
  let work: string;
  let preview: Running;

  beforeAll(async () => {
    work = starterWork();
    preview = await startPreview(['2024', '--port', '0'], work);
  });
  afterAll(async () => {
    await preview?.stop();
  });

  it('says where it serves', () => {
    expect(preview.output.stdout).toBe(
      `Previewing the 2024 section at ${preview.url}\nThe page updates when a record, template or the config file is saved. Ctrl-C stops.\n`,
    );
  });

  it.each([
    ['the page', '/', {}, 200, '<!doctype html>\n<html lang="pl">'],
    ['no other path', '/data/office.yaml', {}, 404, 'Not found: coop-report preview serves the page at / and its updates at /events.\n'],
    ['no path out of the folder', '/../package.json', {}, 404, 'Not found: coop-report preview serves the page at / and its updates at /events.\n'],
    ['no other method', '/', { method: 'POST' }, 405, 'Method not allowed: coop-report preview only reads (GET and HEAD).\n'],
    ['no other host name', '/', { host: 'example.com' }, 403, 'coop-report preview answers only at 127.0.0.1 and localhost.\n'],
  ])('serves %s', async (_what, path, options, status, start) => {
    const response = await get(new URL(path, preview.url).href, options);
    expect([response.status, response.body.slice(0, start.length)]).toEqual([status, start]);
  });

  const NOT_FOUND = 'Not found: coop-report preview serves the page at / and its updates at /events.\n';
  const BAD = 'Bad request: coop-report preview serves the page at / and its updates at /events.\n';
  // each a request as raw bytes (HOST: this server's Host header), with the status line and body it gets
  it.each<[string, string | Buffer, string, string]>([
    ['a target that is no URL (a port out of range)', 'GET //a:99999/ HTTP/1.1\r\nHOST\r\n\r\n', 'HTTP/1.1 400 Bad Request', BAD],
    ['a target with a host in it', 'GET //evil.example/ HTTP/1.1\r\nHOST\r\n\r\n', 'HTTP/1.1 400 Bad Request', BAD],
    ['a backslash target that is no URL', 'GET /\\a:99999/ HTTP/1.1\r\nHOST\r\n\r\n', 'HTTP/1.1 400 Bad Request', BAD],
    ['an absolute URL as the target', 'GET http://127.0.0.1/ HTTP/1.1\r\nHOST\r\n\r\n', 'HTTP/1.1 400 Bad Request', BAD],
    ['an asterisk as the target', 'OPTIONS * HTTP/1.1\r\nHOST\r\n\r\n', 'HTTP/1.1 400 Bad Request', BAD],
    ['a malformed target from another host', 'GET //a:99999/ HTTP/1.1\r\nHost: evil.example\r\n\r\n', 'HTTP/1.1 400 Bad Request', BAD],
    ['an unknown method', 'BREW / HTTP/1.1\r\nHOST\r\n\r\n', 'HTTP/1.1 400 Bad Request', ''],
    ['bytes that are not UTF-8 in the target', Buffer.from('GET /\xff\xfe HTTP/1.1\r\nHOST\r\n\r\n', 'latin1'), 'HTTP/1.1 400 Bad Request', ''],
    ['a control character in a header', 'GET / HTTP/1.1\r\nHOST\r\nX-A: \x01\r\n\r\n', 'HTTP/1.1 400 Bad Request', ''],
    ['no request line at all', 'hello\r\n\r\n', 'HTTP/1.1 400 Bad Request', ''],
    ['70 kB of headers', `GET / HTTP/1.1\r\nHOST\r\nX-A: ${'a'.repeat(70_000)}\r\n\r\n`, 'HTTP/1.1 431 Request Header Fields Too Large', ''],
    ['a bad escape in the query', 'GET /nothing?year=%ZZ HTTP/1.1\r\nHOST\r\n\r\n', 'HTTP/1.1 404 Not Found', NOT_FOUND],
    ['a lone percent sign', 'GET /% HTTP/1.1\r\nHOST\r\n\r\n', 'HTTP/1.1 404 Not Found', NOT_FOUND],
    [
      'another method',
      'DELETE / HTTP/1.1\r\nHOST\r\n\r\n',
      'HTTP/1.1 405 Method Not Allowed',
      'Method not allowed: coop-report preview only reads (GET and HEAD).\n',
    ],
    ['no Host header', 'GET / HTTP/1.0\r\n\r\n', 'HTTP/1.1 403 Forbidden', 'coop-report preview answers only at 127.0.0.1 and localhost.\n'],
  ])('answers %s, and lives on', async (_what, request, status, body) => {
    const port = Number(new URL(preview.url).port);
    const host = `Host: 127.0.0.1:${port}`;
    const bytes = typeof request === 'string' ? request.replace('HOST', host) : Buffer.from(request.toString('latin1').replace('HOST', host), 'latin1');
    expect(await sendRaw(port, bytes)).toEqual({ status, body });
    const page = await get(preview.url);
    expect([page.status, preview.output.stderr]).toEqual([200, '']);
  });

  it('answers a page while 50 clients send their requests a byte at a time', async () => {
    const port = Number(new URL(preview.url).port);
    const slow = Array.from({ length: 50 }, () => connect(port, '127.0.0.1').on('error', () => {}));
    try {
      for (const socket of slow) socket.write('GET / HTTP/1.1\r\nHo');
      const page = await get(preview.url);
      expect([page.status, page.body.slice(0, 15)]).toEqual([200, '<!doctype html>']);
    } finally {
      for (const socket of slow) socket.destroy();
    }
  });

  it('sends the section, then a new view after a saved change, and the problems while a record is broken', async () => {
    const events = await openEvents(preview.url, 2024);
    try {
      const first = await events.next();
      expect([first.year, first.years, first.previous, first.problems]).toEqual([2024, [2023, 2024, 2025], 2023, []]);
      expect(first.html).toContain('<h1>Współpraca międzynarodowa</h1>');
      const office = join(work, 'data', 'office.yaml');
      const before = readFileSync(office, 'utf8');
      // a saved change
      writeFileSync(office, before.replace(/(short:\n(?:.*\n)*?\s+nom:) Urząd/, '$1 Biuro'));
      // how soon it comes is the benchmark's to measure; here it must come
      const changed = await events.next((view) => view.version > first.version, 3000);
      expect(changed.html).toContain('Biuro, w\u00a0zakresie swoich zadań');
      // a broken record: its problem, located, instead of the section
      writeFileSync(office, before.replace(/^name:/m, 'name: [\nbroken:'));
      const broken = await events.next((view) => view.html === null, 3000);
      expect(broken.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`)).toEqual(['data/office.yaml:7:1 error yaml-syntax']);
      expect(broken.sources).toEqual([]);
      // fixed again
      writeFileSync(office, before);
      const fixed = await events.next((view) => view.html !== null, 3000);
      expect(fixed.html).toContain('Urząd, w\u00a0zakresie swoich zadań');
    } finally {
      events.close();
    }
  });
});

describe('coop-report preview, starting and stopping', () => {
  it('is exit code 2, with a clear message, when the port is in use', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = startPreview(['2024', '--port', String(port)], starterWork());
      await expect(run).rejects.toThrow(
        `preview exited with 2 before serving:\ncoop-report: Port ${port} on 127.0.0.1 is in use; stop what uses it or choose another with --port.\n`,
      );
    } finally {
      taken.close();
    }
  });

  it('says in Polish, with --lang pl, that the port is in use', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = startPreview(['2024', '--port', String(port), '--lang', 'pl'], starterWork());
      await expect(run).rejects.toThrow(
        `preview exited with 2 before serving:\ncoop-report: Port ${port} pod adresem 127.0.0.1 jest zajęty; zatrzymaj program, który go używa, albo wybierz inny opcją --port.\n`,
      );
    } finally {
      taken.close();
    }
  });

  it('speaks Polish with --lang pl: where it serves, and that it stopped', async () => {
    const running = await startPreview(['2024', '--port', '0', '--lang', 'pl'], starterWork());
    expect(running.output.stdout).toBe(
      `Podgląd rozdziału za 2024 r.: ${running.url}\nStrona odświeża się po każdym zapisie rekordu, szablonu lub pliku konfiguracyjnego. Ctrl-C zatrzymuje podgląd.\n`,
    );
    const { code, stdout, stderr } = await running.stop();
    expect([code, stdout.split('\n').slice(-2), stderr]).toEqual([0, ['Zatrzymano.', ''], '']);
  });

  it('stops cleanly on Ctrl-C: exit code 0, and the port is free again', async () => {
    const running = await startPreview(['--port', '0'], starterWork());
    expect(running.output.stdout.split('\n')[0]).toBe(`Previewing the 2025 section at ${running.url}`);
    const events = await openEvents(running.url, 2025);
    await events.next();
    const { code, stdout, stderr } = await running.stop();
    events.close();
    expect([code, stdout.split('\n').slice(-2), stderr]).toEqual([0, ['Stopped.', ''], '']);
    const port = Number(new URL(running.url).port);
    const again = createServer();
    await new Promise<void>((resolve, reject) => again.once('error', reject).listen(port, '127.0.0.1', resolve));
    again.close();
  });
});

describe('coop-report preview in Polish (--lang pl)', () => {
  let polish: Running;

  beforeAll(async () => {
    polish = await startPreview(['2024', '--port', '0', '--lang', 'pl'], starterWork());
  });
  afterAll(async () => {
    await polish?.stop();
  });

  it.each([
    ['the page, titled in Polish', '/', {}, 200, /<title>Podgląd rozdziału za 2024 r\. – coop-report<\/title>/],
    [
      'no other path',
      '/data/office.yaml',
      {},
      404,
      /^Nie ma takiej strony: podgląd coop-report udostępnia rozdział pod adresem \/ i jego aktualizacje pod adresem \/events\.\n$/,
    ],
    ['no other method', '/', { method: 'POST' }, 405, /^Niedozwolona metoda: podgląd coop-report tylko udostępnia stronę \(GET i HEAD\)\.\n$/],
    ['no other host name', '/', { host: 'example.com' }, 403, /^Podgląd coop-report odpowiada tylko pod adresami 127\.0\.0\.1 i localhost\.\n$/],
  ])('serves %s', async (_what, path, options, status, body) => {
    const response = await get(new URL(path, polish.url).href, options);
    expect(response.status).toBe(status);
    expect(response.body).toMatch(body);
  });

  it('answers a request that is no URL in Polish', async () => {
    const port = Number(new URL(polish.url).port);
    expect(await sendRaw(port, `GET //evil.example/ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)).toEqual({
      status: 'HTTP/1.1 400 Bad Request',
      body: 'Nieprawidłowe żądanie: podgląd coop-report udostępnia rozdział pod adresem / i jego aktualizacje pod adresem /events.\n',
    });
  });
});
