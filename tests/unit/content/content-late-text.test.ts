// @vitest-environment happy-dom
/**
 * What a page shows must not depend on when its text arrived: before the first pass,
 * while it ran, or after it. A paragraph the page adds late is read with the text around
 * it (scan-driver.ts), so it gets the highlights a pass over the finished page gives it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomWatcher } from '../../../src/content/dom-watcher';
import { Highlighter } from '../../../src/content/highlighter';
import { ScanDriver } from '../../../src/content/scan-driver';
import { compilePack, createMatcher, type Matcher } from '../../../src/core/detect/index';
import type { Hit } from '../../../src/core/hit';
import pack from '../../../data/witkoff-ushakov.json';

const page = readFileSync(resolve(__dirname, '../../fixtures/pages/story-en.html'), 'utf8');
const engine = createMatcher(compilePack(pack as Parameters<typeof compilePack>[0]));

/**
 * A stand-in engine whose findings depend on context, as the real one's do (a reference
 * needs its antecedent, an item is judged as a whole): "it" is a mention only after a
 * "Story" earlier in the text it reads.
 */
const needsContext: Matcher = (() => {
  const analyze = (text: string) => {
    const hits: Hit[] = [];
    const first = text.indexOf('Story');
    const hit = (at: number, length: number, ruleId: string): Hit => ({
      start: at,
      end: at + length,
      kind: 'mention',
      ruleId,
      topic: 't',
      packId: 'p',
      factIds: [],
    });
    if (first >= 0) hits.push(hit(first, 5, 'story'));
    if (first >= 0) for (const m of text.slice(first).matchAll(/\bit\b/g)) hits.push(hit(first + m.index, 2, 'it'));
    return { hits, relevance: {}, pageRelevant: first >= 0, becameRelevant: false };
  };
  return {
    analyze,
    scan: (text: string) => analyze(text).hits,
    predated: () => ({ packs: [], all: false, later: [] }),
    rejectedPhrases: [],
  };
})();

/** The page's body, and the last paragraph of its article apart, to be added later. */
function pageParts(): { body: string; late: string } {
  const body = /<body>([\s\S]*)<\/body>/.exec(page)![1]!;
  const article = /<article>([\s\S]*)<\/article>/.exec(body)![1]!;
  const paragraphs = [...article.matchAll(/<p>[\s\S]*?<\/p>/g)].map((m) => m[0]);
  const late = paragraphs[paragraphs.length - 1]!;
  return { body: body.replace(late, ''), late: late.replace('<p>', '<p id="late">') };
}

/** Highlights of the page, in document order: paragraph, text, rule. */
function shown(): string[] {
  return [...document.querySelectorAll('lateral-mark')].map(
    (m) => `${m.closest('p')?.id ?? ''}|${m.textContent}|${m.getAttribute('data-lateral-rule')}`,
  );
}

/** Lateral on the page as the page controller runs it; `when` says when the late paragraph arrives. */
async function run(when: 'before' | 'during' | 'after', matcher = engine, { body, late } = pageParts()): Promise<string[]> {
  document.body.innerHTML = body;
  const add = () => document.querySelector('article')!.insertAdjacentHTML('beforeend', late);
  if (when === 'before') add();
  const controller = new AbortController();
  const highlighter = new Highlighter({ label: (f) => f.text });
  // eslint-disable-next-line prefer-const -- assigned once below, after the watcher that it needs exists
  let driver!: ScanDriver;
  let ready: Promise<void> = Promise.resolve();
  // Late text is read by a batch of the DOM watcher; the watcher says when it has caught up.
  let caughtUp: () => void = () => undefined;
  const drained = new Promise<void>((done) => (caughtUp = done));
  const watcher = new DomWatcher(
    {
      isOwn: (node) => highlighter.owns(node),
      release: (text) => highlighter.release(text),
      process: async (changes) => {
        await ready;
        if (changes.kind === 'page') await driver.fullPass(true);
        else if (await driver.partialPass(changes.roots)) await driver.fullPass();
      },
      caughtUp: () => caughtUp(),
    },
    controller.signal,
  );
  driver = new ScanDriver({ highlighter, matcher, own: (edit) => watcher.own(edit), signal: controller.signal });
  watcher.start();
  ready = driver.fullPass();
  if (when === 'during') {
    // The first slice of the pass has run: the text index is being built.
    await Promise.resolve();
    add();
  }
  await ready;
  if (when === 'after') add();
  if (when !== 'before') await drained;
  const marks = shown();
  controller.abort();
  highlighter.clear();
  return marks;
}

describe('text that arrives late', () => {
  it('gets the highlights it gets when it is there from the start', async () => {
    const before = await run('before');
    expect(before.some((m) => m.startsWith('late|'))).toBe(true);
    expect(await run('after')).toEqual(before);
    expect(await run('during')).toEqual(before);
  });

  it('is read with the text before it', async () => {
    const parts = { body: '<article><p>A Story begins.</p></article>', late: '<p id="late">Then it goes on.</p>' };
    const before = await run('before', needsContext, parts);
    expect(before).toEqual(['|Story|story', 'late|it|it']);
    expect(await run('after', needsContext, parts)).toEqual(before);
    expect(await run('during', needsContext, parts)).toEqual(before);
  });
});
