// Serves the preview on 127.0.0.1: the page, and a stream of server-sent events carrying each new view of a year.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PageView, Views } from './views.ts';

/** What the server needs: the port (0 for any free one), the page for a year, the views, and the year to open. */
export interface ServerOptions {
  port: number;
  page: (year: number) => string;
  views: Views;
  year: number;
}

/** A running preview server. */
export interface PreviewServer {
  url: string;
  /** Sends every open page the new view of its year. */
  push(): void;
  close(): Promise<void>;
}

/** A page listening for views of a year. */
interface Listener {
  response: ServerResponse;
  year: number;
  version: number;
}

/** Thrown when the port is taken; the command line says so in the language of the run. */
export class PortInUse extends Error {
  constructor(readonly port: number) {
    super(`port ${port} on 127.0.0.1 is in use`);
  }
}

// Starts the server on 127.0.0.1 only; rejects with PortInUse when the port is taken.
export function startServer(options: ServerOptions): Promise<PreviewServer> {
  const listeners = new Set<Listener>();
  let port = options.port;
  // sends a listener its year's view, unless it already has a newer one
  const send = async (listener: Listener) => {
    const view: PageView = await options.views.view(listener.year);
    if (view.version < listener.version || listener.response.writableEnded) return;
    listener.version = view.version;
    listener.response.write(`event: view\ndata: ${JSON.stringify(view)}\n\n`);
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // a page of another site, reached through a name that resolves to 127.0.0.1, gets nothing
    if (!allowedHost(request, port)) return plain(response, 403, 'coop-report preview answers only at 127.0.0.1 and localhost.\n');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed.\n');
    const year = yearOf(url) ?? options.year;
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return void response.end(options.page(year));
    }
    if (url.pathname === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      const listener: Listener = { response, year, version: -1 };
      listeners.add(listener);
      request.on('close', () => listeners.delete(listener));
      return void send(listener).catch((error) => response.destroy(error));
    }
    plain(response, 404, 'Not found: coop-report preview serves the page at / and its updates at /events.\n');
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUse(options.port) : error));
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        push: () => {
          for (const listener of listeners) send(listener).catch((error) => listener.response.destroy(error));
        },
        close: () =>
          new Promise<void>((done) => {
            for (const listener of listeners) listener.response.end();
            listeners.clear();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

// Reads ?year=YYYY, if it is a four-digit year.
function yearOf(url: URL): number | undefined {
  const text = url.searchParams.get('year');
  return text !== null && /^\d{4}$/.test(text) ? Number(text) : undefined;
}

// Tells whether the request names the server by its own address or localhost.
function allowedHost(request: IncomingMessage, port: number): boolean {
  return [`127.0.0.1:${port}`, `localhost:${port}`].includes(request.headers.host ?? '');
}

// Answers with a short plain-text message.
function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
