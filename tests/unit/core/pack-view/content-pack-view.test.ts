import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../../../src/core/pack/schema';
import { discrepancyView, factView, seedSources, topicView } from '../../../../src/core/pack-view/topic-view';
import { place } from '../../../../src/ui/popover/position';

const pack = JSON.parse(readFileSync(new URL('../../../../data/witkoff-ushakov.json', import.meta.url), 'utf8')) as StoryPack;

describe('pack view for the popover', () => {
  it('counts how many of the five seed sources agree on a fact', () => {
    expect(seedSources(pack)).toHaveLength(5);
    const fact = pack.facts.find((f) => f.key)!;
    const view = factView(pack, fact);
    expect(view.total).toBe(5);
    expect(view.agree).toBe(Object.values(fact.sources).filter((s) => s.stance === 'agrees').length);
    expect(view.evidence).toHaveLength(5);
    for (const d of view.discrepancies) expect(d.factIds).toContain(fact.id);
  });

  it("leads a topic with the hit's own facts, then the key facts, at most three", () => {
    const topic = pack.topics[0]!;
    const own = pack.facts.find((f) => f.topic === topic.id && !f.key) ?? pack.facts.find((f) => f.topic === topic.id)!;
    const view = topicView(pack, topic.id, [own.id])!;
    expect(view.facts[0]!.fact.id).toBe(own.id);
    expect(view.facts.length).toBeLessThanOrEqual(3);
    expect(view.facts.slice(1).every((f) => f.fact.key && f.fact.topic === topic.id)).toBe(true);
    expect(topicView(pack, 'no-such-topic')).toBeUndefined();
  });

  it('explains a discrepancy with what the record says and where it comes from', () => {
    const d = pack.discrepancies.find((x) => x.kind === 'conflict')!;
    const view = discrepancyView(pack, d.id)!;
    expect(view.discrepancy.right.length).toBeGreaterThan(0);
    expect(view.sources.every((s) => s.source !== undefined)).toBe(true);
    expect(view.references.map((r) => r.id)).toEqual(d.referenceIds);
  });
});

describe('popover placement', () => {
  const viewport = { width: 1000, height: 700 };
  const overlaps = (a: { top: number; bottom: number }, top: number, height: number) => top < a.bottom && top + height > a.top;

  it('goes below the highlight when it fits, above when only that fits', () => {
    expect(place({ left: 100, top: 100, bottom: 120 }, { width: 400, height: 300 }, viewport)).toMatchObject({
      side: 'below',
      top: 126,
      left: 100,
    });
    expect(place({ left: 900, top: 600, bottom: 620 }, { width: 400, height: 300 }, viewport)).toMatchObject({
      side: 'above',
      top: 294,
      left: 592,
    });
  });

  it('never covers the highlight: a panel taller than either side goes to the roomier one, capped to its room', () => {
    for (const anchor of [
      { left: 10, top: 300, bottom: 320 },
      { left: 10, top: 500, bottom: 520 },
      { left: 10, top: 8, bottom: 30 },
      { left: 10, top: 660, bottom: 690 },
    ]) {
      const spot = place(anchor, { width: 400, height: 900 }, viewport);
      expect(overlaps(anchor, spot.top, spot.maxHeight)).toBe(false);
      expect(spot.top).toBeGreaterThanOrEqual(8);
      expect(spot.top + spot.maxHeight).toBeLessThanOrEqual(692);
      expect(spot.side).toBe(anchor.top > 350 ? 'above' : 'below');
    }
  });

  it('keeps its side when a section opens and the side still has room', () => {
    const anchor = { left: 10, top: 300, bottom: 320 };
    expect(place(anchor, { width: 400, height: 600 }, viewport, 'above').side).toBe('above');
    expect(place(anchor, { width: 400, height: 200 }, viewport).side).toBe('below');
  });
});
