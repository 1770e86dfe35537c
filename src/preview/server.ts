// Serves the preview on 127.0.0.1: the page, and a stream of server-sent events carrying each new view of a year.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { PageView, Views } from './views.ts';
import type { Messages } from '../i18n/messages.ts';

/** What the server needs: the port (0 for any free one), the page for a year, the views, and the year to open. */
export interface ServerOptions {
  port: number;
  page: (year: number) => string;
  views: Views;
  year: number;
  /** Tells of an error the server met and lived through (it was not the request's fault). */
  failed: (error: unknown) => void;
  /** The words of the run: the replies to a request it will not serve are in its language. */
  messages: Messages;
}

/** How long a client may take to send a request's headers and body: 127.0.0.1 needs far less. */
const SLOW_CLIENT_MS = 10_000;

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
  // routes a request; any request the server cannot read is answered 400, and nothing a request holds can throw here
  const answer = (request: IncomingMessage, response: ServerResponse): void => {
    const url = requestTarget(request.url);
    if (!url) return plain(response, 400, `${options.messages.t('preview.bad-request')}\n`);
    // a page of another site, reached through a name that resolves to 127.0.0.1, gets nothing
    if (!allowedHost(request, port)) return plain(response, 403, `${options.messages.t('preview.forbidden')}\n`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, `${options.messages.t('preview.not-allowed')}\n`);
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
      return void send(listener).catch((error) => {
        options.failed(error);
        response.destroy();
      });
    }
    plain(response, 404, `${options.messages.t('preview.not-found')}\n`);
  };
  const server = createServer({ headersTimeout: SLOW_CLIENT_MS, requestTimeout: SLOW_CLIENT_MS, connectionsCheckingInterval: 1000 }, (request, response) => {
    try {
      answer(request, response);
    } catch (error) {
      options.failed(error);
      if (response.headersSent) response.destroy();
      else plain(response, 500, `${options.messages.t('preview.failed-request')}\n`);
    }
  });
  // a request Node.js cannot parse (a bad method, bad bytes, headers too large, a client too slow): answered, then closed
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUse(options.port) : error));
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      // from now on an error of the server (too many open files to accept one more page, say) is told, not thrown
      server.on('error', (error) => options.failed(error));
      resolve({
        url: `http://127.0.0.1:${port}/`,
        push: () => {
          for (const listener of listeners)
            send(listener).catch((error) => {
              options.failed(error);
              listener.response.destroy();
            });
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

// Reads the request's target, which must be a path (origin-form, RFC 9112 3.2.1) that a URL can hold; undefined if not.
function requestTarget(target: string | undefined): URL | undefined {
  if (!target?.startsWith('/') || target.startsWith('//')) return undefined;
  try {
    return new URL(target, 'http://127.0.0.1');
  } catch {
    return undefined;
  }
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
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
