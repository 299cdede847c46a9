/**
 * Story words far apart on a page that is about something else: a city page's admiral
 * street, its own numbered plan and a leaked recording of local officials sit in three
 * sections and add up to nothing. Sentences written for this test.
 */
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { CLUSTER_REACH, clusters, LOCAL_WINDOW, relevanceScore } from '../../../../src/core/detect/relevance';
import { CHUNK_CONTEXT } from '../../../../src/core/scan/scan';
import { analyzeInChunks } from '../../../../src/core/scan/whole-text';
import { buildTextIndex } from '../../../../src/dom/text-index';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());

describe('clusters', () => {
  it('needs two rules worth of weight within reach of each other', () => {
    expect(
      clusters([
        { group: 'a', weight: 1, from: 0 },
        { group: 'b', weight: 1, from: CLUSTER_REACH },
      ]),
    ).toBe(true);
    expect(
      clusters([
        { group: 'a', weight: 1, from: 0 },
        { group: 'b', weight: 1, from: CLUSTER_REACH + 1 },
      ]),
    ).toBe(false);
  });

  it('counts a rule once however often it matches', () => {
    expect(
      clusters([
        { group: 'a', weight: 1, from: 0 },
        { group: 'a', weight: 1, from: 10 },
      ]),
    ).toBe(false);
    expect(
      clusters([
        { group: 'a', weight: 1, from: 0 },
        { group: 'b', weight: 0.5, from: 10 },
        { group: 'c', weight: 0.5, from: 20 },
      ]),
    ).toBe(true);
  });

  it('reaches no further than a chunk of the scan reads around it', () => {
    expect(CLUSTER_REACH).toBeLessThanOrEqual(LOCAL_WINDOW);
    expect(CLUSTER_REACH).toBeLessThan(CHUNK_CONTEXT);
  });
});

describe('relevanceScore', () => {
  it('lets ambiguous words support the story only where they clustered', () => {
    const scattered = { strong: [], ambiguous: { a: 1, b: 1 }, context: ['x', 'y', 'z'] };
    expect(relevanceScore(scattered).supports).toBe(false);
    expect(relevanceScore({ ...scattered, clustered: true as const }).supports).toBe(true);
    expect(relevanceScore({ ...scattered, strong: ['s'] }).supports).toBe(true);
  });
});

describe('the matcher and scattered story words', () => {
  /** Sections of a city page, each padded with talk of the district so that they stand apart. */
  const filler = (n: number) =>
    Array.from({ length: n }, () => 'Мешканці кажуть, що це питання обговорюють роками без жодного результату.').join(' ');
  const cityPage =
    'Міська рада перейменувала ще вісім вулиць\n' +
    `Депутати в четвер перейменували вулицю в портовому районі. За словами голови комісії з питань культури, Ушаков воював за імперію і не має місця на мапі міста. ${filler(6)}\n` +
    'План з 28 пунктів на зиму\n' +
    `Депутати затвердили план підготовки лікарень і насосних станцій до зими з 28 пунктів після ударів по енергетиці. ${filler(7)}\n` +
    'Запис розмови в сесійній залі\n' +
    `Депутат увімкнув аудіозапис телефонної розмови, на якому посадовець обговорює автобусні маршрути. ${filler(2)}\n` +
    'Коротко: Київ передав генератори; депутати просять, щоб обмін полоненими з Росією стояв першим на мирних переговорах щодо України.\n';

  it('marks nothing on a page whose story-like words sit in separate sections', () => {
    expect(analyzeInChunks(matcher, cityPage).hits).toEqual([]);
  });

  it('still marks the same words where they stand together', () => {
    const together = `План з 28 пунктів і запис розмови\nУшаков із Кремля на записі розмови обговорює план з 28 пунктів для України і Росії. ${filler(2)}\n`;
    const marks = analyzeInChunks(matcher, together).hits.map((h) => together.slice(h.start, h.end));
    expect(marks).toContain('Ушаков');
  });
});

describe('story words in neighbouring items of a many-story page', () => {
  const window = new Window();
  afterAll(() => window.happyDOM.close());
  // Three short teasers of a regional front page: each holds one story-like word, and the
  // end of one stands within reach of the start of the next.
  const teasers = [
    "<article><h2>Harbour master's leaked recording</h2><p>A leaked recording of a phone call in which the harbour master promises berths to a friend is online.</p></article>",
    '<article><h2>Council backs a 28-point plan for the ring road</h2><p>Works start in spring; residents may comment.</p></article>',
    '<article><h2>Kremlin aide on a trip to India</h2><p>Yuri Ushakov said Putin would fly to Delhi to talk about trade with Russia in Ukraine-war times.</p></article>',
  ];
  const scan = (html: string) => {
    window.document.body.innerHTML = html;
    const index = buildTextIndex(window.document.body as unknown as Node);
    return matcher.scan(index.text, { items: index.items }).map((h) => index.text.slice(h.start, h.end));
  };

  it('do not support each other across the items', () => {
    expect(scan(`<h1>Coast News</h1>${teasers.join('')}`)).toEqual([]);
  });

  it('still do when they stand in one item', () => {
    const one =
      '<article><h2>The tape of the call</h2><p>In the recording, Yuri Ushakov discusses the 28-point plan with the American side.</p></article>';
    expect(scan(`<h1>Coast News</h1>${teasers[0]}${one}`)).toContain('Yuri Ushakov');
  });
});
