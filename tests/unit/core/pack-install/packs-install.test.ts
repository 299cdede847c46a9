/**
 * Installing a story pack from a file: a valid pack compiles with the build's own
 * compiler and marks its story; hostile and malformed files are refused with every
 * problem and its JSON path; an update is summarised; and an installed pack can never
 * make a large page's scan much slower than the bundled pack's own scan of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkEnd, nextChunkSize } from '../../../../src/core/scan/scan';
import { compilePack } from '../../../../src/core/detect/compile';
import { createGate } from '../../../../src/core/detect/gate';
import { createMatcher, type Matcher } from '../../../../src/core/detect/index';
import { activeCompiledPacks } from '../../../../src/core/pack-install/active';
import { budgetedMatcher } from '../../../../src/core/pack-install/budget';
import { checkInstallable, type BuiltinIdentity } from '../../../../src/core/pack-install/check';
import { compareVersions, compileInstalled, isUsableInstalled, summarizeUpdate } from '../../../../src/core/pack-install/installed';
import { INSTALL_LIMITS } from '../../../../src/core/pack-install/limits';
import { packSkeleton, PLACEHOLDER } from '../../../../src/core/pack-install/skeleton';
import type { StoryPack } from '../../../../src/core/pack/schema';
import { validatePack } from '../../../../src/core/pack/validate';
import { repoRoot } from '../pack/pack-load';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const builtin = (() => {
  const r = validatePack(JSON.parse(read('data/witkoff-ushakov.json')));
  if (!r.ok) throw new Error('bundled pack invalid');
  return r.pack;
})();
const BUILTINS: BuiltinIdentity[] = [{ id: builtin.id, title: builtin.title }];
const harbour = read('tests/fixtures/install/harbour-vote-1.0.0.json');
const harbourPack = JSON.parse(harbour) as StoryPack;

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
/** A pack opened for hostile edits: any field may be set to anything. */
type Edit = Record<string, unknown>;
const first = (p: Edit, key: string): Edit => (p[key] as Edit[])[0]!;
/** Slot i of the first sequence of the first check. */
const slot = (p: Edit, i: number): Edit => ((first(p, 'checks').pattern as Edit).sequences as Edit[][])[0]![i]!;
const variant = (change: (p: Edit) => void): string => {
  const p = clone(harbourPack) as unknown as Edit;
  change(p);
  return JSON.stringify(p);
};
/** Every string value replaced by markup, keys kept. */
const markupEverywhere = (value: unknown): unknown =>
  typeof value === 'string'
    ? `<img src=x onerror=alert(1)>${value}</script>`
    : Array.isArray(value)
      ? value.map(markupEverywhere)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markupEverywhere(v)]))
        : value;
const manyPhrases = (n: number) => Array.from({ length: n }, (_, i) => `phrase number ${i}`);

