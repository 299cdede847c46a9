// @vitest-environment happy-dom
/**
 * The page layer's live-page rules without a browser: text inside shadow roots, late
 * editing, look-alike highlights, fights over highlights, and undo that keeps what the
 * page wrote. (The same rules run in real browsers in tests/e2e/robust-live.e2e.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/core/hit';
import { DesignModeWatch, DomWatcher } from '../../../src/content/dom-watcher';
import { FIGHT_ROUNDS, Highlighter, KEY_ATTR } from '../../../src/content/highlighter';
import { highlightCss, DEFAULT_LOOK } from '../../../src/content/page-style';
import { buildTextIndex } from '../../../src/content/text-index';

const settle = () => new Promise((done) => setTimeout(done, 30));

function hitsFor(text: string, word: string): Hit[] {
  return [...text.matchAll(new RegExp(word, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + word.length,
    kind: 'mention' as const,
    ruleId: 'r',
    topic: 'call',
    packId: 'p',
    factIds: [],
  }));
}

function highlightAll(highlighter: Highlighter, root: Node, word = 'Witkoff') {
  const index = buildTextIndex(root);
  return { index, placed: highlighter.apply(index, hitsFor(index.text, word)) };
}

describe('highlights Lateral made, and only those', () => {
  it('a look-alike the page writes is neither a finding nor owned, and styles select on the page key', () => {
    document.body.innerHTML =
      '<p id="real">Witkoff spoke.</p><p id="forged"><lateral-mark data-lateral-kind="discrepancy" data-lateral-finding="0" data-lateral-rule="x">fake</lateral-mark></p>';
    const highlighter = new Highlighter({ label: (f) => f.text, key: 'abc123' });
    highlightAll(highlighter, document.getElementById('real')!);
    const real = document.querySelector('#real lateral-mark')!;
    const forged = document.querySelector('#forged lateral-mark')!;
    expect(real.getAttribute(KEY_ATTR)).toBe('abc123');
    expect(highlighter.findingOf(real)?.text).toBe('Witkoff');
    expect(highlighter.findingOf(forged)).toBeUndefined();
    expect(highlighter.owns(forged)).toBe(false);
    expect(highlighter.owns(real)).toBe(true);
    const css = highlightCss(DEFAULT_LOOK, 'abc123');
    expect(css).toContain(`lateral-mark[data-lateral-kind="discrepancy"][${KEY_ATTR}="abc123"]`);
    expect(css).not.toMatch(/lateral-mark\[data-lateral-kind="discrepancy"\]\{/);
  });

  it('text under aria-hidden is not highlighted', () => {
    document.body.innerHTML = '<div aria-hidden="true"><p>Witkoff hidden.</p></div><p>Witkoff shown.</p>';
    const highlighter = new Highlighter({ label: (f) => f.text });
    const { placed } = highlightAll(highlighter, document.body);
    expect(placed).toHaveLength(1);
    expect(document.querySelectorAll('[aria-hidden] lateral-mark')).toHaveLength(0);
  });
});

describe('undo keeps what the page wrote', () => {
  it('a text node the page rewrote after the split keeps the page text when highlights are cleared', () => {
    document.body.innerHTML = '<p>Before Witkoff after.</p>';
    const p = document.querySelector('p')!;
    const held = p.firstChild as Text;
    const highlighter = new Highlighter({ label: (f) => f.text });
    highlightAll(highlighter, document.body);
    held.data = 'The component now shows a different sentence.';
    highlighter.clear();
    expect(p.textContent).toBe('The component now shows a different sentence.');
    expect(p.querySelectorAll('lateral-mark')).toHaveLength(0);
  });
});

describe('fights over highlights', () => {
  /** A highlighter whose tasks end when the test says so. */
  function withTasks() {
    let pending: (() => void)[] = [];
    const highlighter = new Highlighter({ label: (f) => f.text, afterTask: (done) => void pending.push(done) });
    const endTask = () => {
      const due = pending;
      pending = [];
      due.forEach((done) => done());
    };
    return { highlighter, endTask };
  }

  function unwrapFirstMark(block: Element): Node {
    const mark = block.querySelector('lateral-mark')!;
    mark.replaceWith(...mark.childNodes);
    return mark;
  }

  it('a block whose highlights go in the task that placed them is left alone after a few rounds', () => {
    document.body.innerHTML = '<p id="a">Witkoff one.</p>';
    const { highlighter, endTask } = withTasks();
    const a = document.getElementById('a')!;
    for (let round = 1; round <= FIGHT_ROUNDS; round++) {
      highlightAll(highlighter, a);
      // The page's observer unwraps the highlight before the task is over.
      const mark = unwrapFirstMark(a);
      expect(highlighter.removedByPage(a, mark)).toBe(round === FIGHT_ROUNDS);
      highlighter.clear(a);
      expect(a.textContent, 'the unwrapped words stay once, as the page left them').toBe('Witkoff one.');
      endTask();
    }
    expect(highlighter.isLeftAlone(a)).toBe(true);
    expect(highlightAll(highlighter, a).placed).toEqual([]);
    expect(highlighter.leftAloneBlocks).toBe(1);
  });

  it('a page re-rendering in later tasks keeps its highlights coming back: a removal after the task resets the count', () => {
    document.body.innerHTML = '<p id="b">Witkoff two.</p>';
    const { highlighter, endTask } = withTasks();
    const b = document.getElementById('b')!;
    for (let round = 1; round <= FIGHT_ROUNDS * 3; round++) {
      highlightAll(highlighter, b);
      // Two rounds the page reacts to, then one render on its own clock, again and again.
      const reaction = round % 3 !== 0;
      if (reaction) {
        expect(highlighter.removedByPage(b, unwrapFirstMark(b))).toBe(false);
      } else {
        endTask();
        b.replaceChildren(document.createTextNode('Witkoff two.'));
        expect(highlighter.removedByPage(b)).toBe(false);
      }
      highlighter.clear(b);
      endTask();
    }
    expect(highlighter.isLeftAlone(b)).toBe(false);
    expect(highlightAll(highlighter, b).placed).toHaveLength(1);
    expect(highlighter.leftAloneBlocks).toBe(0);
  });
});

