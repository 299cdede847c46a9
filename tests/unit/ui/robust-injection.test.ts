// @vitest-environment happy-dom
/**
 * Text from packs, pages and custom phrases is only ever rendered as text. A valid story
 * pack whose every title, label, summary, question, answer, note and headline carries
 * `<img onerror>` and `<script>` payloads (tests/fixtures/bad-input/hostile-pack), a page
 * text full of markup, and a reader phrase that looks like markup are rendered by the
 * real popover, classroom and options components: no element comes from the payloads,
 * nothing runs, and the payload shows literally.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoryPack } from '../../../src/core/pack/schema';
import type { Hit } from '../../../src/core/hit';
import { defaultSettings } from '../../../src/core/settings';

const ROOT = resolve(import.meta.dirname, '../../..');
const hostile = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/bad-input/hostile-pack/markup-payloads.json'), 'utf8')) as StoryPack;

vi.mock('../../../src/ui/components/story-packs', () => ({ storyPacks: [hostile] }));
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en' },
    runtime: { getURL: (p: string) => `chrome-extension://test/${p}`, sendMessage: async () => undefined },
    storage: {
      sync: { get: async () => ({}), set: async () => undefined, remove: async () => undefined },
      onChanged: { addListener() {}, removeListener() {} },
    },
  },
  isFirefox: () => false,
}));

const { MentionPanel } = await import('../../../src/ui/popover/MentionPanel');
const { DiscrepancyPanel } = await import('../../../src/ui/popover/DiscrepancyPanel');
const { ClassroomApp } = await import('../../../src/ui/classroom/ClassroomApp');
const { setClassroomI18n } = await import('../../../src/ui/classroom/i18n');
const { browser } = await import('../../../src/platform/browser');
setClassroomI18n(
  (key, subs) => browser.i18n.getMessage(key, subs),
  () => 'en',
);
const { PhrasesSection } = await import('../../../src/pages/options/sections/PhrasesSection');

const PAGE_TEXT = `<img src=x onerror="globalThis.__pwned='page'"> the Witkoff–Ushakov call <script>globalThis.__pwned='page-script'</script>`;
const FORBIDDEN = 'img, script, iframe, object, embed, svg[onload], [onerror], [onload], [onclick]';
const t = (key: string, subs?: string | string[]) => (subs ? `${key}:${([] as string[]).concat(subs).join('|')}` : key);

let root: HTMLElement;
beforeEach(() => {
  delete (globalThis as { __pwned?: unknown }).__pwned;
  location.hash = '';
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(node: ComponentChild): Promise<void> {
  await act(() => render(node, root));
}

function expectOnlyText(): void {
  expect([...root.querySelectorAll(FORBIDDEN)].map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
  expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
}

function hitFor(topic: string, extra: Partial<Hit> = {}): Hit {
  return { start: 0, end: 10, kind: 'mention', ruleId: 'test-rule', topic, packId: hostile.id, factIds: [], ...extra };
}

describe('markup in a story pack is shown as text', () => {
  it('the popover mention panel, for every topic', async () => {
    for (const topic of hostile.topics) {
      await show(h(MentionPanel, { pack: hostile, hit: hitFor(topic.id), t, titleId: 'title' }));
      expect(root.textContent).toContain(`<img src=x onerror="globalThis.__pwned='pack'">`);
      expect(root.textContent).toContain(`<script>globalThis.__pwned='script'</script>`);
      expectOnlyText();
    }
  });

  it('the popover discrepancy panel, for every discrepancy, with markup in the page text too', async () => {
    for (const d of hostile.discrepancies) {
      await show(h(DiscrepancyPanel, { pack: hostile, discrepancyId: d.id, pageText: PAGE_TEXT, t, titleId: 'title' }));
      expect(root.textContent).toContain(`<img src=x onerror="globalThis.__pwned='pack'">`);
      expectOnlyText();
    }
  });

  it('every classroom view', async () => {
    for (const view of ['coverage', 'discrepancies', 'exercise', 'presenter']) {
      location.hash = `#${view}`;
      await show(h(ClassroomApp, { packs: [hostile], exercises: [] }));
      expect(root.textContent.length).toBeGreaterThan(50);
      expect(root.textContent).toContain('<img src=x onerror=');
      expectOnlyText();
      render(null, root);
    }
  });
});

describe('markup in a custom phrase is shown as text', () => {
  it('in the options page phrase list', async () => {
    const settings = defaultSettings();
    // Valid phrases (no regex characters) that look like markup.
    settings.customPhrases = [
      { topic: hostile.topics[0]!.id, phrase: '<b>peace deal</b>' },
      { topic: hostile.topics[0]!.id, phrase: '<svg/onload=alert`1`> plan' },
    ];
    await show(h(PhrasesSection, { settings, update: async () => ({ ok: true }) } as never));
    expect(root.textContent).toContain('<b>peace deal</b>');
    expect(root.querySelectorAll('b').length).toBe(0);
    expectOnlyText();
  });
});
