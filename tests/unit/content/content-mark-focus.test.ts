// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/core/hit';
import { Highlighter, type Finding } from '../../../src/content/highlighter';
import { MarkFocus } from '../../../src/content/mark-focus';
import { tabStopKey } from '../../../src/core/tab-stops';
import type { PopoverController } from '../../../src/content/popover-controller';
import { buildTextIndex } from '../../../src/content/text-index';

const ARTICLE =
  '<p><a href="#more">More on the call</a></p>' +
  '<p>Witkoff and Ushakov spoke on the call. The call lasted five minutes.</p>' +
  '<p>The 28-point plan followed. The call was dated to 2023 here, and the call dated to 2023 again.</p>' +
  '<p>Witkoff later defended the plan.</p>';

function hitsIn(text: string): Hit[] {
  const hits: Hit[] = [];
  const add = (phrase: string, topic: string, kind: Hit['kind'] = 'mention', discrepancyId?: string) => {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      hits.push({ start: at, end: at + phrase.length, kind, ruleId: `r-${phrase}`, topic, packId: 'pack', factIds: [], discrepancyId });
    }
  };
  add('Witkoff', 'call');
  add('Ushakov', 'call');
  add('the call', 'call');
  add('The call lasted', 'call');
  add('28-point plan', 'plan');
  add('the plan', 'plan');
  add('dated to 2023', 'call', 'discrepancy', 'd-year');
  return hits.sort((a, b) => a.start - b.start);
}

const aborts: AbortController[] = [];
afterEach(() => aborts.splice(0).forEach((a) => a.abort()));

function setUp(): { highlighter: Highlighter; marks: MarkFocus; opened: Finding[]; findings: Finding[] } {
  document.body.innerHTML = ARTICLE;
  const index = buildTextIndex(document.body);
  const highlighter = new Highlighter({ label: () => 'Lateral: open' });
  const findings = highlighter.apply(index, hitsIn(index.text));
  const opened: Finding[] = [];
  const popover = {
    open: (f: Finding) => void opened.push(f),
    isOpen: false,
    close: () => Promise.resolve(),
  } as unknown as PopoverController;
  const lifetime = new AbortController();
  aborts.push(lifetime);
  const marks = new MarkFocus({
    highlighter,
    popover,
    label: () => 'Lateral: open',
    stopLabel: () => 'Lateral: open. Arrows: others',
    isOwnUi: () => false,
    own: (edit) => edit(),
    signal: lifetime.signal,
  });
  marks.refreshStops();
  return { highlighter, marks, opened, findings };
}

const stopsOf = (findings: Finding[]) => findings.filter((f) => f.elements[0]!.getAttribute('tabindex') === '0');

describe('MarkFocus', () => {
  it('makes the first highlight of each topic and of each error a Tab stop; the others take focus only when asked', () => {
    const { findings } = setUp();
    expect(findings.length).toBeGreaterThanOrEqual(9);
    const stops = stopsOf(findings);
    expect(stops.map((f) => f.text)).toEqual(['Witkoff', '28-point plan', 'dated to 2023']);
    expect(new Set(stops.map((f) => tabStopKey(f.hit))).size).toBe(stops.length);
    for (const f of findings.filter((f) => !f.passive)) {
      const first = f.elements[0]!;
      // Every highlight outside a page control stays a button a screen reader meets, described.
      expect(first.getAttribute('role')).toBe('button');
      expect(first.getAttribute('tabindex')).toMatch(/^(0|-1)$/);
      expect(first.getAttribute('aria-description')).toBe(stops.includes(f) ? 'Lateral: open. Arrows: others' : 'Lateral: open');
    }
    // The highlight inside the link leaves the link its own stop.
    const passive = findings.find((f) => f.passive)!;
    expect(passive.elements[0]!.hasAttribute('tabindex')).toBe(false);
  });

  it('moves a stop to the next highlight of its topic when the page removes the first', () => {
    const { highlighter, marks } = setUp();
    document.querySelector('p:nth-of-type(2)')!.remove();
    highlighter.prune();
    marks.refreshStops();
    expect(stopsOf(highlighter.ordered()).map((f) => f.text)).toEqual(['28-point plan', 'dated to 2023', 'the call']);
  });

  it('steps through every highlight with the shortcuts, opening the popover of one inside a page control', () => {
    const { highlighter, marks, opened } = setUp();
    const all = highlighter.ordered();
    const reached: Finding[] = [];
    for (let i = 0; i < all.length; i++) {
      marks.stepFinding(1);
      const active = document.activeElement;
      reached.push(opened.at(-1) && i === 0 ? opened.at(-1)! : all.find((f) => f.elements[0] === active)!);
    }
    expect(reached).toEqual(all);
    expect(opened).toEqual([all[0]]);
  });
});
