import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * A loopback-only static server for test pages: `/fixtures/...` serves tests/fixtures,
 * `/corpus/...` serves ../shared/corpus/readability when that folder exists.
 * Extra routes let a test serve generated HTML. `headers` go on every response (the
 * benchmark asks for cross-origin isolation, for a finer performance.now()).
 */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');
export const CORPUS_DIR = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'readability');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  /** Serves `body` at `path` (HTML unless `type` says otherwise). */
  route(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

/** `host`: the loopback address to listen on, `::1` for pages at an IPv6 address. */
export async function startStaticServer(
  options: { headers?: Record<string, string>; host?: '127.0.0.1' | '::1' } = {},
): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1';
  const extra = options.headers ?? {};
  const routes = new Map<string, { body: Buffer; type: string }>();
  const mounts: [string, string][] = [
    ['/fixtures/', FIXTURES_DIR],
    ['/corpus/', CORPUS_DIR],
  ];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // Browsers ask for a favicon on their own schedule; a 404 for it would show up as a
    // console error on whichever test page happened to be open.
    if (path === '/favicon.ico' && !routes.has(path)) {
      res.writeHead(204, extra);
      res.end();
      return;
    }
    const routed = routes.get(path);
    if (routed !== undefined) {
      res.writeHead(200, { 'content-type': routed.type, ...extra });
      res.end(routed.body);
      return;
    }
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    route: (path, body, type = TYPES['.html']!) => void routes.set(path, { body: Buffer.from(body), type }),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
