/**
 * The scan CLI extracts text with the content script's buildTextIndex under
 * happy-dom and prints a stable JSON report (docs/scan-report.md).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArgs, REPORT_FORMAT, scanHtml } from '../../../src/cli/scan';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const page = (name: string) => readFileSync(`${root}tests/fixtures/detect/${name}`, 'utf8');
const pack = (): unknown => JSON.parse(readFileSync(`${root}data/witkoff-ushakov.json`, 'utf8'));

describe('scan CLI', () => {
  it('reports mentions and discrepancies of a story page, skipping scripts', () => {
    const r = scanHtml(page('page-story.html'), pack(), { source: 'page-story.html', sensitivity: 'balanced' });
    expect(r.format).toBe(REPORT_FORMAT);
    expect(r.pageRelevant).toBe(true);
    expect(
      r.hits
        .map((h) => h.discrepancyId)
        .filter(Boolean)
        .sort(),
    ).toEqual(['d-call-date-year', 'd-call-length', 'd-former-president', 'd-trump-reaction-dismissal']);
    expect(r.hits.some((h) => h.text.includes('Witkoff–Ushakov'))).toBe(true);
    // The sports box's 28-point deficit and the inline script's names are not hits.
    expect(r.hits.some((h) => h.context.includes('deficit') && h.text.includes('28'))).toBe(false);
    expect(r.counts.mentions + r.counts.discrepancies).toBe(r.hits.length);
  });

  it('finds nothing on the hard-negative page', () => {
    const r = scanHtml(page('page-negative.html'), pack(), { source: '-', sensitivity: 'broad' });
    expect(r.hits).toEqual([]);
    expect(r.pageRelevant).toBe(false);
  });

  it('does not scan a page that fails the gate, as the content script does not', () => {
    const html = '<p>Shelling hit Donetsk overnight, Bloomberg reported, citing a leaked recording of the call.</p>';
    const r = scanHtml(html, pack(), { source: '-', sensitivity: 'broad' });
    expect(r.gatePassed).toBe(false);
    expect(r.hits).toEqual([]);
    expect(scanHtml(page('page-story.html'), pack(), { source: '-', sensitivity: 'broad' }).gatePassed).toBe(true);
  });

  it('parses arguments', () => {
    expect(parseArgs(['-', '--json', '--sensitivity', 'strict'])).toMatchObject({ source: '-', json: true, sensitivity: 'strict' });
    expect(() => parseArgs([])).toThrow(/usage/);
    expect(() => parseArgs(['a.html', '--sensitivity', 'loud'])).toThrow(/strict/);
  });

  it('runs end to end with --json on a file:// URL', () => {
    const url = `file://${root}tests/fixtures/detect/page-story.html`;
    const out = execFileSync(`${root}node_modules/.bin/tsx`, [`${root}src/cli/scan.ts`, url, '--json'], { encoding: 'utf8' });
    const report = JSON.parse(out) as Record<string, unknown>;
    expect(report.source).toBe(url);
    expect(Object.keys(report)).toEqual([
      'format',
      'source',
      'pack',
      'sensitivity',
      'pageRelevant',
      'textLength',
      'counts',
      'hits',
      'gatePassed',
      'datedBefore',
    ]);
    expect(report.gatePassed).toBe(true);
    expect(report.datedBefore).toBe(false);
  });
});
