/**
 * A malformed story pack: the validation function names every problem with its JSON
 * path, `npm run validate -- FILE` prints them and exits non-zero, and the build plugin
 * refuses to load such a pack (the build stops on it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../../src/core/pack/validate';
import { loadPack } from '../../../../build/vite-plugin-story-packs';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const DIR = join(ROOT, 'tests', 'fixtures', 'bad-input', 'packs');
const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as { file: string; expectPaths: string[]; why: string }[];

function runValidate(file: string) {
  return spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'validate.ts'), file],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
}

describe('malformed story packs', () => {
  for (const c of cases) {
    it(`${c.file} (${c.why}): validatePack and the build loader list problems with paths`, () => {
      const text = readFileSync(join(DIR, c.file), 'utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const loaded = loadPack(join(DIR, c.file));
      expect(loaded.ok, 'the build must refuse this pack').toBe(false);
      if (json === undefined) return;
      const result = validatePack(json);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const paths = result.problems.map((p) => p.path);
      for (const expected of c.expectPaths) {
        expect(
          paths.some((p) => p === expected || p.startsWith(`${expected}.`) || p.startsWith(`${expected}[`)),
          `${expected} in ${paths.join(', ')}`,
        ).toBe(true);
      }
      for (const p of result.problems) expect(p.message.length).toBeGreaterThan(3);
    });
  }

  it('the validate CLI prints each problem with its path and exits 1', () => {
    const run = runValidate(join(DIR, 'long-excerpt.json'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('facts[0].sources.s0.excerpt');
    const notJson = runValidate(join(DIR, 'not-json.json'));
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/not valid JSON/);
  });

  it('the validate CLI accepts the shipped pack (exit 0), so the failures above are about the input', () => {
    const run = runValidate(join(ROOT, 'data', 'witkoff-ushakov.json'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('the pack with markup in every text is still a valid pack (it is used by the injection tests)', () => {
    const json = JSON.parse(
      readFileSync(join(ROOT, 'tests', 'fixtures', 'bad-input', 'hostile-pack', 'markup-payloads.json'), 'utf8'),
    ) as unknown;
    const result = validatePack(json);
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
  });
});
