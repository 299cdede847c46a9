// `npm run validate` measures a pack against its seed articles when it has them: every
// excerpt verbatim, no outlet quoted past its budget, each problem with its JSON path.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_DIR, runValidate } from '../../../src/cli/validate';
import { fixtureDir, packPath, readFixture, seedDir, seedsAvailable } from '../core/pack/pack-load';

const work = mkdtempSync(join(tmpdir(), 'lateral-validate-seeds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const minimal = join(fixtureDir, 'valid-minimal.json');
/** The minimal fixture quotes its headlines, "on Tuesday", "28 points" and "on Monday". */
const SHORT = {
  '000_a.txt': 'First article. The call was on Tuesday and the plan has 28 points.',
  '001_b.txt': 'Second article. It says the call was on Monday, sadly.',
};

function seedFolder(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('npm run validate with seed articles', () => {
  it('refuses a pack that quotes more than a fifth of an outlet, naming the source by its path', () => {
    const dir = seedFolder('short', SHORT);
    const outcome = runValidate([minimal, '--seeds', dir]);
    expect(outcome.code).toBe(1);
    expect(outcome.err[0]).toBe(`${minimal}: 2 problem(s) against its seed articles`);
    expect(outcome.err[1]).toMatch(/^ {2}sources\[0\]: the pack quotes 6 of 13 words \(46\.2%\) of "s0"; at most 20% may be quoted/);
    expect(outcome.err[2]).toMatch(/^ {2}sources\[1\]: the pack quotes 4 of 10 words/);
  });

  it('passes a pack within budget and says what it measured', () => {
    const roomy = Object.fromEntries(Object.entries(SHORT).map(([f, text]) => [f, `${text} ${'filler '.repeat(40)}`]));
    const dir = seedFolder('roomy', roomy);
    const outcome = runValidate([minimal, `--seeds=${dir}`]);
    expect(outcome).toMatchObject({ code: 0, err: [] });
    expect(outcome.out[1]).toMatch(
      new RegExp(`^excerpt budget \\(at most 20% of each article, seeds in ${dir}\\): s0 11\\.3%, s1 8\\.0%$`),
    );
  });

  it('reports an excerpt its article does not contain, by path', () => {
    const dir = seedFolder('changed', { ...SHORT, '000_a.txt': `First article. The call was on Wednesday. ${'filler '.repeat(40)}` });
    const outcome = runValidate([minimal, '--seeds', dir]);
    expect(outcome.code).toBe(1);
    expect(outcome.err).toContain('  facts[0].sources.s0.excerpt: not found verbatim in 000_a.txt');
  });

  it('measures the seeds it finds and names the ones it does not', () => {
    const dir = seedFolder('partial', { '001_b.txt': `${SHORT['001_b.txt']} ${'filler '.repeat(40)}` });
    const outcome = runValidate([minimal, '--seeds', dir]);
    expect(outcome.code).toBe(0);
    expect(outcome.out.slice(1)).toEqual([expect.stringMatching(/: s1 8\.0%$/), `not in ${dir}, so not measured: 000_a.txt`]);
  });

  it('refuses a seed folder that is not there, and --seeds without a folder', () => {
    expect(runValidate([minimal, '--seeds', join(work, 'nowhere')])).toMatchObject({
      code: 1,
      err: [expect.stringMatching(/cannot read the seed folder .*nowhere: not a directory/)],
    });
    expect(runValidate([minimal, '--seeds']).code).toBe(2);
    expect(runValidate([minimal, '--seeds', '--other']).code).toBe(2);
  });

  it('a shape problem is reported before any article is read', () => {
    const broken = join(work, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...(readFixture('valid-minimal') as object), id: 'Not An Id' }));
    const outcome = runValidate([broken, '--seeds', join(work, 'nowhere')]);
    expect(outcome.code).toBe(1);
    expect(outcome.err[1]).toMatch(/^ {2}id: /);
  });

  it(`measures the bundled pack against ${DEFAULT_SEED_DIR} by default when it is there`, () => {
    const outcome = runValidate([packPath]);
    expect(outcome.code).toBe(0);
    if (seedsAvailable) {
      expect(DEFAULT_SEED_DIR).toBe(seedDir);
      expect(outcome.out[1]).toMatch(
        /^excerpt budget \(at most 20% of each article, seeds in .*\): s0 [\d.]+%, s1 [\d.]+%, s2 [\d.]+%, s3 [\d.]+%, s4 [\d.]+%$/,
      );
    } else {
      console.warn(`[pack-validate-seeds] seed articles not found at ${seedDir}: checked only that validate says so`);
      expect(outcome.out[1]).toMatch(/^excerpt budget not measured: no seed articles at /);
    }
  });
});
