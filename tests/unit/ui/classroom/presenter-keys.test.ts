// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoryPack } from '../../../../src/core/pack/schema';

vi.mock('../../../../src/platform/browser', () => ({
  browser: { i18n: { getMessage: (key: string) => key } },
}));
const { Presenter } = await import('../../../../src/ui/classroom/Presenter');
const { setClassroomI18n } = await import('../../../../src/ui/classroom/i18n');
setClassroomI18n(
  (key) => key,
  () => 'en',
);

const ROOT = resolve(import.meta.dirname, '../../../..');
const pack = JSON.parse(readFileSync(resolve(ROOT, 'data/witkoff-ushakov.json'), 'utf8')) as StoryPack;
const settle = () => new Promise((done) => setTimeout(done, 50));
const index = (root: HTMLElement) => root.querySelector('.slide')?.getAttribute('data-index');

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

describe('presenter keys', () => {
  it('a key pressed the moment the first slide shows is kept, not undone by the first render settling', async () => {
    root = document.createElement('div');
    document.body.append(root);
    // No act(): effects run on the browser's own schedule, as on a busy classroom laptop.
    render(h(Presenter, { pack, discrepancies: pack.discrepancies, sourceNumbers: new Map(), onExit: () => undefined }), root);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await settle();
    expect(index(root)).toBe('1');
  });

  it('starts again at the first slide when another story is shown', async () => {
    root = document.createElement('div');
    document.body.append(root);
    const props = { pack, sourceNumbers: new Map<string, number>(), onExit: () => undefined };
    render(h(Presenter, { ...props, discrepancies: pack.discrepancies }), root);
    await settle();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await settle();
    expect(index(root)).toBe(String(pack.discrepancies.length - 1));
    render(h(Presenter, { ...props, discrepancies: pack.discrepancies.slice(1) }), root);
    await settle();
    expect(index(root)).toBe('0');
  });
});
