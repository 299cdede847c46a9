/**
 * What every page pays for Lateral before it knows the page is about the story: the
 * page-start content script, measured on the built extension in $LATERAL_DIST_ROOT
 * (default dist/) as `npm run bench` reports it. The suite needs a build (`npm run
 * build`, which `npm test` runs first) and says so when there is none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeContentBundle } from '../../../bench/lib/bundle';
import { ACTIVE_PAGE_FILE, CONTENT_START_FILE } from '../../../build/vite-plugin-content-stages';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIST = join(ROOT, process.env.LATERAL_DIST_ROOT ?? 'dist');
/** The page-start budget, gzipped. */
const START_BUDGET = 4 * 1024;

for (const target of ['chrome', 'firefox'] as const) {
  const dir = join(DIST, target);
  const built = existsSync(join(dir, 'manifest.json'));
  if (!built) console.log(`content-bundle: no build in ${relative(ROOT, dir)}; run npm run build to check the page-start budget`);
  describe.skipIf(!built)(`the ${target} content script (${relative(ROOT, dir)})`, () => {
    const report = built ? analyzeContentBundle(dir) : null;

    it(`loads one classic script of at most ${START_BUDGET} bytes gzipped at page start`, () => {
      expect(report!.startup.map((f) => f.file)).toEqual([CONTENT_START_FILE]);
      expect(report!.startupGzip).toBeLessThanOrEqual(START_BUDGET);
    });

    it('leaves the annotation to a chunk that loads only when the gate passes', () => {
      expect(report!.startup.map((f) => f.file)).not.toContain(ACTIVE_PAGE_FILE);
      expect(report!.lazy.map((f) => f.file)).toContain(ACTIVE_PAGE_FILE);
      // The matcher and mark.js are the bulk; the start is a small part of the whole.
      expect(report!.lazyGzip).toBeGreaterThan(10 * report!.startupGzip);
    });

    it(`lists the second stage as web-accessible, ${target === 'chrome' ? 'at a per-session address only' : 'without the key Firefox does not know'}`, () => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
      };
      const entry = manifest.web_accessible_resources?.find((w) => w.resources.includes(ACTIVE_PAGE_FILE));
      expect(entry?.resources).toEqual(expect.arrayContaining(report!.lazy.map((f) => f.file)));
      expect(entry?.use_dynamic_url).toBe(target === 'chrome' ? true : undefined);
    });

    it('has no zod in any content-script file', () => {
      expect(report!.zodFound).toEqual([]);
      expect(report!.zodFoundLazy).toEqual([]);
    });
  });
}
