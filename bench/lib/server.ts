/**
 * The benchmark's loopback server. Like tests/e2e/harness/static-server.ts (same
 * mounts: /fixtures/ and /corpus/, plus generated routes), with one difference the
 * numbers need: every response is cross-origin isolated (COOP + COEP), which gives
 * pages a 5 µs performance.now() instead of 100 µs. The floor on a 10 KB page is a
 * few tens of microseconds, so the coarse clock would make its ratios meaningless.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');
export const CORPUS_DIR = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'readability');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cache-control': 'no-store',
};

export interface BenchServer {
  origin: string;
  url(path: string): string;
  route(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const routes = new Map<string, { body: Buffer; type: string }>();
  const mounts: [string, string][] = [
    ['/fixtures/', FIXTURES_DIR],
    ['/corpus/', CORPUS_DIR],
  ];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const routed = routes.get(path);
    if (routed) {
      res.writeHead(200, { 'content-type': routed.type, ...ISOLATION });
      res.end(routed.body);
      return;
    }
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...ISOLATION });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
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
