// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Matcher } from '../../../src/core/detect/index';
import type { Hit } from '../../../src/core/hit';
import { ScanDriver } from '../../../src/content/scan-driver';
import { DomWatcher, type ChangedRoots } from '../../../src/content/dom-watcher';
import { Highlighter } from '../../../src/content/highlighter';
import { Budget } from '../../../src/content/idle';

/** A stand-in engine: every "Witkoff" is a mention; records what text it was asked to scan. */
function fakeMatcher(scanned: string[]): Matcher {
  const analyze = (text: string) => {
    scanned.push(text);
    const hits: Hit[] = [];
    for (const m of text.matchAll(/Witkoff/g)) {
      hits.push({ start: m.index, end: m.index + 7, kind: 'mention', ruleId: 'witkoff', topic: 'call', packId: 'p', factIds: [] });
    }
    return { hits, relevance: {}, pageRelevant: hits.length > 0, becameRelevant: false };
  };
  return {
    analyze,
    scan: (text: string) => analyze(text).hits,
    predated: () => ({ packs: [], all: false, later: [] }),
    rejectedPhrases: [],
  };
}

function setup() {
  const controller = new AbortController();
  const highlighter = new Highlighter({ label: (f) => f.text });
  const batches: ChangedRoots[] = [];
  const scanned: string[] = [];
  // eslint-disable-next-line prefer-const -- assigned once below, after the watcher that it needs exists
  let scanDriver!: ScanDriver;
  const watcher = new DomWatcher(
    {
      isOwn: (node) => highlighter.owns(node),
      release: (text) => highlighter.release(text),
      process: async (changes) => {
        batches.push(changes);
        if (changes.kind === 'roots') await scanDriver.partialPass(changes.roots);
      },
    },
    controller.signal,
  );
  scanDriver = new ScanDriver({ highlighter, matcher: fakeMatcher(scanned), own: (edit) => watcher.own(edit), signal: controller.signal });
  return { controller, highlighter, watcher, scanDriver, batches, scanned };
}

const settle = () => new Promise((done) => setTimeout(done, 80));

describe('live pages', () => {
  it('ignores its own highlighting and rescans only the subtree the page added', async () => {
    document.body.innerHTML = '<article><p id="a">Witkoff spoke.</p><p id="b">Nothing here.</p></article>';
    const { controller, highlighter, watcher, scanDriver, batches, scanned } = setup();
    watcher.start();
    await scanDriver.fullPass();
    await settle();
    expect(highlighter.size).toBe(1);
    expect(batches).toEqual([]);

    scanned.length = 0;
    const added = document.createElement('p');
    added.id = 'c';
    added.textContent = 'Later, Witkoff again.';
    document.querySelector('article')!.appendChild(added);
    await settle();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual({ kind: 'roots', roots: [added] });
    // The new paragraph is read with the text around it, as a pass over the page reads it;
    // only the new paragraph gets new highlights.
    expect(scanned).toHaveLength(1);
    expect(scanned[0]).toContain('Later, Witkoff again.\n');
    expect(document.querySelectorAll('#c lateral-mark')).toHaveLength(1);
    expect(document.querySelectorAll('#a lateral-mark')).toHaveLength(1);
    // Highlighting the new paragraph caused no further batch.
    await settle();
    expect(batches).toHaveLength(1);
    controller.abort();
  });

  it('rescans a paragraph whose text the page rewrote, without doubling highlights', async () => {
    document.body.innerHTML = '<p id="a">Witkoff spoke to <b>reporters</b>.</p>';
    const { controller, highlighter, watcher, scanDriver } = setup();
    watcher.start();
    await scanDriver.fullPass();
    (document.querySelector('b')!.firstChild as Text).data = 'Witkoff';
    await settle();
    expect([...document.querySelectorAll('#a lateral-mark')].map((m) => m.textContent)).toEqual(['Witkoff', 'Witkoff']);
    expect(highlighter.size).toBe(2);
    controller.abort();
  });

  it('keeps a rescanned block highlighted throughout: the new highlights replace the old in one step', async () => {
    document.body.innerHTML =
      '<article><p id="a">Witkoff spoke to <b>reporters</b>, then <i>Witkoff</i> left.</p><p id="b">Witkoff.</p></article>';
    const { controller, watcher, scanDriver, batches, highlighter } = setup();
    watcher.start();
    await scanDriver.fullPass();
    await settle();
    const marks = (id: string) => [...document.querySelectorAll(`#${id} lateral-mark`)].map((m) => m.textContent);
    expect(marks('a')).toEqual(['Witkoff', 'Witkoff']);
    // What a reader could see at any moment the page is not running Lateral's code.
    const seen: string[][] = [];
    const observer = new MutationObserver(() => seen.push(marks('a')));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    (document.querySelector('b')!.firstChild as Text).data = 'the press';
    await settle();
    await settle();
    observer.disconnect();
    expect(batches).toEqual([{ kind: 'roots', roots: [document.getElementById('a')] }]);
    expect(seen.length).toBeGreaterThan(1);
    for (const moment of seen) expect(moment).toEqual(['Witkoff', 'Witkoff']);
    expect(document.getElementById('a')!.textContent).toBe('Witkoff spoke to the press, then Witkoff left.');
    expect(document.querySelectorAll('lateral-mark lateral-mark')).toHaveLength(0);
    expect(highlighter.size).toBe(3);

    // Text that no longer holds a mention loses its highlight once the rescan is done.
    document.querySelector('i')!.textContent = 'the envoy';
    await settle();
    await settle();
    expect(marks('a')).toEqual(['Witkoff']);
    expect(marks('b')).toEqual(['Witkoff']);
    expect(highlighter.size).toBe(2);

    // Exact undo afterwards: the page's own text nodes, whole again.
    highlighter.clear();
    expect(document.querySelectorAll('lateral-mark')).toHaveLength(0);
    expect(document.getElementById('a')!.childNodes).toHaveLength(5);
    expect(document.getElementById('a')!.textContent).toBe('Witkoff spoke to the press, then the envoy left.');
    controller.abort();
  });

  it('stops observing when aborted', async () => {
    document.body.innerHTML = '<p>quiet</p>';
    const { controller, watcher, batches } = setup();
    watcher.start();
    controller.abort();
    document.body.insertAdjacentHTML('beforeend', '<p>Witkoff</p>');
    await settle();
    expect(batches).toEqual([]);
  });
});

describe('Budget', () => {
  it('allows a fixed amount of work per window', () => {
    const budget = new Budget(100, 1000);
    expect(budget.waitMs(0)).toBe(0);
    budget.spend(120);
    expect(budget.waitMs(10)).toBe(990);
    expect(budget.waitMs(1000)).toBe(0);
  });
});
