/**
 * A plain static host for browser tests that need origins of their own: files from a folder
 * (and pages given as text), with exactly the response headers a test gives: the CORS
 * headers the docs tell a host to send, or none. No caching, no compression, GET only.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.mvt': 'application/vnd.mapbox-vector-tile',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticHost {
  origin: string;
  close(): Promise<void>;
}

export async function staticHost(options: {
  /** The folder served; none: only `pages`. */
  root?: string;
  port: number;
  headers?: Record<string, string>;
  /** Pages served from memory by path (an article written by the test). */
  pages?: Record<string, string>;
}): Promise<StaticHost> {
  const root = options.root === undefined ? null : resolve(options.root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...options.headers });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'GET only');
    const page = options.pages?.[path];
    if (page !== undefined) return send(200, page, TYPES['.html']);
    if (root === null) return send(404, 'not found');
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return send(403, 'outside the folder');
    try {
      if (!(await stat(file)).isFile()) return send(404, 'not found');
      send(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found');
    }
  });
  await new Promise<void>((done) => server.listen(options.port, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${options.port}`,
    // the browser keeps connections alive: end them, or close would wait for them
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
