// @vitest-environment happy-dom
/**
 * A flag whose headline names the page's own date ("… dated to November 2023") also names
 * the known-error rule that raised it, in the words the options list the rule by: after
 * the year rule is switched off, the month rule may still flag the same sentence, and the
 * reader sees which one did. Rendered by the real popover panel with the real pack and
 * the real English messages.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoryPack } from '../../../src/core/pack/schema';
import { DiscrepancyPanel } from '../../../src/ui/popover/DiscrepancyPanel';

const ROOT = resolve(import.meta.dirname, '../../..');
const pack = JSON.parse(readFileSync(resolve(ROOT, 'data/witkoff-ushakov.json'), 'utf8')) as StoryPack;
type Message = { message: string; placeholders?: Record<string, { content: string }> };
const messages = JSON.parse(readFileSync(resolve(ROOT, 'locales/en/popover.json'), 'utf8')) as Record<string, Message>;

/** The browser's getMessage for the English popover messages: named placeholders filled from the substitutions. */
function t(key: string, substitutions: string | string[] = []): string {
  const m = messages[key];
  if (!m) return key;
  const subs = ([] as string[]).concat(substitutions);
  return m.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return subs[Number(content.slice(1)) - 1] ?? '';
  });
}

const title = (id: string) => pack.discrepancies.find((d) => d.id === id)!.title;

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(discrepancyId: string, headline?: string): Promise<HTMLElement | null> {
  await act(() =>
    render(h(DiscrepancyPanel, { pack, discrepancyId, pageText: 'the call in November 2023', t, titleId: 'title', headline }), root),
  );
  return root.querySelector<HTMLElement>('p.rule');
}

describe('a flag headed by the page’s own date names its rule', () => {
  it.each([
    ['d-call-date-month', 'The Witkoff–Ushakov call dated to November 2023'],
    ['d-call-date-year', 'The Witkoff–Ushakov call dated to November 2023'],
  ])('%s', async (id, headline) => {
    const rule = await show(id, headline);
    expect(root.querySelector('h2')?.textContent).toBe(headline);
    expect(rule?.dataset.rule).toBe(id);
    expect(rule?.textContent).toContain(`“${title(id)}”`);
    expect(rule?.textContent).toContain('has its own switch in Lateral’s options');
  });

  it('the two date rules are told apart by name', async () => {
    const month = (await show('d-call-date-month', 'The Witkoff–Ushakov call dated to November 2023'))?.textContent;
    const year = (await show('d-call-date-year', 'The Witkoff–Ushakov call dated to November 2023'))?.textContent;
    expect(month).not.toBe(year);
  });

  it('a flag headed by the rule’s own title needs no second naming', async () => {
    expect(await show('d-former-president')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe(title('d-former-president'));
  });
});

describe('the disclosure under a flag promises outlets only when it lists some', () => {
  it.each(pack.discrepancies.map((d) => [d.id, d.sources.length] as const))('%s', async (id, outlets) => {
    await show(id);
    const summary = root.querySelector('details.more > summary')?.textContent;
    expect(summary).toBe(outlets > 0 ? 'Why it matters and which outlets printed it' : 'Why it matters');
  });
});
