/**
 * The call's people as pages misspell them: one letter off once transliteration variants
 * are folded, counted only where the text is about the story. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findSpellings, foldSpelling, oneEditApart } from '../../../../src/core/detect/spellings';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());
const marked = (text: string) => matcher.scan(text).map((h) => text.slice(h.start, h.end));
const OPENING = 'Bloomberg published the recording of the 14 October call between Steve Witkoff and Yuri Ushakov.\n';

describe('names as pages misspell them', () => {
  it('folds transliteration variants to one spelling', () => {
    expect(foldSpelling('whitkoff')).toBe(foldSpelling('witkoff'));
    expect(foldSpelling('vitkov')).toBe(foldSpelling('witkoff'));
    expect(foldSpelling('witcoff')).toBe(foldSpelling('witkoff'));
  });

  it('tells one edit from two', () => {
    expect(oneEditApart('uhsakof', 'ushakof')).toBe(true);
    expect(oneEditApart('itkof', 'vitkof')).toBe(true);
    expect(oneEditApart('vitkofa', 'vitkof')).toBe(true);
    expect(oneEditApart('kitkat', 'vitkof')).toBe(false);
    expect(oneEditApart('shakof', 'ushakofs')).toBe(false);
  });

  it('finds whole words only', () => {
    const found: string[] = [];
    const text = 'whitkoff and xwhitkoff and uhsakov2 and uitkoff';
    findSpellings(text, [{ rule: 0, folded: foldSpelling('witkoff') }], (_r, from, to) => found.push(text.slice(from, to)));
    expect(found).toEqual(['whitkoff', 'uitkoff']);
  });

  it('marks a misspelt name on a page about the call, and not on a page about nothing of it', () => {
    expect(marked(`${OPENING}Later in the show the host said Whitkoff had simply been doing his job.`)).toContain('Whitkoff');
    expect(marked(`${OPENING}A listener asked whether Uhsakov had known about the tape.`)).toContain('Uhsakov');
    expect(marked('The gallery shows paintings by Whitkoff, a local artist, until Sunday.')).toEqual([]);
  });
});
