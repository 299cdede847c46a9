import { describe, expect, it } from 'vitest';
import type { ScanContext, ScanResult } from '../../../../src/core/detect/index';
import type { Hit } from '../../../../src/core/hit';
import {
  CHUNK_CONTEXT,
  chunkEnd,
  FIRST_CHUNK,
  FRESH_SLICE_MS,
  HIT_UNITS,
  nextChunkSize,
  Scan,
  SCAN_CHUNK,
  type PageEvidence,
  type ScanEngine,
  type SliceTime,
} from '../../../../src/core/scan/scan';

/**
 * A stand-in engine with the matcher's contract: "Story" is a plain mention; "Ambig"
 * counts only on a page known to be about the story; two "Story" seen so far on the
 * page make it relevant. Records every call.
 */
function fakeEngine() {
  const calls: { text: string; ctx: ScanContext }[] = [];
  const engine: ScanEngine = {
    analyze(text: string, ctx: ScanContext = {}): ScanResult {
      calls.push({ text, ctx: { ...ctx } });
      const before = ctx.relevance?.p?.strong.length ?? 0;
      const stories = [...text.matchAll(/Story/g)];
      const seen = before + stories.length;
      const pageRelevant = ctx.pageRelevant === true || seen >= 2;
      const hits: Hit[] = [];
      const hit = (m: RegExpMatchArray, ruleId: string): Hit => ({
        start: m.index!,
        end: m.index! + m[0].length,
        kind: 'mention',
        ruleId,
        topic: 't',
        packId: 'p',
        factIds: [],
      });
      for (const m of stories) hits.push(hit(m, 'story'));
      if (pageRelevant) for (const m of text.matchAll(/Ambig/g)) hits.push(hit(m, 'ambig'));
      hits.sort((a, b) => a.start - b.start);
      const relevance = { p: { strong: Array.from({ length: seen }, () => 'story'), context: [], ambiguous: {} } };
      return { hits, relevance, pageRelevant, becameRelevant: pageRelevant && !ctx.pageRelevant };
    },
  };
  return { engine, calls };
}

const filler = (chars: number) => 'plain words of no interest\n'.repeat(Math.ceil(chars / 27)).slice(0, chars);

function runToEnd(scan: Scan, budget: number): number[] {
  const perStep: number[] = [];
  for (let guard = 0; guard < 10_000; guard++) {
    const before = scan.work;
    const done = scan.step(budget);
    perStep.push(scan.work - before);
    if (done) return perStep;
  }
  throw new Error('scan never finished');
}

