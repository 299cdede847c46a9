// @vitest-environment happy-dom
// Every record claim the popover or the classroom shows can be followed to a dated, specific item.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../../../src/core/pack/schema';
import { buildCoverage } from '../../../../src/core/classroom/coverage-matrix';
import { discrepancyView, factView, recordSources } from '../../../../src/core/pack-view/topic-view';
import { SourceLink } from '../../../../src/ui/components/SourceLink';

const pack = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../../data/witkoff-ushakov.json'), 'utf8')) as StoryPack;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('record sources in the pack view', () => {
  it('gives every fact that rests on the record its dated, titled items', () => {
    for (const fact of pack.facts) {
      const view = factView(pack, fact);
      expect(
        view.references.map((r) => r.id),
        fact.id,
      ).toEqual(fact.referenceIds);
      for (const r of view.references) {
        expect(r.date, `${fact.id}/${r.id}`).toMatch(ISO);
        expect(r.title.length, `${fact.id}/${r.id}`).toBeGreaterThan(10);
        expect(r.outlet.length).toBeGreaterThan(0);
      }
      if (view.references.length === 0) expect(fact.referenceNote, `${fact.id} says where its answer comes from`).toBeDefined();
    }
  });

  it('gives every discrepancy that marks an outlet wrong the items behind "what is right"', () => {
    for (const d of pack.discrepancies) {
      const view = discrepancyView(pack, d.id)!;
      expect(view.references.map((r) => r.id)).toEqual(d.referenceIds);
      if (d.sources.some((s) => s.stance === 'wrong')) expect(view.references.length, d.id).toBeGreaterThan(0);
    }
  });

  it('carries the items into the classroom matrix and never points at a homepage', () => {
    const rows = buildCoverage(pack, []).rows;
    expect(rows.map((r) => r.references.map((x) => x.id))).toEqual(pack.facts.map((f) => f.referenceIds));
    for (const r of recordSources(
      pack,
      pack.sources.map((s) => s.id),
    )) {
      if (r.url) expect(new URL(r.url).pathname.length, r.id).toBeGreaterThan(1);
    }
    expect(recordSources(pack, ['s0', 'no-such-item'])).toEqual([]);
  });
});

describe('SourceLink', () => {
  const root = () => {
    const el = document.createElement('div');
    document.body.append(el);
    return el;
  };

  it('links the item when its address is known, with outlet and date', () => {
    const el = root();
    render(
      h(SourceLink, {
        source: { id: 'r-x', outlet: 'RBC-Ukraine', title: 'Geneva talks', date: '2025-11-24', url: 'https://example.org/news/geneva' },
      }),
      el,
    );
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/news/geneva');
    expect(a.getAttribute('rel')).toContain('noopener');
    expect(a.textContent).toBe('Geneva talks');
    expect(el.querySelector('time')!.getAttribute('datetime')).toBe('2025-11-24');
    expect(el.textContent).toMatch(/^RBC-Ukraine, Geneva talks, /);
    render(null, el);
  });

  it('names the item without a link when no address is known for certain', () => {
    const el = root();
    render(
      h(SourceLink, {
        source: { id: 'r-y', outlet: 'Truth Social (Donald Trump)', title: 'Post on his call with Putin', date: '2025-10-16' },
      }),
      el,
    );
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toContain('Post on his call with Putin');
    expect(el.querySelector('time')!.getAttribute('datetime')).toBe('2025-10-16');
    render(null, el);
  });
});
