/**
 * The longest chunk (SCAN_CHUNK) bounds how long one engine call, and so one task of a
 * scan, can run. What the engine finds must not depend on it: on labelled pages, the
 * hits are the same with the longest chunk at SCAN_CHUNK, at half of it and at four
 * times it (where it was before it was cut to fit an idle slice).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractIndex } from '../../../../src/cli/scan';
import { compilePack, createMatcher, type Matcher } from '../../../../src/core/detect/index';
import { Scan, SCAN_CHUNK } from '../../../../src/core/scan/scan';
import pack from '../../../../data/witkoff-ushakov.json';

/** Hits of a scan run to its end with chunks of at most `maxChunk` chars, and the length of each engine call. */
function scanned(matcher: Matcher, text: string, items: number[], maxChunk: number): { hits: string; calls: number[] } {
  const calls: number[] = [];
  const engine = {
    analyze: (chunk: string, ctx?: Parameters<Matcher['analyze']>[1]) => {
      calls.push(chunk.length);
      return matcher.analyze(chunk, ctx);
    },
  };
  const scan = new Scan(engine, text, { pageRelevant: false }, items, () => performance.now(), maxChunk);
  while (!scan.step(Number.POSITIVE_INFINITY));
  const hits = [...scan.hits].sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
  return { hits: JSON.stringify(hits), calls };
}

function pagesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => `${dir}/${f}`);
  } catch {
    return [];
  }
}

describe('the longest chunk', () => {
  const matcher = createMatcher(compilePack(pack as Parameters<typeof compilePack>[0]));
  const tune = fileURLToPath(new URL('../../../accuracy/tune/pages', import.meta.url));
  const dev = fileURLToPath(new URL('../../../../../shared/dev-corpus/pages', import.meta.url));
  const devPages = pagesIn(dev);
  if (devPages.length === 0) console.warn(`SKIPPED: ${dev} is not present; only the tuning pages are read.`);
  const pages = [...pagesIn(tune), ...devPages].map((file) => ({ file, ...extractIndex(readFileSync(file, 'utf8')) }));

  it('does not change what is found on labelled pages', { timeout: 120_000 }, () => {
    const changed: string[] = [];
    let cut = 0;
    for (const page of pages) {
      const { hits, calls } = scanned(matcher, page.text, page.items, SCAN_CHUNK);
      for (const maxChunk of [SCAN_CHUNK / 2, SCAN_CHUNK * 4]) {
        const other = scanned(matcher, page.text, page.items, maxChunk);
        if (other.hits !== hits) changed.push(`${page.file} at ${maxChunk}`);
        if (other.calls.length !== calls.length) cut++;
      }
    }
    // The pages are long enough for the longest chunk to cut some of them differently.
    expect(cut).toBeGreaterThan(0);
    expect(changed).toEqual([]);
  });
});