/** [what it is, the file text, a JSON path (or path prefix) the refusal must name]. */
const HOSTILE: [string, string, string][] = [
  ['catastrophic pattern in the gate', variant((p) => (p.gate = ['(a+)+$'])), 'gate[0]'],
  ['nested quantifier pattern in a phrase', variant((p) => (first(p, 'rules').phrases = ['(a|aa)*b'])), 'rules[0].phrases[0]'],
  ['back-reference and look-behind in the gate', variant((p) => (p.gate = ['(?<=x)(a)\\1'])), 'gate[0]'],
  ['wildcard pattern posing as a gate word', variant((p) => (p.gate = ['.*'])), 'gate[0]'],
  [
    '100,000 phrases in one rule',
    variant((p) => (first(p, 'rules').phrases = Array.from({ length: 100_000 }, (_, i) => `w${i}`))),
    'rules[0].phrases',
  ],
  [
    '5,200 phrases spread over 13 rules',
    variant(
      (p) =>
        (p.rules = Array.from({ length: 13 }, (_, r) => ({
          ...first(p, 'rules'),
          id: `r-${r}`,
          phrases: manyPhrases(400).map((x) => `${x} ${r}`),
        }))),
    ),
    'rules',
  ],
  ['61 rules', variant((p) => (p.rules = Array.from({ length: 61 }, (_, r) => ({ ...first(p, 'rules'), id: `r-${r}` })))), 'rules'],
  [
    '41 claim checks',
    variant((p) => (p.checks = Array.from({ length: 41 }, (_, c) => ({ ...first(p, 'checks'), id: `c-${c}` })))),
    'checks',
  ],
  [
    'claim checks of 1,200 slot alternatives in all',
    variant(
      (p) =>
        (p.checks = Array.from({ length: 30 }, (_, c) => ({
          ...first(p, 'checks'),
          id: `c-${c}`,
          pattern: { type: 'sequence', sequences: [[{ any: manyPhrases(20) }, { any: manyPhrases(20) }]] },
        }))),
    ),
    'checks',
  ],
  ['a check slot of 100 alternatives', variant((p) => (slot(p, 0).any = manyPhrases(100))), 'checks[0].pattern.sequences[0][0].any'],
  ['a check gap of 12 words', variant((p) => (slot(p, 1).gap = 12)), 'checks[0].pattern.sequences[0][1].gap'],
  [
    'a check that brings its own regular expression',
    variant((p) => (first(p, 'checks').pattern = { type: 'regex', source: '(a+)+$' })),
    'checks[0].pattern.type',
  ],
  ['two-letter phrases that match everywhere', variant((p) => (first(p, 'rules').phrases = ['th', 'an'])), 'rules[0].phrases[0]'],
  ['markup in every string field', JSON.stringify(markupEverywhere(harbourPack)), 'id'],
  ['wrong types everywhere', variant((p) => Object.assign(p, { id: 42, version: 1, topics: {}, facts: 'none', gate: [true] })), 'id'],
  ['the id of the bundled pack', variant((p) => (p.id = builtin.id)), 'id'],
  ['the title of the bundled pack', variant((p) => (p.title = builtin.title)), 'title'],
  ['a file over 2 MB', variant((p) => (p.summary = 'x'.repeat(2_100_000))), '(file)'],
  ['a string of 100,000 characters', variant((p) => (first(p, 'facts').answer = 'y '.repeat(50_000))), 'facts[0].answer'],
  ['not JSON at all', '<html><script>alert(1)</script></html>', '(file)'],
  ['a JSON array', '[1, 2, 3]', '(root)'],
  ['a Lateral settings export', JSON.stringify({ format: 'lateral-settings', schemaVersion: 1, settings: {} }), '(file)'],
  ['a new pack whose texts were never filled in', JSON.stringify(packSkeleton('never-filled')), 'title'],
  ['JSON broken by a stray comma', '{\n  "id": "x",\n}', '(file)'],
  ['JSON nested 5,000 levels deep', `{"extra":${'['.repeat(5_000)}${']'.repeat(5_000)},${harbour.trim().slice(1)}`, 'extra'],
  ['a __proto__ key', variant((p) => Object.defineProperty(p, '__proto__', { value: { polluted: true }, enumerable: true })), '(root)'],
  [
    'an excerpt of a whole paragraph',
    variant((p) => ((first(p, 'facts').sources as Record<string, Edit>).s1!.excerpt = 'word '.repeat(60).trim())),
    'facts[0].sources.s1.excerpt',
  ],
  [
    'a check pointing at a discrepancy that does not exist',
    variant((p) => (first(p, 'checks').discrepancyId = 'd-nowhere')),
    'checks[0].discrepancyId',
  ],
  ['41 gate patterns', variant((p) => (p.gate = Array.from({ length: 41 }, (_, i) => `word ${i}`))), 'gate'],
  [
    'a proximity window of 100,000 characters',
    variant((p) => (first(p, 'rules').near = { phrases: ['harbour'], window: 100_000 })),
    'rules[0].near.window',
  ],
];

