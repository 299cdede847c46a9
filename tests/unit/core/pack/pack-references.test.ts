// Every record claim the popover or the classroom shows can be followed to a dated,
// specific published item: each fact and discrepancy that cites the record cites at
// least one item with its own address, and no address is an outlet's front page.
import { describe, expect, it } from 'vitest';
import { storyPackShape, type ReferenceSource } from '../../../../src/core/pack/schema';
import { readPackJson } from './pack-load';

const pack = storyPackShape.parse(readPackJson());
const references = new Map(pack.sources.filter((s): s is ReferenceSource => s.role === 'reference').map((s) => [s.id, s] as const));
const cited = [
  ...pack.facts.map((f) => ({ where: `facts.${f.id}`, ids: f.referenceIds })),
  ...pack.discrepancies.map((d) => ({ where: `discrepancies.${d.id}`, ids: d.referenceIds })),
].filter((entry) => entry.ids.length > 0);

describe('record claims link to specific, dated items', () => {
  it('covers every fact and discrepancy that cites the record', () => {
    expect(cited.length).toBeGreaterThan(60);
  });

  it.each(cited)('$where cites at least one item with an address', ({ ids }) => {
    const linked = ids.filter((id) => references.get(id)?.url !== undefined);
    expect(linked.length, `cited: ${ids.join(', ')}`).toBeGreaterThan(0);
  });

  it('gives each linked item the address of the item itself, never a front page', () => {
    const linked = [...references.values()].filter((r) => r.url !== undefined);
    expect(linked.length).toBeGreaterThan(15);
    for (const r of linked) {
      const url = new URL(r.url!);
      expect(url.pathname.replace(/\/+$/, ''), `${r.id}: ${r.url}`).not.toBe('');
    }
  });

  it('keeps no item that nothing cites: an unlinked item is there because a cited one reports on it', () => {
    const citedIds = new Set(cited.flatMap((entry) => entry.ids));
    const reportedOn = new Set([...references.values()].filter((r) => citedIds.has(r.id)).map((r) => r.reportsOn));
    for (const r of references.values()) expect(citedIds.has(r.id) || reportedOn.has(r.id), r.id).toBe(true);
  });

  it('dates every item, and no item is dated after the pack’s story (the record ends in 2025)', () => {
    for (const r of references.values()) expect(r.date, r.id).toMatch(/^2025-\d\d-\d\d$/);
  });
});
