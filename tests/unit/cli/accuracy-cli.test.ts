/**
 * `npm run scan -- --expect`: labelled pages scored in Node with the content script's
 * text index and the browser suite's scorer. The dev corpus part runs whenever
 * ../shared/dev-corpus exists beside the checkout.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { markPage, pageEngine, parseExpectArgs, scoreFolder } from '../../../src/cli/scan-expect';
import { parseExpectations } from '../../../src/core/accuracy/expectations';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const DEV = join(root, '..', 'shared', 'dev-corpus');
const engine = pageEngine(JSON.parse(readFileSync(join(root, 'data/witkoff-ushakov.json'), 'utf8')), 'balanced');

const dir = mkdtempSync(join(tmpdir(), 'lateral-expect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan --expect', () => {
  it('maps a hit split across elements onto the reader text, skipping scripts and textareas', () => {
    const html = `<html><body><h1>The <em>Witkoff</em>–Ushakov call</h1>
      <script>var s = "Witkoff Ushakov 28-point plan";</script>
      <p>Steve   Witkoff spoke to Yuri Ushakov about the 28-<b>point</b> plan.</p>
      <textarea>Witkoff</textarea></body></html>`;
    const { text, marks } = markPage(html, engine);
    expect(text).not.toContain('var s');
    expect(text).toContain('Steve Witkoff spoke');
    const marked = marks.map((m) => text.slice(m.start, m.end));
    expect(marked.some((m) => m.startsWith('Witkoff–Ushakov'))).toBe(true);
    expect(marked.some((m) => m.includes('28-point'))).toBe(true);
  });

  it('scores a folder of labelled pages', () => {
    writeFileSync(join(dir, 'story.html'), '<p>Steve Witkoff and Yuri Ushakov discussed the 28-point peace plan on the phone.</p>');
    writeFileSync(join(dir, 'other.html'), '<p>The city council adopted a 28-point transport plan for Donetsk Avenue.</p>');
    const expectations = parseExpectations({
      'story.html': { relevant: true, lang: 'en', mustHighlight: [{ text: 'Steve Witkoff' }, { text: 'Yuri Ushakov' }] },
      'other.html': { relevant: false, lang: 'en', mustNotHighlight: [{ text: '28-point transport plan' }] },
    });
    const { summary, pages } = scoreFolder(expectations, dir, engine);
    expect(summary.overall.phrases).toBe(2);
    expect(summary.overall.hit).toBe(2);
    expect(summary.overall.unrelatedMarks).toBe(0);
    expect(pages.find((p) => p.page === 'other.html')!.unlocated).toEqual([]);
  });

  it('reads its arguments in either order and refuses a missing folder', () => {
    expect(parseExpectArgs(['pages', '--expect', 'e.json', '--json'])).toMatchObject({
      expectPath: 'e.json',
      pagesDir: 'pages',
      json: true,
    });
    expect(parseExpectArgs(['x.html'])).toBeNull();
    expect(() => parseExpectArgs(['--expect', 'e.json'])).toThrow(/usage/);
  });

  it.runIf(existsSync(DEV))('finds every static label of ../shared/dev-corpus in the text it extracts', () => {
    const expectations = parseExpectations(JSON.parse(readFileSync(join(DEV, 'expectations.json'), 'utf8')));
    const { pages } = scoreFolder(expectations, join(DEV, 'pages'), engine);
    expect(pages).toHaveLength(Object.keys(expectations).length);
    for (const p of pages) {
      if (expectations[p.page]!.dynamicMs !== undefined) continue;
      expect({ page: p.page, unlocated: p.unlocated, missing: p.recall.filter((r) => !r.found).map((r) => r.text) }).toEqual({
        page: p.page,
        unlocated: [],
        missing: [],
      });
    }
  });
});
