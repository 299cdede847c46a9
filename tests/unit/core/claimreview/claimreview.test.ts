/**
 * ClaimReview interoperability: the export carries what the schema.org type and the
 * fact-check search tools require, using only properties the type has; an import reads
 * the shapes publishers use (one review, an array, an ItemList, a DataFeed, an @graph);
 * and a pack exported and imported again flags the same claims with the same verdicts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportClaimReviews } from '../../../../src/core/claimreview/export';
import { importClaimReviews, MAX_IMPORTED_CLAIMS } from '../../../../src/core/claimreview/import';
import { checkInstallable } from '../../../../src/core/pack-install/check';
import { packFromFile } from '../../../../src/core/pack-install/from-file';
import type { ClaimReview } from '../../../../src/core/claimreview/types';
import { compilePack } from '../../../../src/core/detect/compile';
import { createGate } from '../../../../src/core/detect/gate';
import { createMatcher } from '../../../../src/core/detect/index';
import type { StoryPack } from '../../../../src/core/pack/schema';
import { validatePack } from '../../../../src/core/pack/validate';
import { repoRoot } from '../pack/pack-load';

const load = (file: string): StoryPack => {
  const r = validatePack(JSON.parse(readFileSync(join(repoRoot, 'data', file), 'utf8')));
  if (!r.ok) throw new Error(file);
  return r.pack;
};
const PACKS = { practice: load('workshop-practice.json'), bundled: load('witkoff-ushakov.json') };

/** Properties schema.org defines for ClaimReview (and Review, CreativeWork, Thing above it), and for the nested types. */
const PROPERTIES = {
  ClaimReview: [
    '@type',
    'claimReviewed',
    'itemReviewed',
    'reviewRating',
    'reviewBody',
    'author',
    'datePublished',
    'keywords',
    'inLanguage',
    'identifier',
    'name',
    'description',
    'url',
  ],
  Claim: ['@type', 'appearance', 'firstAppearance', 'author', 'datePublished'],
  CreativeWork: ['@type', 'headline', 'name', 'url', 'datePublished', 'author'],
  Rating: ['@type', 'ratingValue', 'bestRating', 'worstRating', 'alternateName'],
  Organization: ['@type', 'name', 'url'],
};
const keysOutside = (obj: object, type: keyof typeof PROPERTIES) => Object.keys(obj).filter((k) => !PROPERTIES[type].includes(k));

describe('ClaimReview export', () => {
  for (const [label, pack] of Object.entries(PACKS)) {
    const graph = exportClaimReviews(pack, { reviewUrl: 'https://example.org/checks', datePublished: '2026-01-10' });
    it(`${label}: one review per discrepancy, with every required and recommended field`, () => {
      expect(graph['@context']).toBe('https://schema.org');
      expect(graph['@graph'].map((r) => r.identifier)).toEqual(pack.discrepancies.map((d) => d.id));
      for (const review of graph['@graph']) {
        // Required by the fact-check markup spec: claimReviewed, reviewRating (with alternateName), url, author.
        expect(review['@type']).toBe('ClaimReview');
        expect(review.claimReviewed.length).toBeGreaterThan(0);
        expect(review.reviewRating.alternateName.length).toBeGreaterThan(0);
        const { ratingValue, bestRating, worstRating } = review.reviewRating;
        expect(worstRating <= ratingValue && ratingValue <= bestRating).toBe(true);
        expect(review.url).toBe(`https://example.org/checks#${review.identifier}`);
        expect(review.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) as unknown });
        // Recommended: datePublished, itemReviewed as a Claim with where it appeared.
        expect(review.datePublished).toBe('2026-01-10');
        expect(review.itemReviewed['@type']).toBe('Claim');
        expect(keysOutside(review, 'ClaimReview')).toEqual([]);
        expect(keysOutside(review.itemReviewed, 'Claim')).toEqual([]);
        expect(keysOutside(review.reviewRating, 'Rating')).toEqual([]);
        expect(keysOutside(review.author, 'Organization')).toEqual([]);
        for (const work of review.itemReviewed.appearance ?? []) expect(keysOutside(work, 'CreativeWork')).toEqual([]);
      }
    });
  }

  it('names the pack maintainer as author and quotes the outlet where it erred', () => {
    const [first] = exportClaimReviews(PACKS.practice)['@graph'] as [ClaimReview];
    expect(first.author).toEqual({ '@type': 'Organization', name: 'Lateral classroom' });
    expect(first.claimReviewed).toBe('The two men spoke on 14 October 2024');
    expect(first.itemReviewed.appearance?.map((a) => a.headline)).toEqual([
      'Leaked call shows US envoy coaching Kremlin aide before Trump–Putin talk',
    ]);
    expect(first.reviewRating.alternateName).toBe('False');
    expect(first.url).toBeUndefined();
  });
});