describe('the DOM watcher', () => {
  function watch(highlighter: Highlighter, processed: Element[][] = []) {
    const controller = new AbortController();
    const watcher: DomWatcher = new DomWatcher(
      {
        isOwn: (node) => highlighter.owns(node),
        release: (text) => highlighter.release(text),
        process: async (changes) => void (changes.kind === 'roots' && processed.push(changes.roots)),
        editable: (el) => watcher.own(() => highlighter.clear(el)),
      },
      controller.signal,
    );
    watcher.start();
    return { watcher, controller, processed };
  }

  it('sees text change inside an open shadow root once it observes that root, and drops stale pieces at once', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Before Witkoff after.</p>';
    const held = shadow.querySelector('p')!.firstChild as Text;
    const highlighter = new Highlighter({ label: (f) => f.text });
    const { index } = highlightAll(highlighter, document.body);
    const { watcher, controller, processed } = watch(highlighter);
    for (const root of index.shadowRoots ?? []) watcher.observeRoot(root);
    expect(index.shadowRoots).toEqual([shadow]);
    held.data = 'New words from the component.';
    await Promise.resolve();
    expect(shadow.querySelector('p')!.textContent).toBe('New words from the component.');
    await settle();
    expect(processed.flat()).toContain(shadow.querySelector('p'));
    controller.abort();
  });

  it('a rewrite already released is not released again once Lateral has highlighted the new text', async () => {
    // A framework writes its held text node; Lateral drops its stale pieces at once and
    // highlights the new words before the batch holding that write is drained.
    document.body.innerHTML = '<p id="ticker">Ticker: Witkoff, tick 0</p>';
    const held = document.getElementById('ticker')!.firstChild as Text;
    const highlighter = new Highlighter({ label: (f) => f.text });
    highlightAll(highlighter, document.body);
    const { watcher, controller } = watch(highlighter);
    held.data = 'Ticker: Witkoff, tick 1';
    await Promise.resolve();
    watcher.own(() => highlightAll(highlighter, document.getElementById('ticker')!));
    expect(document.querySelectorAll('#ticker lateral-mark')).toHaveLength(1);
    await settle();
    expect(document.getElementById('ticker')!.textContent).toBe('Ticker: Witkoff, tick 1');
    expect(document.querySelectorAll('#ticker lateral-mark')).toHaveLength(1);
    controller.abort();
  });

  it('takes highlights out of an element the moment it becomes editable', async () => {
    document.body.innerHTML = '<div id="note"><p>Witkoff note.</p></div><p id="other">Witkoff other.</p>';
    const highlighter = new Highlighter({ label: (f) => f.text });
    highlightAll(highlighter, document.body);
    const { controller } = watch(highlighter);
    const note = document.getElementById('note')!;
    note.setAttribute('contenteditable', 'true');
    await Promise.resolve();
    expect(note.innerHTML).toBe('<p>Witkoff note.</p>');
    expect(document.querySelectorAll('#other lateral-mark')).toHaveLength(1);
    controller.abort();
  });

  it('notices designMode on the next event', () => {
    const seen: boolean[] = [];
    const controller = new AbortController();
    const watch = new DesignModeWatch((on) => seen.push(on), controller.signal);
    document.designMode = 'on';
    document.body.dispatchEvent(new Event('click', { bubbles: true }));
    document.designMode = 'off';
    document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(seen).toEqual([true, false]);
    expect(watch.isOn()).toBe(false);
    controller.abort();
  });
});
