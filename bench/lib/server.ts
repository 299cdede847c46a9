/**
 * The benchmark's loopback server: the e2e static server (same /fixtures/ and
 * /corpus/ mounts, same generated routes) with every response cross-origin isolated
 * (COOP + COEP). Isolation gives pages a 5 µs performance.now() instead of 100 µs;
 * the floor on a 10 KB page is a few tens of microseconds, so the coarse clock would
 * make its ratios meaningless.
 */
import { startStaticServer, type StaticServer } from '../../tests/e2e/harness/static-server';

export { CORPUS_DIR, FIXTURES_DIR, REPO_ROOT } from '../../tests/e2e/harness/static-server';
export type BenchServer = StaticServer;

const ISOLATION = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cache-control': 'no-store',
};

export function startBenchServer(): Promise<BenchServer> {
  return startStaticServer({ headers: ISOLATION });
}
