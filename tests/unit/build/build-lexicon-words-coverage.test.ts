/**
 * With the build's word lists in use, a page normalises no phrase of the engine's own:
 * creating the matcher and reading a story page that runs every kind of claim check
 * looks every built-in phrase up. (A list that only a module's own code names, such as
 * a set of months or a check's inline words, must reach the build too.)
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Normalize from '../../../src/core/text/normalize';
import type { DetectionPackInput } from '../../../src/core/detect/compile';

const normalised = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/core/text/normalize', async (importOriginal) => {
  const original = await importOriginal<typeof Normalize>();
  return {
    ...original,
    normalizePhrase: (phrase: string) => {
      normalised.push(phrase);
      return original.normalizePhrase(phrase);
    },
  };
});

const { lexiconWords } = await import('../../../build/lexicon-words');
const { usePrecomputedWords } = await import('../../../src/core/detect/checks-phrase');
const { compilePack } = await import('../../../src/core/detect/compile');
const { createMatcher } = await import('../../../src/core/detect/matcher');
const { analyzeInChunks } = await import('../../../src/core/scan/whole-text');

const root = new URL('../../../', import.meta.url);

describe('a page with the build-time word lists', () => {
  afterEach(() => usePrecomputedWords(new Map()));

  it('normalises no built-in phrase while creating the matcher and reading a story page', () => {
    const compiled = compilePack(JSON.parse(readFileSync(new URL('data/witkoff-ushakov.json', root), 'utf8')) as DetectionPackInput);
    usePrecomputedWords(new Map(Object.entries(lexiconWords())));
    normalised.length = 0;
    const matcher = createMatcher(compiled);
    const text = [
      'Trump fired his envoy Witkoff after the leaked call.',
      'On 14 November 2025 Steve Witkoff spoke by phone with Yuri Ushakov for about an hour; the recording leaked.',
      'Witkoff asked the Kremlin for the call, the leaked recording shows.',
      'Am 14. Oktober telefonierte Witkoff eine Stunde lang mit Uschakow über den Friedensplan.',
    ].join('\n\n');
    const { hits } = analyzeInChunks(matcher, text);
    // A dismissal, a date, a length and who asked: the checks of every kind ran.
    expect(hits.filter((h) => h.kind === 'discrepancy')).toHaveLength(4);
    expect(normalised).toEqual([]);
  });
});
