// `npm run validate` refuses a pack:new skeleton that still holds "Replace…" texts, in the
// same words as the options page, and names every place left to fill in.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../../src/cli/validate';
import { checkInstallable } from '../../../src/core/pack-install/check';
import { packSkeleton, PLACEHOLDER } from '../../../src/core/pack-install/skeleton';

const work = mkdtempSync(join(tmpdir(), 'lateral-validate-unfilled-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The skeleton with every "Replace…" text but those at `keep` filled in by its author. */
function filledExcept(keep: readonly string[]): unknown {
  let n = 0;
  const fill = (value: unknown, path: string): unknown => {
    if (typeof value === 'string')
      return PLACEHOLDER.test(value) && !keep.includes(path) ? `Text written by the author, part ${++n}.` : value;
    if (Array.isArray(value)) return value.map((v, i) => fill(v, `${path}[${i}]`));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, path ? `${path}.${k}` : k)]));
    return value;
  };
  return fill(JSON.parse(JSON.stringify(packSkeleton('field-trip'))), '');
}

function write(name: string, json: unknown): string {
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

describe('npm run validate on a new pack', () => {
  it('refuses the untouched skeleton in the options page words, listing every text left', () => {
    const text = JSON.stringify(packSkeleton('field-trip'));
    const file = write('skeleton.json', JSON.parse(text));
    const outcome = runValidate([file]);
    const install = checkInstallable(text, []);
    expect(install.ok).toBe(false);
    const installMessage = install.ok ? '' : install.problems[0]!.message;
    expect(installMessage).toMatch(/^\d+ texts still say what to replace them with; fill them in first$/);
    expect(outcome.code).toBe(1);
    expect(outcome.out).toEqual([]);
    expect(outcome.err[0]).toContain(`${file}: ${installMessage}`);
    const count = Number(/^(\d+)/.exec(installMessage)![1]);
    expect(outcome.err.slice(1)).toHaveLength(count);
    expect(outcome.err[1]).toBe('  title: still says "Replace…"');
  });

  it('names the one text still to fill in, and accepts the pack once it is', () => {
    const one = runValidate([write('almost.json', filledExcept(['facts[0].answer']))]);
    expect(one.code).toBe(1);
    expect(one.err[0]).toMatch(/: 1 texts still say what to replace them with; fill them in first/);
    expect(one.err.slice(1)).toEqual(['  facts[0].answer: still says "Replace…"']);

    const done = runValidate([write('done.json', filledExcept([]))]);
    expect(done.err).toEqual([]);
    expect(done.code).toBe(0);
    expect(done.out[0]).toMatch(/valid story pack "field-trip"/);
  });

  it('lists what is left to fill in after the problems of a pack that is also malformed', () => {
    const broken = { ...(packSkeleton('field-trip') as unknown as Record<string, unknown>), version: 'one' };
    const outcome = runValidate([write('broken.json', broken)]);
    expect(outcome.code).toBe(1);
    expect(outcome.err[0]).toMatch(/: \d+ problem\(s\)$/);
    expect(outcome.err.join('\n')).toMatch(/version/);
    expect(outcome.err.join('\n')).toMatch(/texts still say what to replace them with/);
  });
});
