/**
 * The command-line tools on input a page never is: a device that never ends, a pipe,
 * pages nested a hundred thousand elements deep, binary files, packs with thousands of
 * problems, and usage mistakes, with one exit-code convention (0 ok, 1 invalid input or
 * findings, 2 usage). Time in input size is shown by the work done, not by a clock:
 * every engine call reads a bounded chunk with bounded context either side, and the chunks
 * add up to the text once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeInChunks } from '../../../src/cli/chunked-analysis';
import { CHUNK_CONTEXT, MIN_CHUNK, SCAN_CHUNK as CHUNK_CHARS } from '../../../src/core/scan/scan';
import { InputError, notHtmlReason, readLimited } from '../../../src/cli/input';
import { exitCodeFor, extractText, MAX_PAGE_BYTES, parseArgs, readPage, scanHtml } from '../../../src/cli/scan';
import { cappedProblems, MAX_LISTED, runValidate } from '../../../src/cli/validate';
import { compilePack } from '../../../src/core/detect/compile';
import { createMatcher, type Matcher } from '../../../src/core/detect/index';
import { validatePack } from '../../../src/core/pack/validate';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'lateral-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (tool: 'scan' | 'validate', args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [TSX, join(ROOT, 'src', 'cli', `${tool}.ts`), ...args], { encoding: 'utf8', timeout: 120_000, input });

const packJson = () => JSON.parse(readFileSync(join(ROOT, 'data', 'witkoff-ushakov.json'), 'utf8')) as unknown;

function matcher(): Matcher {
  const v = validatePack(packJson());
  if (!v.ok) throw new Error('the shipped pack is invalid');
  return createMatcher(compilePack(v.pack), { sensitivity: 'balanced' });
}

function catching(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const DENSE =
  '<p>Steve Witkoff spoke with Yuri Ushakov on 14 November 2025 about the 28-point peace plan; the Witkoff–Ushakov call lasted five minutes.</p>\n';

describe('input size', { timeout: 120_000 }, () => {
  it('refuses a device that never ends once the limit is reached, with the limit in the message', () => {
    expect(() => readLimited('/dev/zero', 1024 * 1024)).toThrow(InputError);
    expect(() => readLimited('/dev/zero', 1024 * 1024)).toThrow(/larger than 1 MB/);
    const run = cli('scan', ['/dev/zero']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
    expect(run.stdout).toBe('');
  });

  it('refuses a regular file over the limit by its size, before reading it', () => {
    const file = join(dir, 'big.html');
    writeFileSync(file, Buffer.alloc(2 * 1024 * 1024, 0x61));
    expect(() => readLimited(file, 1024 * 1024)).toThrow(/big\.html is larger than 1 MB/);
    expect(readLimited(file, 3 * 1024 * 1024).length).toBe(2 * 1024 * 1024);
  });

  it('reads standard input up to the limit', () => {
    const run = cli('scan', ['-', '--json'], `<p>${DENSE}</p>`);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { counts: { mentions: number } }).counts.mentions).toBeGreaterThan(0);
  });
});

describe('time grows with the input', { timeout: 120_000 }, () => {
  it('runs the engine on bounded chunks with bounded context, as many as the text is long, with the same hits as one call on a small page', () => {
    const m = matcher();
    const calls: number[] = [];
    const spy: Matcher = {
      ...m,
      analyze: (text, ctx) => (calls.push(text.length), m.analyze(text, ctx)),
      scan: (text, ctx) => (calls.push(text.length), m.scan(text, ctx)),
    };
    const text = extractText(`<html><body>${DENSE.repeat(4_000)}</body></html>`);
    const chunked = analyzeInChunks(spy, text);
    expect(Math.max(...calls)).toBeLessThanOrEqual(CHUNK_CHARS + 2 * CHUNK_CONTEXT);
    // Every char in one chunk, each chunk read with its context; a chunk is cut back to a line
    // break, so it holds at least half of MIN_CHUNK (the last aside) on a page of short lines.
    expect(calls.length).toBeLessThanOrEqual(2 * Math.ceil(text.length / MIN_CHUNK) + 1);
    expect(calls.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(text.length + 2 * CHUNK_CONTEXT * calls.length);
    expect(chunked.hits.length).toBeGreaterThan(4_000);
    const small = extractText(`<html><body>${DENSE.repeat(20)}</body></html>`);
    const key = (h: { start: number; end: number; ruleId: string }) => `${h.start}:${h.end}:${h.ruleId}`;
    expect(analyzeInChunks(m, small).hits.map(key).sort()).toEqual(m.analyze(small).hits.map(key).sort());
  });
});

describe('odd input', { timeout: 120_000 }, () => {
  it('a page nested 100,000 elements deep is scanned and the process ends cleanly', () => {
    const file = join(dir, 'deep.html');
    writeFileSync(
      file,
      `<html><body>${'<div>'.repeat(100_000)}Steve Witkoff spoke with Yuri Ushakov about the Witkoff–Ushakov call.${'</div>'.repeat(100_000)}</body></html>`,
    );
    const run = cli('scan', [file]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Witkoff–Ushakov');
  });

  it('binary and markup-free input is scanned as text with a note saying it is not HTML', () => {
    const bin = join(dir, 'noise.bin');
    writeFileSync(bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const run = cli('scan', [bin]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/does not look like an HTML page: it holds binary data/);
    expect(notHtmlReason(Buffer.from('Steve Witkoff spoke with Yuri Ushakov.'))).toMatch(/no HTML markup/);
    expect(notHtmlReason(Buffer.from(''))).toBe('it is empty');
    expect(notHtmlReason(Buffer.from('<!doctype html><p>text</p>'))).toBeUndefined();
    expect(
      scanHtml('Steve Witkoff spoke with Yuri Ushakov about the Witkoff–Ushakov call.', packJson(), {
        source: '-',
        sensitivity: 'balanced',
      }).counts.mentions,
    ).toBeGreaterThan(0);
  });
});

describe('validate', { timeout: 120_000 }, () => {
  it('lists the first problems and counts the rest', () => {
    const problems = Array.from({ length: 1234 }, (_, i) => ({ path: `facts[${i}].id`, message: 'must be kebab-case' }));
    const lines = cappedProblems(problems);
    expect(lines).toHaveLength(MAX_LISTED + 1);
    expect(lines[MAX_LISTED]).toBe(`  … and ${1234 - MAX_LISTED} more`);
    expect(cappedProblems(problems.slice(0, 3))).toHaveLength(3);
  });

  it('a pack with thousands of problems prints a bounded list and exits 1', () => {
    const pack = packJson() as { facts: { id: string }[] };
    const broken = { ...pack, facts: Array.from({ length: 3_000 }, () => ({ id: 'Not An Id' })) };
    const file = join(dir, 'broken-pack.json');
    writeFileSync(file, JSON.stringify(broken));
    const outcome = runValidate([file]);
    expect(outcome.code).toBe(1);
    expect(outcome.err.length).toBeLessThanOrEqual(MAX_LISTED + 2);
    expect(outcome.err[outcome.err.length - 1]).toMatch(/^ {2}… and \d+ more$/);
  });

  it('refuses a file over its size limit', () => {
    const file = join(dir, 'huge-pack.json');
    writeFileSync(file, Buffer.alloc(9 * 1024 * 1024, 0x20));
    const outcome = runValidate([file]);
    expect(outcome.code).toBe(1);
    expect(outcome.err.join('\n')).toMatch(/larger than 8 MB/);
  });
});

describe('exit codes: 0 ok, 1 invalid input or findings, 2 usage', { timeout: 120_000 }, () => {
  it('scan', () => {
    const help = cli('scan', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:[\s\S]*0 [\s\S]*1 [\s\S]*2 /);
    expect(cli('scan', []).status).toBe(2);
    for (const args of [['a.html', '--loud'], ['a.html', '--sensitivity', 'loud'], ['a.html', 'b.html'], ['--pack']]) {
      expect(exitCodeFor(catching(() => parseArgs(args))), args.join(' ')).toBe(2);
    }
    expect(exitCodeFor(catching(() => readPage(join(dir, 'missing.html'))))).toBe(1);
    const missing = cli('scan', [join(dir, 'missing.html')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it('validate', () => {
    expect(runValidate(['--help'])).toMatchObject({ code: 0, out: [expect.stringMatching(/Exit codes:[\s\S]*0 [\s\S]*1 [\s\S]*2 /)] });
    expect(runValidate([]).code).toBe(2);
    expect(runValidate(['a.json', 'b.json']).code).toBe(2);
    expect(runValidate(['a.json', '--strict']).code).toBe(2);
    expect(runValidate([join(dir, 'missing.json')]).code).toBe(1);
    expect(runValidate([join(ROOT, 'data', 'witkoff-ushakov.json')]).code).toBe(0);
    expect(cli('validate', []).status).toBe(2);
  });
});
