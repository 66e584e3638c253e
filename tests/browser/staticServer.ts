/**
 * A tiny static file server for browser tests that need more than `vite preview` gives: a second
 * origin (a teacher's site embedding the timeline), response headers of the test's choosing (a
 * strict Content-Security-Policy, `Access-Control-Allow-Origin: *`) or extra folders served
 * beside the app (TimelineJS files to open with `?timelinejs=`).
 *
 * It serves `root` on 127.0.0.1 (port 0: any free port), with `mounts` mapping URL prefixes to
 * other folders ("/examples/" → a temporary folder). The query string is ignored when finding the
 * file, a folder serves its index.html, nothing outside the served folders is reachable, and every
 * response carries `headers`. GET and HEAD only.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServerOptions {
  /** The folder served at "/". */
  root: string;
  /** Other folders, by URL prefix ("/examples/"); the longest matching prefix wins. */
  mounts?: Readonly<Record<string, string>>;
  /** Sent with every response (a CSP, CORS…). */
  headers?: Readonly<Record<string, string>>;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface StaticServer {
  /** The server's root URL, with a trailing slash: "http://127.0.0.1:41234/". */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** The file a URL path names, or null when it leaves the served folders. */
function fileFor(pathname: string, folders: readonly (readonly [string, string])[]): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const [prefix, folder] = folders.find(([mount]) => decoded.startsWith(mount)) ?? [];
  if (prefix === undefined || folder === undefined) return null;
  const file = resolve(folder, `.${sep}${decoded.slice(prefix.length)}`);
  return file === folder || file.startsWith(folder + sep) ? file : null;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const folders = Object.entries({ ...options.mounts, '/': options.root })
    .map(([prefix, folder]): [string, string] => [prefix, resolve(folder)])
    .sort((a, b) => b[0].length - a[0].length);
  const extra = options.headers ?? {};

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const send = (status: number, text: string, headers: Record<string, string> = {}) => {
      response.writeHead(status, {
        ...extra,
        'Content-Type': 'text/plain; charset=utf-8',
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = fileFor(pathname, folders);
    if (file === null) {
      send(404, 'Not found');
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        send(301, 'Moved', { Location: `${pathname}/` });
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      send(404, 'Not found');
      return;
    }
    response.writeHead(200, {
      ...extra,
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(info.size),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  }

  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
