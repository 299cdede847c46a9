/**
 * A page written before its story is not about it: its own full dates all lie before the
 * story's events and none on or after the day the story became known. The story's own
 * dates (its events, its key day as pages misprint it) are no sign either way.
 */
import { describe, expect, it } from 'vitest';
import { Scan, type PageEvidence } from '../../../../src/core/scan/scan';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { predatesStory } from '../../../../src/core/detect/period';
import { analyzeInChunks } from '../../../../src/core/scan/whole-text';
import { compiledFullPack } from '../../../fixtures/flags/shared-pages';

const period = { events: '2025-10-13', reported: '2025-11-19', keyDays: [14] };

describe('predatesStory', () => {
  it.each([
    [
      'a forum thread of August',
      'Re: Witkoff in Moskou — 7 augustus 2025, 21:14. Oesjakov zegt dat de top in Alaska komt. Geplaatst op 9 augustus 2025.',
    ],
    [
      'a podcast’s episode list up to mid-October',
      'Aflevering 41 — 3 september 2025: Witkoff en Gaza. Aflevering 44 — 1 oktober 2025. Aflevering 46 — 20 oktober 2025: the call of 16 October 2025.',
    ],
    ['a front page in Russian', 'Главная · 2 октября 2025 года. Ушаков прокомментировал встречу на Аляске.'],
    ['numeric dates of a wire feed', 'Wiadomości 28.09.2025, 14:05 — Witkoff i Uszakow o szczycie. 30.09.2025 — Donieck.'],
    [
      'an analysis datelined after the call but before anyone knew of it',
      'Laras Wulandari · Jumat, 31 Oktober 2025 | 10:15 WIB. Witkoff membahas Gaza pada 13 Oktober 2025; Ushakov bicara soal BRICS.',
    ],
    ['a dateline with a clock time', 'Stand: 3. November 2024. Aktualisiert 31.10.2025, 18:30 Uhr. Witkoff und Kushner in Kairo.'],
  ])('%s predates the story', (_name, text) => {
    expect(predatesStory(period, text)).toBe(true);
  });

  it.each([
    ['a story page with its publication date', 'Posted 26 November 2025. The Witkoff–Ushakov call of 14 October 2025 leaked.'],
    ['background dates beside a later one', 'Witkoff met Putin on 6 August 2025. Updated: 25 Nov 2025.'],
    ['only the story’s own dates', 'The call of 14 October 2025; the second recording, of 29 October 2025.'],
    ['a timeline entry on the call’s own day', 'Dienstag, 14. Oktober 2025, 18:00 Uhr: Witkoff telefoniert mit Uschakow.'],
    [
      'a date of the events in a timeline, with no weekday or time',
      'Timeline. 31 October 2025: Dmitriev back in Moscow. The leak came later.',
    ],
    [
      'the key day misprinted in another month or year',
      'The call took place on 14 September 2025, one outlet wrote; another said 14 October 2024.',
    ],
    ['no full date at all', 'In August 2025 Witkoff went to Moscow; in 2024 he was a developer.'],
    ['a year with no day', '© 2003–2025 Gazeta. All rights reserved.'],
    ['an old article (old dates say nothing of a paragraph added since)', 'Published March 3, 2014. The envoy met the president.'],
    [
      'a biography that gives the leak as a month',
      'Witkoff, born March 15, 1957, met Putin on 6 August 2025; the recording leaked in November 2025.',
    ],
  ])('%s does not predate it', (_name, text) => {
    expect(predatesStory(period, text)).toBe(false);
  });
});

describe('a page dated before the story gets no mark', () => {
  const matcher = createMatcher(compiledFullPack());
  const story =
    'Steve Witkoff and Yuri Ushakov spoke by phone. The recording of the call shows the envoy advising the Kremlin aide on the 28-point peace plan.';

  it('the same words are marked on a page dated after the story became known, and not on one dated before its events', () => {
    const after = `Friday, 28 November 2025. ${story}`;
    const before = `Friday, 8 August 2025. ${story}`;
    expect(analyzeInChunks(matcher, after).hits.length).toBeGreaterThan(0);
    expect(matcher.predated(before)).toEqual({ packs: ['witkoff-ushakov'], all: true, later: [] });
    expect(analyzeInChunks(matcher, before)).toEqual({ hits: [], pageRelevant: false });
  });

  it('a pack without a period never judges a page by its dates', () => {
    const { period: _dropped, ...undated } = compiledFullPack();
    const plain = createMatcher(undated);
    expect(plain.predated(`Friday, 8 August 2025. ${story}`)).toEqual({ packs: [], all: false, later: [] });
  });

  it('a live page judged dated before the story is read again when a new part dates itself after it became known', () => {
    const page: PageEvidence = { pageRelevant: false };
    const old = `Friday, 8 August 2025. Witkoff met Putin in Moscow.\n`;
    // The first pass over the whole text: the page predates the story, nothing is read.
    const first = new Scan(matcher, old, page);
    while (!first.step(Number.POSITIVE_INFINITY));
    expect(first.hits).toEqual([]);
    expect(page.datedBefore).toEqual({ packs: ['witkoff-ushakov'], all: true, later: [] });
    // A part added later with no date of its own changes nothing.
    const undated = `${old}${story}`;
    const quiet = new Scan(matcher, undated, page, [], { span: [old.length, undated.length] });
    while (!quiet.step(Number.POSITIVE_INFINITY));
    expect(quiet.hits).toEqual([]);
    // A post dated after the story became known is the story's.
    const post = `Update, 26 November 2025. ${story}`;
    const live = `${old}${post}`;
    const scan = new Scan(matcher, live, page, [], { span: [old.length, live.length] });
    while (!scan.step(Number.POSITIVE_INFINITY));
    expect(scan.hits.length).toBeGreaterThan(0);
    expect(page.datedBefore?.all).toBe(false);
  });
});
