import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DISCREPANCY_TYPES, storyPackSchema, storyPackShape, type StoryPack } from '../../../../src/core/pack/schema';
import { formatPath, validatePack } from '../../../../src/core/pack/validate';
import { fixtureDir, packPath, readFixture, readPackJson, repoRoot } from './pack-load';

/** A fixture opened for editing into shapes the schema must refuse: fields as loose strings. */
interface EditablePack {
  sources: Record<string, string | undefined>[];
  facts: { sources: Record<string, Record<string, string | undefined>> }[];
}

const pathsOf = (json: unknown): string[] => {
  const result = validatePack(json);
  return result.ok ? [] : result.problems.map((p) => p.path);
};

describe('story pack schema', () => {
  it('accepts the bundled pack', () => {
    const result = validatePack(readPackJson());
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(storyPackSchema.safeParse(readPackJson()).success).toBe(true);
  });

  it('accepts the minimal valid fixture', () => {
    expect(validatePack(readFixture('valid-minimal')).ok).toBe(true);
  });

  it.each([
    ['excerpt-too-long', 'facts[1].sources.s0.excerpt'],
    ['excerpt-missing', 'facts[0].sources.s1.excerpt'],
    ['fact-missing-seed', 'facts[1].sources.s1'],
    ['unknown-source', 'discrepancies[0].sources[0].sourceId'],
    ['bad-id', 'facts[0].id'],
    ['conflict-without-sources', 'discrepancies[0].sources'],
  ])('rejects %s at %s', (fixture, path) => {
    expect(pathsOf(readFixture(fixture))).toContain(path);
  });

  it('reports shape and integrity problems of one pack together', () => {
    const paths = pathsOf(readFixture('several-problems'));
    expect(paths).toEqual(expect.arrayContaining(['entities[0].aliases.pl', 'topics[1].id', 'facts[0].topic']));
  });

  it('rejects an excerpt on a silent source and unknown keys', () => {
    const pack = structuredClone(readFixture('valid-minimal')) as StoryPack;
    pack.facts[1]!.sources.s1!.excerpt = 'anything';
    Object.assign(pack.facts[0]!, { colour: 'red' });
    expect(pathsOf(pack)).toEqual(expect.arrayContaining(['facts[1].sources.s1.excerpt', 'facts[0]']));
  });

  it('requires each reference item to be a dated, titled item, not an outlet homepage', () => {
    const pack = structuredClone(readFixture('valid-minimal')) as EditablePack;
    const wire = pack.sources[2]!;
    delete wire.date;
    delete wire.title;
    wire.homepage = 'https://example.org';
    wire.url = 'not a url';
    expect(pathsOf(pack)).toEqual(expect.arrayContaining(['sources[2].date', 'sources[2].title', 'sources[2].url', 'sources[2]']));
    // The popover turns url into a link, so only web addresses are accepted.
    const scripted = structuredClone(readFixture('valid-minimal')) as EditablePack;
    scripted.sources[2]!.url = 'javascript:alert(1)';
    expect(pathsOf(scripted)).toEqual(['sources[2].url']);
    scripted.sources[2]!.url = 'https://example.org/news/2025/11/25/item';
    expect(pathsOf(scripted)).toEqual([]);
  });

  it('asks for evidence from outlets that differ, are unconfirmed or are wrong, not from those that agree', () => {
    const pack = structuredClone(readFixture('valid-minimal')) as EditablePack;
    pack.facts[0]!.sources.s1 = { stance: 'unconfirmed', note: 'Says Monday; nothing on record.' };
    delete pack.facts[0]!.sources.s0!.excerpt;
    const paths = pathsOf(pack);
    expect(paths).toContain('facts[0].sources.s1.excerpt');
    expect(paths).not.toContain('facts[0].sources.s0.excerpt');
  });

  it('allows a watch discrepancy with no sources', () => {
    const pack = structuredClone(readFixture('valid-minimal')) as StoryPack;
    pack.discrepancies.push({ ...pack.discrepancies[0]!, id: 'd-watch', kind: 'watch', sources: [] });
    expect(validatePack(pack).ok).toBe(true);
  });

  it('formats paths the way authors read them', () => {
    expect(formatPath(['facts', 3, 'sources', 's2', 'excerpt'])).toBe('facts[3].sources.s2.excerpt');
    expect(formatPath(['entities', 0, 'aliases', 'odd key'])).toBe('entities[0].aliases["odd key"]');
    expect(formatPath([])).toBe('(root)');
  });

  it('describes every discrepancy type in plain words', () => {
    const ids = DISCREPANCY_TYPES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of DISCREPANCY_TYPES) expect(t.description.length).toBeGreaterThan(20);
  });

  it('exports a JSON Schema', () => {
    const json = z.toJSONSchema(storyPackShape, { io: 'input' }) as { properties: Record<string, unknown> };
    expect(Object.keys(json.properties)).toEqual(
      expect.arrayContaining(['id', 'version', 'topics', 'sources', 'entities', 'facts', 'discrepancies', 'rules', 'checks']),
    );
  });
});

describe('npm run validate', () => {
  const run = (file: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'src/cli/validate.ts'), file], { cwd: repoRoot, encoding: 'utf8' });

  it('prints a summary and exits 0 for the bundled pack', () => {
    const r = run(packPath);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid story pack "witkoff-ushakov"/);
  });

  it('prints each problem with its path and exits 1', () => {
    const r = run(resolve(fixtureDir, 'several-problems.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('entities[0].aliases.pl:');
    expect(r.stderr).toContain('facts[0].topic:');
  });

  it('explains unreadable and non-JSON files', () => {
    expect(run(resolve(fixtureDir, 'not-json.json')).stderr).toMatch(/is not valid JSON/);
    const missing = run(resolve(fixtureDir, 'no-such-file.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});
