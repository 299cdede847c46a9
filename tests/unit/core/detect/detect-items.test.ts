/**
 * Per-item scoping on pages that carry many stories: the text index finds the items
 * (entries, cards, list items) and the matcher judges ambiguous words inside an item by
 * that item's own evidence.
 */
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { itemsWithin } from '../../../../src/core/detect/items';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { buildTextIndex } from '../../../../src/dom/text-index';
import { compiledPack } from '../../../fixtures/detect/load';

const window = new Window();
afterAll(() => window.happyDOM.close());

function page(html: string) {
  window.document.body.innerHTML = html;
  return buildTextIndex(window.document.body as unknown as Node);
}

const LIVE_BLOG = `
  <h1>Ukraine live</h1>
  <div class="entry"><h3>Leaked call</h3><p>Bloomberg published the recording of Steve Witkoff's 14 October call with Yuri Ushakov about the 28-point plan for Ukraine.</p></div>
  <div class="entry"><h3>Gaza</h3><p>Witkoff is expected in Cairo for talks on the second phase of the ceasefire.</p></div>
  <div class="entry"><h3>Sport</h3><p>Kovalenko scored 28 points in the cup.</p></div>`;

describe('items of a many-story page', () => {
  it('are repeated blocks with an item structure, not paragraphs of one article', () => {
    const index = page(LIVE_BLOG);
    const items = [];
    for (let i = 0; i < index.items.length; i += 3)
      items.push(
        index.text
          .slice(index.items[i], index.items[i + 1])
          .trim()
          .split('\n')[0],
      );
    expect(items).toEqual(['Leaked call', 'Gaza', 'Sport']);
    expect(page('<article><p>Witkoff spoke.</p><p>Ushakov listened.</p><p>More.</p></article>').items).toEqual([]);
    expect(page('<ul><li>one</li><li>two</li></ul>').items).toEqual([0, 4, 0, 4, 8, 0]);
  });

  it('mark ambiguous words only in the items about the story', () => {
    const index = page(LIVE_BLOG);
    const matcher = createMatcher(compiledPack());
    const marked = (items?: number[]) => matcher.scan(index.text, { items }).map((h) => index.text.slice(h.start, h.end));
    const scoped = marked(index.items);
    expect(scoped).toEqual(expect.arrayContaining(['recording', 'Yuri Ushakov']));
    expect(scoped.filter((t) => t === 'Witkoff')).toEqual([]);
    expect(scoped.some((t) => t.includes('28 points'))).toBe(false);
    // Without items, the page as a whole decides and the Gaza entry's name is marked too.
    expect(marked().filter((t) => t === 'Witkoff')).toHaveLength(1);
  });

  it('shift into the slice a caller scans in chunks', () => {
    expect(itemsWithin([0, 10, 0, 20, 40, 0, 50, 60, 1], 15, 55)).toEqual([5, 25, 0, 35, 40, 1]);
  });
});
