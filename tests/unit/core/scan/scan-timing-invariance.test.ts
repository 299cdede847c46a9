/**
 * What a page shows must not depend on how busy the machine is. The content script
 * steps the scan in idle slices whose length follows the machine's speed, and text
 * arriving while a pass runs moves where later chunks are cut; on a slow machine the
 * steps are small and many. On labelled pages and saved real pages, a scan stepped with
 * any budget, any slice time, and any chunk sizes (very small ones included) must find
 * exactly the hits of one engine call over the whole text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractIndex } from '../../../../src/cli/scan';
import { compilePack, createMatcher, type Matcher } from '../../../../src/core/detect/index';
import type { Hit } from '../../../../src/core/hit';
import { Scan, type SliceTime } from '../../../../src/core/scan/scan';
import pack from '../../../../data/witkoff-ushakov.json';

const sorted = (hits: readonly Hit[]) =>
  JSON.stringify([...hits].sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId)));

/** One way of stepping a scan: a budget per step, a slice clock, chunk sizes. */
interface Stepping {
  name: string;
  budget: number;
  /** Slice length (ms) on a clock that each engine call moves by `msPerChar` per char read. */
  slice?: { ms: number; msPerChar: number };
  firstChunk?: number;
  maxChunk?: number;
}

const STEPPINGS: Stepping[] = [
  { name: 'one unit per step', budget: 1 },
  { name: 'steps of 3,000 units', budget: 3_000 },
  { name: 'slices of 4 ms on a slow machine', budget: Number.POSITIVE_INFINITY, slice: { ms: 4, msPerChar: 0.01 } },
  { name: 'chunks of 300 chars', budget: Number.POSITIVE_INFINITY, firstChunk: 300, maxChunk: 300 },
  { name: 'chunks of 700 to 1,000 chars', budget: 500, firstChunk: 700, maxChunk: 1_000 },
  { name: 'chunks of up to 16,000 chars', budget: Number.POSITIVE_INFINITY, maxChunk: 16_000 },
];

function stepped(matcher: Matcher, text: string, items: number[], how: Stepping): string {
  let clock = 0;
  const engine = {
    analyze: (chunk: string, ctx?: Parameters<Matcher['analyze']>[1]) => {
      clock += chunk.length * (how.slice?.msPerChar ?? 0);
      return matcher.analyze(chunk, ctx);
    },
  };
  const scan = new Scan(engine, text, { pageRelevant: false }, items, {
    now: () => clock,
    maxChunk: how.maxChunk,
    firstChunk: how.firstChunk,
  });
  for (let guard = 0; guard < 100_000; guard++) {
    const sliceStart = clock;
    const time: SliceTime | undefined = how.slice && {
      remaining: () => sliceStart + how.slice!.ms - clock,
      elapsed: () => clock - sliceStart,
    };
    if (scan.step(how.budget, time)) return sorted(scan.hits);
    // The next slice opens a little later.
    clock += 1;
  }
  throw new Error('scan never finished');
}

function pagesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}/${f}`);
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('a scan stepped any way', () => {
  const matcher = createMatcher(compilePack(pack as Parameters<typeof compilePack>[0]));
  const dev = here('../../../../../shared/dev-corpus/pages');
  const devPages = pagesIn(dev);
  if (devPages.length === 0) console.warn(`SKIPPED: ${dev} is not present; the dev corpus is not read.`);
  const fixtures = ['bbc-1', 'herald-sun-1', 'lemonde-1', 'wapo-1'].map((name) => here(`../../../fixtures/corpus/${name}.html`));
  const files = [
    ...devPages,
    ...['tune', 'blind', 'blind2', 'look4'].flatMap((set) => pagesIn(here(`../../../accuracy/${set}/pages`))),
    ...pagesIn(here('../../../fixtures/pages')),
    ...fixtures,
  ];

  it('finds exactly the hits of one call over the whole text', { timeout: 300_000 }, () => {
    const changed: string[] = [];
    let withHits = 0;
    for (const file of files) {
      const { text, items } = extractIndex(readFileSync(file, 'utf8'));
      const once = matcher.analyze(text, { items });
      if (once.hits.length > 0) withHits++;
      const expected = sorted(once.hits);
      for (const how of STEPPINGS) if (stepped(matcher, text, items, how) !== expected) changed.push(`${file}: ${how.name}`);
    }
    // The pages hold findings to compare, and are long enough to be cut many times.
    expect(withHits).toBeGreaterThan(50);
    expect(changed).toEqual([]);
  });

  it('finds in a part of the page, read with the text around it, what it finds there in the whole page', { timeout: 300_000 }, () => {
    const changed: string[] = [];
    for (const file of files) {
      const { text, items } = extractIndex(readFileSync(file, 'utf8'));
      // The middle third, from line to line, as a block the page added late.
      const from = text.indexOf('\n', Math.floor(text.length / 3)) + 1;
      const to = text.indexOf('\n', Math.floor((2 * text.length) / 3)) + 1;
      if (from <= 0 || to <= from) continue;
      const once = matcher.analyze(text, { items });
      // What the page showed before that part: the evidence of the text before it.
      const before = { pageRelevant: false } as { pageRelevant: boolean; relevance?: typeof once.relevance };
      const head = new Scan(matcher, text, before, items, { span: [0, from] });
      while (!head.step(Number.POSITIVE_INFINITY));
      const part = new Scan(matcher, text, { pageRelevant: once.pageRelevant, relevance: before.relevance }, items, { span: [from, to] });
      while (!part.step(Number.POSITIVE_INFINITY));
      if (sorted(part.hits) !== sorted(once.hits.filter((h) => h.start >= from && h.start < to))) changed.push(file);
    }
    expect(changed).toEqual([]);
  });
});
