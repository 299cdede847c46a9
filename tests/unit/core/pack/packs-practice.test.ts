/**
 * The practice pack (data/workshop-practice.json): a second story built on Lateral's own
 * classroom articles. It must be valid, say it is invented, quote its two "articles"
 * exactly and sparingly, mark a page about the practice story, and stay silent on every
 * real page the repository (and ../shared, when present) holds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../../../src/core/classroom/exercise-schema';
import { compilePack } from '../../../../src/core/detect/compile';
import { createGate } from '../../../../src/core/detect/gate';
import { createMatcher } from '../../../../src/core/detect/index';
import { countWords } from '../../../../src/core/pack/schema';
import { validatePack } from '../../../../src/core/pack/validate';
import { repoRoot } from './pack-load';

const FILE = join(repoRoot, 'data', 'workshop-practice.json');
const validated = validatePack(JSON.parse(readFileSync(FILE, 'utf8')));
if (!validated.ok) throw new Error(JSON.stringify(validated.problems, null, 1));
const pack = validated.pack;
const gate = createGate(pack.gate);
const matcher = createMatcher(compilePack(pack));

/** The practice article behind each seed: data/exercises/<seedFile without .txt>.json. */
function articleText(seedFile: string): string {
  const exercise = exerciseSchema.parse(
    JSON.parse(readFileSync(join(repoRoot, 'data', 'exercises', seedFile.replace(/\.txt$/, '.json')), 'utf8')),
  );
  return [exercise.headline, ...exercise.paragraphs.flat().map((s) => s.text)].join('\n');
}

function excerptsBySource(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (sourceId: string, excerpt: string | undefined) => {
    if (excerpt) out.set(sourceId, (out.get(sourceId) ?? new Set()).add(excerpt));
  };
  for (const fact of pack.facts) for (const [id, s] of Object.entries(fact.sources)) add(id, s.excerpt);
  for (const d of pack.discrepancies) for (const s of d.sources) add(s.sourceId, s.excerpt);
  return out;
}

describe('the practice pack', () => {
  it('is labelled as invented where readers and teachers see it', () => {
    expect(pack.title).toMatch(/invented/i);
    expect(pack.summary).toMatch(/not real outlets/);
    for (const topic of pack.topics) expect(topic.summary).toMatch(/invented/i);
    for (const entity of pack.entities) expect(entity.description).toMatch(/invented/i);
  });

  it('quotes each practice article exactly, in excerpts that add up to at most 20% of its words', () => {
    const seeds = pack.sources.filter((s) => s.role === 'seed');
    expect(seeds.length).toBe(2);
    const excerpts = excerptsBySource();
    for (const seed of seeds) {
      const text = articleText(seed.seedFile);
      const quoted = [...(excerpts.get(seed.id) ?? [])];
      expect(quoted.length, seed.id).toBeGreaterThan(0);
      for (const excerpt of quoted) expect(text, `${seed.id}: "${excerpt}"`).toContain(excerpt);
      const share = quoted.reduce((sum, e) => sum + countWords(e), 0) / countWords(text);
      expect(share, seed.id).toBeLessThanOrEqual(0.2);
    }
  });

  it('marks the practice story and flags a planted error repeated on a page', () => {
    const text =
      'In the classroom we read the Riverside Courier practice article. It says the draft would cap Ukraine’s armed forces at 60,000 troops.';
    expect(gate(text)).toBe(true);
    const hits = matcher.scan(text).map((h) => [h.kind, text.slice(h.start, h.end), h.discrepancyId ?? null]);
    expect(hits).toEqual([
      ['mention', 'Riverside Courier', null],
      ['discrepancy', 'cap Ukraine’s armed forces at 60,000 troops', 'd-army-cap-zero'],
    ]);
  });

  it('passes its gate on both mastheads, whatever the spacing and case', () => {
    for (const text of ['THE LARCHMERE REVIEW', 'Riverside\u00a0Courier', 'the riverside  courier says'])
      expect(gate(text), text).toBe(true);
    for (const text of ['riverside', 'a courier', 'Larchmere', 'a review of the 28-point plan']) expect(gate(text), text).toBe(false);
  });
});

/** Every saved real page the checkout holds, plus ../shared's corpus and seeds when present. */
function realPages(): { name: string; text: string }[] {
  const dirs = [
    join(repoRoot, 'tests', 'fixtures', 'corpus'),
    join(repoRoot, 'tests', 'accuracy', 'tune', 'pages'),
    join(repoRoot, 'tests', 'accuracy', 'frozen', 'pages'),
    join(repoRoot, 'tests', 'accuracy', 'blind', 'pages'),
    join(repoRoot, 'tests', 'accuracy', 'blind2', 'pages'),
    join(repoRoot, 'tests', 'accuracy', 'blind3', 'pages'),
    join(repoRoot, 'tests', 'accuracy', 'look4', 'pages'),
    join(repoRoot, 'tests', 'accuracy', 'blind4', 'pages'),
    join(repoRoot, 'tests', 'accuracy', 'blind5', 'pages'),
    join(repoRoot, 'tests', 'accuracy', 'blind6', 'pages'),
    join(repoRoot, 'tests', 'accuracy', 'blind7', 'pages'),
    join(repoRoot, '..', 'shared', 'corpus', 'readability'),
    join(repoRoot, '..', 'shared', 'seeds'),
  ].filter((dir) => existsSync(dir));
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(html|txt)$/.test(name))
      .map((name) => ({ name: `${dir}/${name}`, text: readFileSync(join(dir, name), 'utf8') })),
  );
}

describe('the practice pack on real pages', () => {
  const pages = realPages();
  const shared = existsSync(join(repoRoot, '..', 'shared', 'corpus', 'readability'));
  it(`finds nothing on any of ${pages.length} real pages${shared ? ' (including ../shared)' : ' (../shared is absent: repository pages only)'}`, () => {
    expect(pages.length).toBeGreaterThan(shared ? 150 : 40);
    // The raw HTML holds every word of the page text, so a gate that fails on it fails on the text too.
    expect(pages.filter((p) => gate(p.text)).map((p) => p.name)).toEqual([]);
    const text = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ');
    expect(pages.filter((p) => matcher.scan(text(p.text)).length > 0).map((p) => p.name)).toEqual([]);
  });
});
