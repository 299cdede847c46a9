// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoryPack } from '../../../../src/core/pack/schema';
import { exerciseSchema } from '../../../../src/core/classroom/exercise-schema';

// The page reaches the browser only through the platform seam; here i18n echoes the key.
vi.mock('../../../../src/platform/browser', () => ({
  browser: {
    i18n: { getMessage: (key: string, subs?: string | string[]) => (subs ? `${key}:${([] as string[]).concat(subs).join('|')}` : key) },
  },
}));
const { ClassroomApp } = await import('../../../../src/ui/classroom/ClassroomApp');
const { setClassroomI18n } = await import('../../../../src/ui/classroom/i18n');
const { browser } = await import('../../../../src/platform/browser');
setClassroomI18n(
  (key, subs) => browser.i18n.getMessage(key, subs),
  () => 'en',
);

const ROOT = resolve(import.meta.dirname, '../../../..');
const realPack = JSON.parse(readFileSync(resolve(ROOT, 'data/witkoff-ushakov.json'), 'utf8')) as StoryPack;
const exercise = exerciseSchema.parse(JSON.parse(readFileSync(resolve(ROOT, 'data/exercises/starter-leaked-call.json'), 'utf8')));
/** A second, smaller pack: what a newly added story looks like to the page. */
const secondPack: StoryPack = {
  ...realPack,
  id: 'second-story',
  title: 'A second story',
  facts: realPack.facts.slice(0, 3),
  discrepancies: [],
};

let root: HTMLElement;
beforeEach(() => {
  location.hash = '';
  // Exercise work is kept in localStorage; each test starts with a fresh class.
  localStorage.clear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const rows = () => root.querySelectorAll('#coverage-table tbody tr').length;

describe('classroom page', () => {
  it('shows no pack picker for a single pack and one row per fact', async () => {
    await act(() => render(h(ClassroomApp, { packs: [realPack], exercises: [exercise] }), root));
    expect(root.querySelector('#pack-picker')).toBeNull();
    expect(rows()).toBe(realPack.facts.length);
    expect(root.querySelector('h1')!.textContent).toBe(realPack.title);
  });

  it('adds a picker when a second pack is bundled, and switches the matrix to it', async () => {
    await act(() => render(h(ClassroomApp, { packs: [realPack, secondPack], exercises: [] }), root));
    const picker = root.querySelector<HTMLSelectElement>('#pack-picker')!;
    expect([...picker.options].map((o) => o.value)).toEqual([realPack.id, secondPack.id]);
    await act(() => {
      picker.value = secondPack.id;
      picker.dispatchEvent(new Event('change'));
    });
    expect(root.querySelector('h1')!.textContent).toBe('A second story');
    expect(rows()).toBe(3);
  });

  it('says so when every pack is switched off', async () => {
    await act(() => render(h(ClassroomApp, { packs: [], exercises: [] }), root));
    expect(root.textContent).toContain('classroom_noActivePacks');
  });

  it('only offers exercises written for the chosen pack', async () => {
    location.hash = '#exercise';
    await act(() => render(h(ClassroomApp, { packs: [secondPack], exercises: [exercise] }), root));
    expect(root.querySelector('.practice-article')).toBeNull();
    expect(root.textContent).toContain('classroom_noExercises');
  });

  it('flags sentences with Space and Enter and scores them on reveal', async () => {
    location.hash = '#exercise';
    await act(() => render(h(ClassroomApp, { packs: [realPack], exercises: [exercise] }), root));
    const sentence = (id: string) => root.querySelector<HTMLElement>(`[data-sentence="${id}"]`)!;
    await act(() => void sentence('st-2').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true })));
    await act(() => void sentence('st-1').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await act(() => sentence('st-6').click());
    await act(() => sentence('st-6').click()); // unflag again
    expect(sentence('st-2').getAttribute('aria-checked')).toBe('true');
    expect(sentence('st-6').getAttribute('aria-checked')).toBe('false');
    // Revealing asks first: the teacher confirms with "Reveal now".
    await act(() => root.querySelector<HTMLButtonElement>('button.reveal')!.click());
    expect(root.querySelector('dl.score')).toBeNull();
    await act(() => root.querySelector<HTMLButtonElement>('button.reveal-now')!.click());
    const score = root.querySelector('dl.score')!;
    expect([score.getAttribute('data-hits'), score.getAttribute('data-misses'), score.getAttribute('data-false-alarms')]).toEqual([
      '1',
      '4',
      '1',
    ]);
    // After the reveal the answers are fixed: clicking changes nothing.
    await act(() => sentence('st-4').click());
    expect(sentence('st-4').getAttribute('aria-checked')).toBe('false');
  });

  it('presenter mode keeps the handout for print and goes back to the view it was opened from', async () => {
    const hashChanged = () => act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    location.hash = '#coverage';
    await act(() => render(h(ClassroomApp, { packs: [realPack], exercises: [exercise] }), root));
    location.hash = '#presenter';
    await hashChanged();
    expect(root.querySelector('.presenter')).not.toBeNull();
    expect(root.querySelector('.handout')).not.toBeNull();
    await act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await hashChanged();
    expect(location.hash).toBe('#coverage');
    expect(root.querySelector('.presenter')).toBeNull();
  });
});
