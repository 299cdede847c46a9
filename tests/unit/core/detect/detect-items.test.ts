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

/** The marks of an indexed page before and from the first `marker`, scanned with its items. */
function marksAround(index: ReturnType<typeof page>, marker: string): [string[], string[]] {
  const at = index.text.indexOf(marker);
  const hits = createMatcher(compiledPack()).scan(index.text, { items: index.items });
  const text = (h: { start: number; end: number }) => index.text.slice(h.start, h.end);
  return [hits.filter((h) => h.start < at).map(text), hits.filter((h) => h.start >= at).map(text)];
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

  it('keep an entry that names both men of the call though it mentions another story in passing', () => {
    const feed = `
      <h1>Morning briefing</h1>
      <div class="entry"><h3>The tape</h3><p>Bloomberg has put the recording of the October call online; the full transcript is linked below.</p></div>
      <div class="entry"><h3>On the line</h3><p>Who was talking: Steve Witkoff and Yuri Ushakov. Witkoff also leads the talks on Gaza for the White House.</p></div>
      <div class="entry"><h3>Gaza</h3><p>Witkoff is expected in Cairo for talks on the second phase of the ceasefire.</p></div>`;
    const index = page(feed);
    const cairo = index.text.indexOf('Witkoff is expected');
    const hits = createMatcher(compiledPack()).scan(index.text, { items: index.items });
    expect(hits.some((h) => index.text.slice(h.start, h.end).includes('Yuri Ushakov'))).toBe(true);
    expect(hits.filter((h) => h.start >= cairo)).toEqual([]);
  });

  it('give the later recording words of an item to the event its first one named', () => {
    const front = `
      <h1>Morning briefing</h1>
      <div class="entry"><h3>The tape</h3><p>Bloomberg published the recording of Steve Witkoff's 14 October call with Yuri Ushakov about the 28-point plan for Ukraine.</p></div>
      <div class="entry"><h3>Town hall</h3><p>A leaked recording of the mayor promising a permit is online. In the recording, which lasts ten minutes, he names the builder.</p></div>`;
    const index = page(front);
    const [before, after] = marksAround(index, 'Town hall');
    expect(before).toContain('recording');
    expect(after).toEqual([]);
  });

  it('give every recording word of an item to another story once one of them is a recording of someone the story has no part for', () => {
    const live = `
      <h1>Live</h1>
      <div class="entry"><h3>The tape</h3><p>Bloomberg published the recording of Steve Witkoff's 14 October call with Yuri Ushakov.</p></div>
      <div class="entry"><h3>Wiretap recording leaks</h3><p>Investigators questioned an official after a recording of his phone call with a contractor leaked. The leaked recording, made on 14 October, runs a little over five minutes; in the recording the two discuss a road tender.</p></div>`;
    const index = page(live);
    const [before, after] = marksAround(index, 'Wiretap');
    expect(before).toContain('recording');
    expect(after).toEqual([]);
  });

  it('find the entries of a live blog written as one run of text after a time stamp', () => {
    const index = page(
      '<div class="entry"><time>09:05</time> <strong>Gaza.</strong> Witkoff met hostage families.</div>' +
        '<div class="entry"><time>08:40</time> <strong>Football.</strong> A coach was recorded.</div>',
    );
    expect(index.items.length / 3).toBe(2);
  });

  it('count a newsletter section that holds a single card as an item like its sisters', () => {
    const letter = `
      <section><div class="card"><h2>The tape</h2><p>Bloomberg published the recording of Steve Witkoff's 14 October call with Yuri Ushakov.</p></div>
        <div class="card"><h2>Geneva</h2><p>The 28-point plan shrank to 19 points.</p></div></section>
      <section><div class="card"><h2>Markets</h2><p>Kirill Dmitriev's fund signed a port deal with Gulf investors. Dmitriev said the deal showed the world is not waiting.</p></div></section>
      <section><div class="card"><h2>Sport</h2><p>The Harriers won by 28 points.</p></div></section>`;
    const index = page(letter);
    const firsts: string[] = [];
    for (let i = 0; i < index.items.length; i += 3)
      firsts.push(
        index.text
          .slice(index.items[i], index.items[i + 1])
          .trim()
          .split('\n')[0]!,
      );
    expect(firsts).toEqual(expect.arrayContaining(['Markets', 'Sport']));
    const [before, after] = marksAround(index, 'Markets');
    expect(before).toContain('recording');
    expect(after).toEqual([]);
  });

  it('are found again when a live blog adds entries to the parent after the first scan', () => {
    window.document.body.innerHTML = '<main id="feed"><div class="entry"><h3>First</h3><p>Gaza talks resume.</p></div></main>';
    expect(buildTextIndex(window.document.body as unknown as Node).items).toEqual([]);
    const feed = window.document.getElementById('feed')!;
    feed.insertAdjacentHTML('afterbegin', '<div class="entry"><h3>Second</h3><p>Ushakov spoke on state television.</p></div>');
    const index = buildTextIndex(window.document.body as unknown as Node);
    expect(index.items.length / 3).toBe(2);
  });

  it('shift into the slice a caller scans in chunks', () => {
    expect(itemsWithin([0, 10, 0, 20, 40, 0, 50, 60, 1], 15, 55)).toEqual([5, 25, 0, 35, 40, 1]);
  });
});