/** What a flag shows a reader: its claim, verdict, correction, why it matters, its type. */
const flagsOf = (pack: StoryPack) =>
  exportClaimReviews(pack)['@graph'].map((r) => ({
    id: r.identifier,
    claim: r.claimReviewed,
    verdict: r.reviewRating.alternateName,
    correction: r.reviewBody,
    why: r.description,
    type: r.keywords,
    title: r.name,
    appeared: r.itemReviewed.appearance ?? [],
  }));

describe('export then import', () => {
  for (const [label, pack] of Object.entries(PACKS)) {
    it(`${label}: gives a valid pack with the same flags, and the same ClaimReviews again`, () => {
      const graph = exportClaimReviews(pack);
      const imported = importClaimReviews(JSON.parse(JSON.stringify(graph)), { id: `${pack.id}-reviews` });
      expect(imported.ok ? imported.notes : imported.problems).toEqual([]);
      if (!imported.ok) return;
      expect(flagsOf(imported.pack)).toEqual(flagsOf(pack));
      expect(exportClaimReviews(imported.pack)).toEqual(graph);
    });

    it(`${label}: the imported pack flags a page that repeats each claim, with that claim's discrepancy`, () => {
      const imported = importClaimReviews(exportClaimReviews(pack));
      if (!imported.ok) throw new Error('import failed');
      const gate = createGate(imported.pack.gate);
      const matcher = createMatcher(compilePack(imported.pack));
      for (const review of exportClaimReviews(pack)['@graph']) {
        const text = `A blog post repeated it today: ${review.claimReviewed}. Readers shared it widely.`;
        expect(gate(text), review.identifier).toBe(true);
        const flags = matcher
          .scan(text)
          .filter((h) => h.kind === 'discrepancy')
          .map((h) => h.discrepancyId);
        expect(flags, review.identifier).toContain(review.identifier);
      }
      expect(matcher.scan('Nothing here repeats any of those claims.')).toEqual([]);
    });
  }
});

const review = (claim: string, extra: object = {}) => ({
  '@type': 'ClaimReview',
  claimReviewed: claim,
  reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName: 'False' },
  author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example' },
  ...extra,
});

describe('an imported ClaimReview pack', () => {
  it('passes the limits of a pack installed from a file', () => {
    for (const pack of Object.values(PACKS)) {
      const imported = importClaimReviews(exportClaimReviews(pack), { id: `${pack.id}-checks`, title: `Checks of ${pack.title}` });
      if (!imported.ok) throw new Error('import failed');
      const checked = checkInstallable(JSON.stringify(imported.pack), [{ id: pack.id, title: pack.title }]);
      expect(checked.ok ? [] : checked.problems, pack.id).toEqual([]);
    }
  });
});

