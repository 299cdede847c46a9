/**
 * Authoring a story pack: the skeleton `npm run pack:new` writes passes the real pack
 * schema, the command refuses bad ids and existing files, and every build carries the
 * JSON Schema editors complete against.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packSchema, SCHEMA_FILE_NAME } from '../../../../build/vite-plugin-pack-schema';
import { compilePack } from '../../../../src/core/detect/compile';
import { createGate } from '../../../../src/core/detect/gate';
import { createMatcher } from '../../../../src/core/detect/index';
import { packSkeleton } from '../../../../src/core/pack-install/skeleton';
import { validatePack } from '../../../../src/core/pack/validate';
import { repoRoot } from '../pack/pack-load';

const tmp = mkdtempSync(join(tmpdir(), 'lateral-pack-new-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const packNew = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repoRoot, 'scripts', 'pack-new.ts'), ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: tmp },
    },
  );

describe('story pack skeleton', () => {
  it.each(['my-story', 'a', 'city-budget-2026'])('"%s" passes the pack schema and its integrity checks', (id) => {
    const result = validatePack(JSON.parse(JSON.stringify(packSkeleton(id))));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.pack.id).toBe(id);
  });

  it('has one of every part an author fills in', () => {
    const pack = packSkeleton('parts');
    for (const list of [pack.topics, pack.entities, pack.facts, pack.discrepancies, pack.rules, pack.checks, pack.gate]) {
      expect(list.length).toBeGreaterThan(0);
    }
    expect(pack.sources.map((s) => s.role).sort()).toEqual(['reference', 'seed']);
  });

  it.each(['My Story', 'two--hyphens', '', '-lead'])('refuses the id "%s"', (id) => {
    expect(() => packSkeleton(id)).toThrow(/kebab-case/);
  });
});

describe('npm run pack:new', () => {
  it('writes a pack that npm run validate checks as the options page does, with $schema pointing at the schema file', () => {
    const r = packNew('field-trip');
    expect(r.status, r.stderr).toBe(0);
    const file = join(tmp, 'field-trip.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { $schema: string };
    expect(resolve(tmp, json.$schema)).toBe(join(repoRoot, 'data', SCHEMA_FILE_NAME));
    const validate = spawnSync(
      process.execPath,
      [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(repoRoot, 'src', 'cli', 'validate.ts'), file],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    // Well formed, but not filled in: refused in the options page's words.
    expect(validate.status, validate.stderr).toBe(1);
    expect(validate.stderr).toMatch(/field-trip\.json: \d+ texts still say what to replace them with; fill them in first/);
  });

  it('never overwrites a file, and refuses a bad id with usage', () => {
    expect(packNew('field-trip').status).not.toBe(0);
    const bad = packNew('Not_An_Id');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/usage/);
  });
});

describe('the JSON Schema ships with the build', () => {
  it('is emitted at the root of the extension, byte for byte the one in data/', () => {
    const emitted: { fileName?: string; source?: unknown }[] = [];
    const plugin = packSchema();
    const generate = plugin.generateBundle as unknown as (this: { emitFile(f: object): string }) => void;
    generate.call({ emitFile: (file) => (emitted.push(file), 'ref') });
    expect(emitted).toEqual([
      { type: 'asset', fileName: SCHEMA_FILE_NAME, source: readFileSync(join(repoRoot, 'data', SCHEMA_FILE_NAME), 'utf8') },
    ]);
  });
});

describe('docs/story-packs.md', () => {
  it('has a worked example that is a valid pack', () => {
    const doc = readFileSync(join(repoRoot, 'docs', 'story-packs.md'), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const result = validatePack(JSON.parse(block!));
    expect(result.ok ? [] : result.problems).toEqual([]);
    // What the text promises: the phrase is marked and the wrong date is flagged.
    const text = 'The Harbour Bridge repair went ahead after the vote on 3 May, the council said.';
    const matcher = createMatcher(compilePack(result.ok ? result.pack : packSkeleton('never')));
    expect(createGate(result.ok ? result.pack.gate : [])(text)).toBe(true);
    const hits = matcher.scan(text);
    expect(hits.map((h) => [h.kind, text.slice(h.start, h.end)])).toEqual(
      expect.arrayContaining([
        ['mention', 'Harbour Bridge repair'],
        ['discrepancy', expect.stringContaining('3 May')],
      ]),
    );
  });
});