describe('teasers in a box without item wrappers', () => {
  const ARTICLE = `<article><h1>What the leaked tape says</h1>
    <p>Bloomberg published the recording of Steve Witkoff's 14 October call with Yuri Ushakov, in which the two men discussed the 28-point plan for Ukraine.</p></article>`;
  const teasers = (index: ReturnType<typeof page>) => {
    const out: string[] = [];
    for (let i = 0; i < index.items.length; i += 3) out.push(index.text.slice(index.items[i], index.items[i + 1]).trim());
    return out;
  };
  /** What is marked in the box when it stands under an article about the call. */
  const marked = (box: string) => {
    const index = page(`${ARTICLE}<div id="box">${box}</div>`);
    const boxStart = index.text.indexOf('Ukraine.') + 'Ukraine.'.length;
    const hits = createMatcher(compiledPack()).scan(index.text, { items: index.items });
    expect(hits.some((h) => h.start < boxStart && index.text.slice(h.start, h.end).includes('Ushakov'))).toBe(true);
    return hits.filter((h) => h.start >= boxStart).map((h) => index.text.slice(h.start, h.end));
  };

  it('makes each link directly in the box its own item, and leaves the box heading out', () => {
    const box = `<aside><h3>Also today</h3>
      <a href="#">Ferry timetable changes for the winter</a>
      <a href="#">Witkoff lands in Cairo for hostage talks</a> ·
      <a href="#">Library opens on Sundays</a></aside>`;
    expect(teasers(page(box))).toEqual([
      'Ferry timetable changes for the winter',
      'Witkoff lands in Cairo for hostage talks',
      'Library opens on Sundays',
    ]);
    expect(marked(box)).toEqual([]);
  });

  it('makes each block that is only a link its own item', () => {
    const box = `<div class="related"><p><a href="#">Witkoff and Kushner visit a Gaza aid hub</a></p>
      <p><a href="#">Council approves the tram extension</a></p></div>`;
    expect(teasers(page(box))).toHaveLength(2);
    expect(marked(box)).toEqual([]);
  });

  it('makes each linked line of a <br> list its own item', () => {
    const box = `<div class="more"><a href="#">Harbour dredging starts in May</a><br>
      <a href="#">Witkoff tours a Gaza crossing with Egyptian officials</a><br>
      <a href="#">Night buses return</a></div>`;
    expect(teasers(page(box))).toHaveLength(3);
    expect(marked(box)).toEqual([]);
  });

  it('makes each linked headline with its dek one item', () => {
    const box = `<section><h4><a href="#">Cup final</a></h4><p>The visitors scored 28 points in the second half.</p>
      <h4><a href="#">Envoy in the Gulf</a></h4><p>Witkoff met Qatari mediators about Gaza.</p></section>`;
    expect(teasers(page(box))).toEqual([
      'Cup final\nThe visitors scored 28 points in the second half.',
      'Envoy in the Gulf\nWitkoff met Qatari mediators about Gaza.',
    ]);
    expect(marked(box)).toEqual([]);
  });

  it('keeps a teaser about the story marked', () => {
    const box = `<aside><h3>Read next</h3><a href="#">Ushakov says the recording was edited</a><a href="#">Tide tables</a></aside>`;
    expect(marked(box)).toEqual(['Ushakov', 'recording']);
  });

  it('never splits prose, quotes or short labelled lines', () => {
    expect(page('<p>Witkoff <a href="#">spoke</a> to <a href="#">Ushakov</a> on 14 October.</p>').items).toEqual([]);
    expect(page('<blockquote>One line<br><a href="#">two</a><br><a href="#">three</a></blockquote>').items).toEqual([]);
    expect(page('<div>Harbour City<br>11 degrees, showers<br>High 13, low 6</div>').items).toEqual([]);
    // Subheads of an article are not links, and its sections are long.
    expect(page(`<main><h2>One</h2><p>${'Words. '.repeat(20)}</p><h2>Two</h2><p>More.</p></main>`).items).toEqual([]);
  });
});

describe('a count of points in a teaser under an article about the plan', () => {
  const ARTICLE = `
    <article><h1>What the plan asks of Kyiv</h1>
    <p>Steve Witkoff's 28-point plan for Ukraine would cap the army and freeze the front line, and Yuri Ushakov said Moscow liked much of it.</p></article>
    <aside><h3>More to read</h3><ul>
      <li><a href="/sport">Riverside Rovers surge 28 points in a night to stun the champions</a></li>
      <li><a href="/sport">Volleyball: 28 points for Marta Ilić as Riverside reach the final</a></li>
      <li><a href="/plan">Inside the 28-point plan: the clauses Kyiv fought hardest</a></li>
    </ul></aside>`;

  it('is another story unless the teaser names what the points are points of', () => {
    const index = page(ARTICLE);
    const marks = createMatcher(compiledPack())
      .scan(index.text, { items: index.items })
      .map((h) => index.text.slice(h.start, h.end));
    expect(marks.filter((m) => m.includes('28 points'))).toEqual([]);
    expect(marks.filter((m) => m.includes('28-point plan'))).toHaveLength(2);
  });
});
