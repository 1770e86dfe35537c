// A small client of the Language Server Protocol over stdio, enough to drive yaml-language-server as an editor does:
// requests with their answers, notifications, and the server's own requests (workspace/configuration) answered.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A place in a document: line and character, both from 0. */
export interface Position {
  line: number;
  character: number;
}

/** A problem the server found in a document. */
export interface LspDiagnostic {
  range: { start: Position; end: Position };
  severity: number;
  message: string;
}

/** A notification the server sent, such as textDocument/publishDiagnostics. */
export interface Notification {
  method: string;
  params: { uri?: string; diagnostics?: LspDiagnostic[] };
}

/** A message of JSON-RPC: a request (id and method), an answer (id) or a notification (method). */
interface Message {
  id?: number;
  method?: string;
  params?: { items?: { section?: string }[] };
  result?: unknown;
  error?: { code: number; message: string };
}

/** A running language server and what the client can ask of it. */
export interface LanguageServer {
  request(method: string, params: unknown): Promise<unknown>;
  notify(method: string, params: unknown): void;
  // Waits for the first notification (past or future) that a test accepts.
  waitFor(accept: (n: Notification) => boolean): Promise<Notification>;
  stop(): Promise<void>;
  /** Settles once the server has asked for its settings and been answered. */
  configured: Promise<void>;
}

// Starts yaml-language-server from node_modules over stdio; `settings` answers its workspace/configuration requests.
export function startYamlLanguageServer(settings: Record<string, unknown>): LanguageServer {
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
  const child: ChildProcess = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const notifications: Notification[] = [];
  const waiters: { accept: (n: Notification) => boolean; resolve: (n: Notification) => void }[] = [];
  let settled: () => void = () => {};
  const configured = new Promise<void>((resolve) => (settled = resolve));
  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  };
  // the server's own requests: its settings by section, and registrations it asks for
  const answer = (message: Message) => {
    if (message.method === 'workspace/configuration') {
      send({
        id: message.id,
        result: (message.params?.items ?? []).map((item: { section?: string }) => (item.section ? (settings[item.section] ?? null) : settings)),
      });
      settled();
    } else send({ id: message.id, result: null });
  };
  const receive = (message: Message) => {
    if (message.id !== undefined && message.method !== undefined) answer(message);
    else if (message.id !== undefined) {
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) call?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else call?.resolve(message.result);
    } else {
      const notification = message as Notification;
      notifications.push(notification);
      for (const waiter of [...waiters])
        if (waiter.accept(notification)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(notification);
        }
    }
  };
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      const body = buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      buffer = buffer.subarray(end + 4 + length);
      receive(JSON.parse(body));
    }
  });
  child.stderr!.resume();
  return {
    configured,
    request: (method, params) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        send({ id, method, params });
      }),
    notify: (method, params) => send({ method, params }),
    waitFor: (accept) => {
      const found = notifications.find(accept);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ accept, resolve }));
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}