describe('the incremental scan', () => {
  it('finds the same hits at any budget, at the right offsets', () => {
    const text = `${filler(30_000)}Story here\n${filler(50_000)}and Story again\n${filler(10_000)}`;
    const found = [1, 5_000, 1e9].map((budget) => {
      const scan = new Scan(fakeEngine().engine, text);
      runToEnd(scan, budget);
      return scan.hits.map((h) => [h.start, text.slice(h.start, h.end)]);
    });
    expect(found[0]).toEqual([
      [text.indexOf('Story'), 'Story'],
      [text.lastIndexOf('Story'), 'Story'],
    ]);
    expect(found[1]).toEqual(found[0]);
    expect(found[2]).toEqual(found[0]);
  });

  it('keeps each step within its budget, counted in work units', () => {
    const text = filler(200_000);
    const { engine, calls } = fakeEngine();
    const scan = new Scan(engine, text);
    const perStep: { units: number; calls: number }[] = [];
    for (let done = false; !done;) {
      const [work, made] = [scan.work, calls.length];
      done = scan.step(10_000);
      perStep.push({ units: scan.work - work, calls: calls.length - made });
    }
    // Chars of the chunks are the units here (no hits): every char in one chunk, read
    // again only as the context of its neighbours.
    expect(scan.work).toBe(text.length);
    expect(calls.reduce((n, c) => n + c.text.length, 0)).toBeLessThanOrEqual(text.length + 2 * CHUNK_CONTEXT * calls.length);
    // Several small calls share a step while they fit; a step over budget is one call.
    expect(perStep.some((s) => s.calls > 1)).toBe(true);
    for (const s of perStep) expect(s.calls === 1 || s.units <= 10_000).toBe(true);
    expect(perStep.every((s) => s.calls >= 1)).toBe(true);
    // A budget smaller than any chunk still moves on: one engine call per step.
    const counted = fakeEngine();
    const tiny = new Scan(counted.engine, text);
    expect(runToEnd(tiny, 1).length).toBe(counted.calls.length);
    expect(counted.calls.length).toBeLessThan(text.length / FIRST_CHUNK);
  });

  it('counts hits as work, so a dense text takes more steps than a sparse one', () => {
    const sparse = filler(40_000);
    const dense = sparse.replace(/plain/g, 'Story');
    const a = new Scan(fakeEngine().engine, sparse);
    const b = new Scan(fakeEngine().engine, dense);
    const stepsA = runToEnd(a, 8_000).length;
    const stepsB = runToEnd(b, 8_000).length;
    expect(b.work).toBe(dense.length + b.hits.length * HIT_UNITS);
    expect(stepsB).toBeGreaterThan(stepsA);
  });

  it('rescans earlier text once the page turns out to be about the story, without doubling hits', () => {
    // An ambiguous word early; the page proves relevant only much later.
    const text = `Ambig early\n${filler(20_000)}Story one\n${filler(20_000)}Story two\n${filler(5_000)}Ambig late\n`;
    const { engine, calls } = fakeEngine();
    const page: PageEvidence = { pageRelevant: false };
    const scan = new Scan(engine, text, page);
    runToEnd(scan, 4_000);
    expect(scan.madeRelevant).toBe(true);
    expect(page.pageRelevant).toBe(true);
    const found = scan.hits.map((h) => `${text.slice(h.start, h.end)}@${h.start}`).sort();
    expect(found).toEqual(
      [`Ambig@0`, `Story@${text.indexOf('Story one')}`, `Story@${text.indexOf('Story two')}`, `Ambig@${text.indexOf('Ambig late')}`].sort(),
    );
    // The rescan asked with pageRelevant and covered only text before the chunk that proved it.
    const rescans = calls.filter((c) => c.ctx.pageRelevant === true && c.ctx.relevance === undefined);
    expect(rescans.length).toBeGreaterThan(0);
    expect(rescans.reduce((n, c) => n + c.text.length, 0)).toBeLessThan(text.indexOf('Story two'));
    expect(rescans[0]!.text.startsWith('Ambig early')).toBe(true);
  });

  it('does not rescan when the page was already about the story, or proves it in its first chunk', () => {
    const known = new Scan(fakeEngine().engine, `Ambig\n${filler(30_000)}`, { pageRelevant: true });
    runToEnd(known, 1e9);
    expect(known.madeRelevant).toBe(false);
    expect(known.hits.length).toBe(1);
    const { engine, calls } = fakeEngine();
    const early = new Scan(engine, `Story Story Ambig\n${filler(30_000)}`);
    runToEnd(early, 1e9);
    expect(early.madeRelevant).toBe(true);
    expect(calls.filter((c) => c.ctx.relevance === undefined && c.ctx.pageRelevant === true)).toEqual([]);
  });

  it('carries evidence from one scan of the page to the next', () => {
    const { engine } = fakeEngine();
    const page: PageEvidence = { pageRelevant: false };
    const first = new Scan(engine, 'Story alone\n', page);
    runToEnd(first, 1e9);
    expect(page.pageRelevant).toBe(false);
    const second = new Scan(engine, 'Ambig, then Story\n', page);
    runToEnd(second, 1e9);
    expect(second.madeRelevant).toBe(true);
    expect(second.hits.map((h) => h.ruleId).sort()).toEqual(['ambig', 'story']);
  });

  it('finishes an empty text at once', () => {
    const { engine, calls } = fakeEngine();
    const scan = new Scan(engine, '');
    expect(scan.step(1)).toBe(true);
    expect(calls).toEqual([]);
    expect(scan.hits).toEqual([]);
  });
});

/**
 * A clock the engine moves: each call takes `msPerChar` per char, the first `coldCalls`
 * calls `cold` times as long (V8 has not optimised the engine yet). Slices are opened
 * by hand, as the page layer's idle callbacks open them.
 */
function timedEngine(msPerChar: number, coldCalls = 0, cold = 1) {
  const clock = { t: 0 };
  const { engine: inner, calls } = fakeEngine();
  const engine: ScanEngine = {
    analyze(text, ctx) {
      clock.t += text.length * msPerChar * (calls.length < coldCalls ? cold : 1);
      return inner.analyze(text, ctx);
    },
  };
  const slice = { start: 0, ms: 8 };
  const time: SliceTime = { remaining: () => slice.start + slice.ms - clock.t, elapsed: () => clock.t - slice.start };
  const open = () => (slice.start = clock.t);
  return { engine, calls, clock, time, open, now: () => clock.t };
}

/** Runs a scan slice by slice; returns each slice's time and engine calls. */
function runSlices(scan: Scan, t: ReturnType<typeof timedEngine>): { ms: number; calls: number }[] {
  const slices: { ms: number; calls: number }[] = [];
  for (let guard = 0; guard < 10_000; guard++) {
    t.open();
    const made = t.calls.length;
    const done = scan.step(Number.POSITIVE_INFINITY, t.time);
    slices.push({ ms: t.time.elapsed(), calls: t.calls.length - made });
    if (done) return slices;
  }
  throw new Error('scan never finished');
}