describe('installing a pack from a file', () => {
  it('accepts a valid pack and compiles it with the build compiler, gate words made literal', () => {
    const checked = checkInstallable(harbour, BUILTINS);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    if (!checked.ok) return;
    const compiled = compileInstalled(checked.pack);
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    const stored = clone(compiled.installed);
    expect(isUsableInstalled(stored)).toBe(true);
    expect(stored.compiled).toEqual(JSON.parse(JSON.stringify(compilePack(checked.pack))));
    expect(stored).toMatchObject({
      id: 'harbour-vote-test',
      version: '1.0.0',
      languages: ['en'],
      counts: { facts: 1, discrepancies: 1, rules: 2, checks: 1 },
    });

    const enabled = { installed: [stored], disabledBuiltins: [] };
    const text = 'The Harbour Bridge repair was approved by councillors in the vote on 3 May.';
    expect(createGate(stored.gate)(text)).toBe(true);
    expect(createGate(stored.gate)('The harbour is calm today.')).toBe(false);
    const hits = createMatcher(activeCompiledPacks([compilePack(builtin)], enabled)).scan(text);
    expect(hits.map((h) => [h.packId, h.kind])).toEqual([
      ['harbour-vote-test', 'mention'],
      ['harbour-vote-test', 'discrepancy'],
    ]);
  });

  it('switching a bundled pack off leaves it out of the page matcher, and an installed pack can never shadow it', () => {
    const bundled = compilePack(builtin);
    const impostor = { ...bundled, rules: [] };
    const packs = activeCompiledPacks([bundled], { installed: [{ gate: [], compiled: impostor, pack: builtin }], disabledBuiltins: [] });
    expect(packs).toEqual([bundled]);
    expect(activeCompiledPacks([bundled], { installed: [], disabledBuiltins: [builtin.id] })).toEqual([]);
  });

  it(`refuses ${HOSTILE.length} hostile or malformed files, each with the JSON path of what is wrong`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
    for (const [what, text, path] of HOSTILE) {
      const result = checkInstallable(text, BUILTINS);
      expect(result.ok, what).toBe(false);
      const paths = result.ok ? [] : result.problems.map((p) => p.path);
      expect(
        paths.some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`)),
        `${what}: ${JSON.stringify(result.ok ? [] : result.problems.slice(0, 5))}`,
      ).toBe(true);
      for (const problem of result.ok ? [] : result.problems) expect(problem.message.length, what).toBeGreaterThan(5);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('summarises an update part by part and orders versions as semver', () => {
    const next = JSON.parse(read('tests/fixtures/install/harbour-vote-1.1.0.json')) as StoryPack;
    expect(summarizeUpdate(harbourPack, next)).toEqual({ from: '1.0.0', to: '1.1.0', changes: ['facts: 1 added, 1 changed'] });
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  });

  it('refuses a stored record that was tampered with', () => {
    const checked = checkInstallable(harbour, BUILTINS);
    const compiled = checked.ok ? compileInstalled(checked.pack) : null;
    if (!compiled?.ok) throw new Error('compile failed');
    const record = clone(compiled.installed);
    expect(isUsableInstalled({ ...record, compiled: { ...record.compiled, packId: builtin.id } })).toBe(false);
    expect(isUsableInstalled({ ...record, format: 99 })).toBe(false);
    expect(isUsableInstalled({ ...record, gate: [{}] })).toBe(false);
  });
});

/** A large page about the story: real article text with a story paragraph every few thousand characters. */
function largeStoryPage(): string {
  const dir = join(repoRoot, 'tests', 'fixtures', 'corpus');
  const prose = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) =>
      readFileSync(join(dir, f), 'utf8')
        .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' '),
    )
    .join(' ');
  const story = ' Steve Witkoff told Yuri Ushakov on the call that the 28-point peace plan could work, and Trump defended his envoy. ';
  let page = '';
  for (let at = 0; page.length < 600_000; at = (at + 3_000) % (prose.length - 3_000)) page += prose.slice(at, at + 3_000) + story;
  return page;
}

/** The content script's scan: chunks that start at 2,000 characters and grow with the annotator's own rule. */
function scanLikeThePage(matcher: Matcher, text: string): number {
  let hits = 0;
  let size = 2_000;
  let relevance = {};
  for (let from = 0; from < text.length;) {
    const to = chunkEnd(text, from, size);
    const result = matcher.analyze(text.slice(from, to), { relevance });
    relevance = result.relevance;
    hits += result.hits.length;
    size = nextChunkSize(size, result.hits.length);
    from = to;
  }
  return hits;
}

/** Check shapes at the limits: a few wide checks, or as many narrow ones as the slot allowance pays for. */
const SHAPES = {
  wide: { width: INSTALL_LIMITS.alternativesPerSlot, sequences: INSTALL_LIMITS.sequencesPerCheck },
  many: { width: 12, sequences: 1 },
} as const;

/** The skeleton with every text an author replaces filled in, as an installable pack has it. */
function filledIn(pack: StoryPack): StoryPack {
  return JSON.parse(
    JSON.stringify(pack, (_, v: unknown) => (typeof v === 'string' && PLACEHOLDER.test(v) ? 'Filled in.' : v)),
  ) as StoryPack;
}

/** The largest pack the limits let through, built to cost as much as it can: common words, checks at the limits. */
function heaviestAcceptedPack(page: string, shape: keyof typeof SHAPES = 'many'): StoryPack {
  const counts = new Map<string, number>();
  for (const w of page.toLowerCase().match(/[a-z]{4,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const pack = filledIn(packSkeleton(`heavy-${shape}`));
  const L = INSTALL_LIMITS;
  const { width, sequences } = SHAPES[shape];
  const slot = common.slice(0, width);
  const perCheck = sequences * (2 * width + 1);
  const count = Math.min(L.checks, Math.floor(L.checkSlots / perCheck));
  pack.checks = Array.from({ length: count }, (_, c) => ({
    id: `check-${c}`,
    discrepancyId: 'd-event-date',
    topic: 'main',
    description: 'common words',
    pattern: {
      type: 'sequence' as const,
      sequences: Array.from({ length: sequences }, () => [{ any: slot }, { gap: L.gapWords }, { any: slot }]),
    },
  }));
  // The rest of the phrase allowance goes to mention rules of common words.
  const words = common.slice(0, L.phrases - count * sequences * 2 * width);
  pack.rules = Array.from({ length: Math.ceil(words.length / 400) }, (_, r) => ({
    id: `mention-${r}`,
    topic: 'main',
    lang: 'en' as const,
    role: 'mention' as const,
    ambiguous: false,
    description: 'common words',
    phrases: words.slice(r * 400, r * 400 + 400),
  }));
  return pack;
}

/** A pack under the density limit whose few mentions still open check windows over the whole page. */
function sparseHeavyChecksPack(page: string, shape: keyof typeof SHAPES): StoryPack {
  const pack = heaviestAcceptedPack(page, shape);
  const counts = new Map<string, number>();
  for (const w of page.toLowerCase().match(/[a-z]{6,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const oncePer1500 = [...counts].find(([, n]) => n > page.length / 3_000 && n < page.length / 1_000)![0];
  pack.id = `sparse-${shape}`;
  pack.rules = [
    {
      id: 'sparse',
      topic: 'main',
      lang: 'en',
      role: 'mention',
      ambiguous: false,
      description: 'a word every page or so',
      phrases: [oncePer1500],
    },
  ];
  return pack;
}

describe('an installed pack cannot slow a page down', () => {
  it('a large story page costs at most 3x the bundled pack alone in highlights, with the three heaviest packs the limits accept', () => {
    const page = largeStoryPage();
    const bundled = compilePack(builtin);
    const heavy = [heaviestAcceptedPack(page), sparseHeavyChecksPack(page, 'wide'), sparseHeavyChecksPack(page, 'many')];
    for (const pack of heavy) {
      const checked = checkInstallable(JSON.stringify(pack), BUILTINS);
      expect(checked.ok ? [] : checked.problems, pack.id).toEqual([]);
    }
    const installed = heavy.map((p) => compilePack(p));
    const base = () => createMatcher([bundled]);
    const withInstalled = () =>
      budgetedMatcher(
        (dropped) => createMatcher([bundled, ...installed].filter((p) => !dropped.has(p.packId))),
        new Set(installed.map((p) => p.packId)),
      );

    // Counted, not timed: highlights (and the checks each hit wakes) are what a pack adds
    // to a page's cost, and a count does not depend on how busy the machine is.
    const baseHits = scanLikeThePage(base(), page);
    const installedHits = scanLikeThePage(withInstalled(), page);
    expect(baseHits).toBeGreaterThan(100);
    expect(installedHits / baseHits).toBeLessThan(3);
  });

  it('drops the pack that marks everywhere after one chunk, and keeps the bundled pack’s hits', () => {
    const story = ' Steve Witkoff told Yuri Ushakov on the call that the 28-point peace plan could work, and Trump defended his envoy.';
    const page = story.repeat(2_000);
    const heavy = compilePack(heaviestAcceptedPack(page));
    const matcher = budgetedMatcher(
      (dropped) => createMatcher([compilePack(builtin), heavy].filter((p) => !dropped.has(p.packId))),
      new Set([heavy.packId]),
    );
    const first = matcher.analyze(page.slice(0, chunkEnd(page, 0, 2_000)));
    expect(matcher.dropped.has(heavy.packId)).toBe(true);
    expect(first.hits.filter((h) => h.packId === heavy.packId)).toEqual([]);
    expect(first.hits.length).toBeGreaterThan(0);
    expect(scanLikeThePage(matcher, page)).toBe(scanLikeThePage(createMatcher(compilePack(builtin)), page));
  });
});