describe('ClaimReview import', () => {
  const shapes: [string, unknown][] = [
    ['a single review', { '@context': 'https://schema.org', ...review('The bridge cost ten billion') }],
    ['an array', [review('The bridge cost ten billion')]],
    ['an @graph', { '@context': 'https://schema.org', '@graph': [review('The bridge cost ten billion')] }],
    [
      'an ItemList',
      { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: review('The bridge cost ten billion') }] },
    ],
    ['a DataFeed', { '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', item: review('The bridge cost ten billion') }] }],
    [
      'a schema:-prefixed type and an author given as text',
      [{ ...review('The bridge cost ten billion'), '@type': 'schema:ClaimReview', author: 'Example Checks' }],
    ],
  ];
  it.each(shapes)('reads %s', (_, json) => {
    const result = importClaimReviews(json, { id: 'bridge-checks' });
    expect(result.ok ? result.notes : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.discrepancies.map((d) => [d.id, d.title, d.sources[0]?.excerpt])).toEqual([
      ['d-claim-1', 'The bridge cost ten billion', 'The bridge cost ten billion'],
    ]);
    expect(result.pack.sources.find((s) => s.role === 'reference')).toMatchObject({ name: 'Example Checks' });
  });

  it('keeps the good reviews of a feed, and names each bad one by its JSON path', () => {
    const feed = {
      '@graph': [
        review('The dam holds four lakes'),
        { '@type': 'ClaimReview', claimReviewed: 42 },
        review('Mild verdict claim here', { reviewRating: { alternateName: 'Misleading' } }),
      ],
    };
    const result = importClaimReviews(feed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notes.join('\n')).toContain('left out ["@graph"][1].claimReviewed');
    expect(result.notes.join('\n')).toContain('["@graph"][1].reviewRating');
    expect(result.pack.discrepancies.map((d) => d.sources[0]?.stance)).toEqual(['wrong', 'differs']);
  });

  it('refuses a file with no ClaimReview, or with only broken ones, listing every problem', () => {
    const none = importClaimReviews({ '@type': 'Article', headline: 'x' });
    expect(none.ok ? [] : none.problems.map((p) => p.path)).toEqual(['(root)']);
    const broken = importClaimReviews([{ '@type': 'ClaimReview' }]);
    expect(broken.ok ? [] : broken.problems.map((p) => p.path).sort()).toEqual(['[0].author', '[0].claimReviewed', '[0].reviewRating']);
  });

  it(`keeps the first ${MAX_IMPORTED_CLAIMS} claims of a long feed and says so`, () => {
    const feed = Array.from({ length: MAX_IMPORTED_CLAIMS + 5 }, (_, i) => review(`Claim number ${i} about the harbour`));
    const result = importClaimReviews(feed);
    expect(result.ok && result.pack.discrepancies.length).toBe(MAX_IMPORTED_CLAIMS);
    expect(result.ok && result.notes).toEqual([`kept the first ${MAX_IMPORTED_CLAIMS} of ${MAX_IMPORTED_CLAIMS + 5} claims`]);
  });

  it('turns pattern characters and markup in a claim into plain words', () => {
    const result = importClaimReviews([review('<b>(a+)+$ costs</b> [ten] billion?')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.rules[0]!.phrases).toEqual(['costs</b>']);
    expect(result.pack.gate).toEqual(['costs']);
    expect(result.pack.discrepancies[0]!.title).toBe('<b>(a+)+$ costs</b> [ten] billion?');
  });
});

describe('npm run claimreview', () => {
  it('exports a pack to JSON-LD and imports it back as a valid pack', async () => {
    const { spawnSync } = await import('node:child_process');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'lateral-claimreview-'));
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repoRoot, 'src', 'cli', 'claimreview.ts'), ...args],
        { cwd: repoRoot, encoding: 'utf8' },
      );
    try {
      const exported = run(
        'export',
        join(repoRoot, 'data', 'workshop-practice.json'),
        '--out',
        join(dir, 'reviews.json'),
        '--url',
        'https://example.org/p',
      );
      expect(exported.status, exported.stderr).toBe(0);
      expect(exported.stderr).toContain('9 ClaimReview(s) from "workshop-practice"');
      const imported = run('import', join(dir, 'reviews.json'), '--id', 'practice-checks', '--out', join(dir, 'pack.json'));
      expect(imported.status, imported.stderr).toBe(0);
      const pack = validatePack(JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')));
      expect(pack.ok && pack.pack.id).toBe('practice-checks');
      expect(run('import', join(repoRoot, 'package.json')).status).toBe(1);
      expect(run('publish', 'x.json').status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the install input', () => {
  it('takes a ClaimReview feed as a pack named after the file, and a broken pack file keeps its own problems', () => {
    const feed = JSON.stringify(exportClaimReviews(PACKS.practice));
    const result = packFromFile(feed, 'Practice Reviews (2026).json', [{ id: PACKS.practice.id, title: PACKS.practice.title }]);
    expect(result.fromClaimReview).toBe(true);
    expect(result.ok && result.pack.id).toBe('claims-practice-reviews-2026');
    const broken = packFromFile(JSON.stringify({ ...PACKS.practice, id: 'Bad Id', facts: [] }), 'pack.json', []);
    expect(broken.fromClaimReview).toBe(false);
    expect(broken.ok ? [] : broken.problems.map((p) => p.path)).toContain('id');
  });
});