describe('the incremental scan against a time budget', () => {
  const text = `${filler(40_000)}Story here\n${filler(90_000)}and Story again\n${filler(30_000)}`;

  it('starts no call it expects to overrun the slice, unless the slice is fresh', () => {
    // 0.4 µs a char: a full 16,000-char chunk takes 6.4 ms, two do not fit in 8 ms.
    const t = timedEngine(0.0004);
    const slices = runSlices(new Scan(t.engine, text, undefined, [], { now: t.now }), t);
    for (const slice of slices) expect(slice.ms <= 8 || slice.calls === 1).toBe(true);
    expect(Math.max(...slices.map((s) => s.ms))).toBeLessThanOrEqual(8);
    // More than one call per slice where they fit (the small first chunks).
    expect(slices[0]!.calls).toBeGreaterThan(1);
  });

  it('learns the engine speeding up: slow first calls do not keep later slices at one call each', () => {
    const t = timedEngine(0.0002, 2, 20);
    const slices = runSlices(new Scan(t.engine, text, undefined, [], { now: t.now }), t);
    expect(slices.slice(-3).some((s) => s.calls > 1)).toBe(true);
  });

  it('always makes progress in a fresh slice, even with a call longer than the slice', () => {
    const t = timedEngine(0.01); // a 2,000-char chunk takes 20 ms
    const scan = new Scan(t.engine, text, undefined, [], { now: t.now });
    const slices = runSlices(scan, t);
    expect(slices.every((s) => s.calls === 1)).toBe(true);
    expect(scan.done).toBe(true);
  });

  it('holds back a call in a slice that is already spent, and runs it in the next', () => {
    const t = timedEngine(0.0004);
    const scan = new Scan(t.engine, text, undefined, [], { now: t.now });
    t.open();
    t.clock.t += 8 + FRESH_SLICE_MS; // other work used the slice
    expect(scan.step(Number.POSITIVE_INFINITY, t.time)).toBe(false);
    expect(t.calls).toHaveLength(0);
    t.open();
    scan.step(Number.POSITIVE_INFINITY, t.time);
    expect(t.calls.length).toBeGreaterThan(0);
  });

  it('finds the same hits whatever the time budget', () => {
    const untimed = fakeEngine();
    const plain = new Scan(untimed.engine, text);
    runToEnd(plain, Number.POSITIVE_INFINITY);
    for (const msPerChar of [0.0001, 0.0004, 0.001, 0.01]) {
      const t = timedEngine(msPerChar, 3, 10);
      const scan = new Scan(t.engine, text, undefined, [], { now: t.now });
      runSlices(scan, t);
      expect(scan.hits).toEqual(plain.hits);
    }
  });

  it('keeps every slice within its time where the engine is slow, the first call of a page aside', () => {
    // 1 µs a char: a call over the longest chunk fits in an 8 ms slice.
    const t = timedEngine(0.001);
    const scan = new Scan(t.engine, text, undefined, [], { now: t.now });
    const slices = runSlices(scan, t);
    expect(scan.done).toBe(true);
    expect(Math.max(...slices.map((s) => s.ms))).toBeLessThanOrEqual(8);
    expect(SCAN_CHUNK * 0.001).toBeLessThanOrEqual(8);
  });

  it('learns its speed from the chars a call read, not from the chunk it planned', () => {
    // The first chunk, planned at 2,000 chars, ends after the first line at 1,000: its
    // time per planned char would be half the engine's real speed.
    const long = `${'w'.repeat(999)}\n${'w'.repeat(1_499)}\n${filler(20_000)}`;
    const t = timedEngine(0.002);
    const slices = runSlices(new Scan(t.engine, long, undefined, [], { now: t.now }), t);
    for (const slice of slices) expect(slice.ms <= 8 || slice.calls === 1).toBe(true);
  });
});

describe('scan chunks', () => {
  it('end after a line break, no further than asked', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
    let at = 0;
    while (at < text.length) {
      const end = chunkEnd(text, at, 50);
      expect(end - at).toBeLessThanOrEqual(50);
      if (end < text.length) expect(text[end - 1]).toBe('\n');
      at = end;
    }
    expect(chunkEnd('x'.repeat(120), 0, 50)).toBe(50);
  });

  it('double while sparse and shrink where hits are dense', () => {
    expect(nextChunkSize(2_000, 0)).toBe(4_000);
    expect(nextChunkSize(4_000, 1)).toBe(SCAN_CHUNK);
    expect(nextChunkSize(4_000, 25)).toBe(2_560);
    expect(nextChunkSize(2_000, 400)).toBe(1_000);
    expect(nextChunkSize(16_000, 1, 16_000)).toBe(16_000);
  });
});
