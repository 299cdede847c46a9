import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCERPT_BUDGET, checkExcerptBudget, excerptShare } from '../../../../src/core/pack/excerpt-budget';
import { storyPackShape, type SeedSource, type StoryPack } from '../../../../src/core/pack/schema';
import { formatPath } from '../../../../src/core/pack/validate';
import { readFixture, readPackJson, seedDir, seedsAvailable } from './pack-load';

const tiny = (): StoryPack => storyPackShape.parse(readFixture('valid-minimal'));
/** Ten words for s0 and s1 each; the fixture quotes "on Tuesday", "28 points", "on Monday" and the headlines. */
const articles = new Map([
  ['s0', 'First article. The call was on Tuesday and the plan has 28 points.'],
  ['s1', 'Second article. It says the call was on Monday, sadly.'],
]);

describe('excerpt budget', () => {
  it('counts the words an outlet is quoted for, each word once', () => {
    const pack = tiny();
    const share = excerptShare(pack, 's0', articles.get('s0')!);
    // headline "First article" (2) + "on Tuesday" (2) + "28 points" (2)
    expect(share).toMatchObject({ words: 13, quoted: 6, notFound: [] });
    pack.discrepancies[0]!.sources.push({ sourceId: 's0', stance: 'agrees', says: 'Tuesday.', excerpt: 'on Tuesday' });
    expect(excerptShare(pack, 's0', articles.get('s0')!).quoted).toBe(6);
  });

  it(`refuses a pack that quotes more than ${EXCERPT_BUDGET * 100}% of an outlet`, () => {
    const problems = checkExcerptBudget(tiny(), articles).map((p) => `${formatPath(p.path)}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^sources\[0\]: the pack quotes 6 of 13 words \(46\.2%\) of "s0"; at most 20% may be quoted/),
      expect.stringMatching(/^sources\[1\]: the pack quotes 4 of 10 words/),
    ]);
    const roomy = new Map([...articles].map(([id, text]) => [id, `${text} ${'filler '.repeat(40)}`]));
    expect(checkExcerptBudget(tiny(), roomy)).toEqual([]);
  });

  it('reports words it cannot find instead of counting them', () => {
    const pack = tiny();
    pack.facts[0]!.sources['s0']!.excerpt = 'on Wednesday';
    expect(excerptShare(pack, 's0', articles.get('s0')!).notFound.map((q) => formatPath(q.path))).toEqual(['facts[0].sources.s0.excerpt']);
  });
});

if (!seedsAvailable) {
  console.warn(`[pack-budget] SKIPPED: seed articles not found at ${seedDir}; the bundled pack's excerpt budget was not measured.`);
}

describe.skipIf(!seedsAvailable)(`bundled pack against ${seedDir}`, () => {
  const pack = storyPackShape.parse(readPackJson());
  const seeds = pack.sources.filter((s): s is SeedSource => s.role === 'seed');
  const texts = new Map(seeds.map((s) => [s.id, seedsAvailable ? readFileSync(resolve(seedDir, s.seedFile), 'utf8') : '']));

  it(`quotes at most ${EXCERPT_BUDGET * 100}% of any outlet's words`, () => {
    const shares = seeds.map((s) => excerptShare(pack, s.id, texts.get(s.id)!));
    console.info(`[pack-budget] ${shares.map((s) => `${s.sourceId} ${s.quoted}/${s.words} (${(s.share * 100).toFixed(1)}%)`).join(', ')}`);
    expect(shares.flatMap((s) => s.notFound.map((q) => formatPath(q.path)))).toEqual([]);
    expect(checkExcerptBudget(pack, texts)).toEqual([]);
  });
});
