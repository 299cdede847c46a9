/**
 * Items of a page that carries many stories: live-blog entries, teasers, list items,
 * sections. The page layer finds them in the DOM (src/dom/text-index.ts) and passes
 * their text spans in; the matcher then judges an ambiguous word (a name, a place, a
 * number, a role) inside an item by that item's own evidence only, so a Witkoff entry
 * about Gaza three entries below the leak stays unmarked even though the page as a
 * whole is about the story.
 *
 * Spans are plain data: a flat list [start0, end0, group0, start1, end1, group1, ...]
 * of offsets into the text handed to the matcher, in document order, where items of one
 * group are siblings (the entries of one live blog, the answers of one Q&A); items may
 * nest. The matcher judges the outermost items; the group is kept so a caller can tell
 * one feed's entries from another's.
 */
import type { Normalized } from '../text/normalize';

export type ItemSpans = readonly number[];

/** Numbers per item in ItemSpans. */
export const ITEM_STRIDE = 3;

export interface Span {
  from: number;
  to: number;
}

export interface ItemSpan extends Span {
  group: number;
}

/**
 * The spans that fall in text [from, to), shifted to offsets of that slice, for a
 * caller that scans a long text in chunks. Items cut by the slice are clipped.
 */
export function itemsWithin(items: ItemSpans, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = 0; i + 2 < items.length; i += ITEM_STRIDE) {
    const start = Math.max(items[i]!, from);
    const end = Math.min(items[i + 1]!, to);
    if (end > start) out.push(start - from, end - from, items[i + 2]!);
  }
  return out;
}

/** Outermost items, sorted, as spans of the normalised text. */
export function normalizedItems(items: ItemSpans | undefined, n: Normalized): ItemSpan[] {
  const outer: ItemSpan[] = [];
  for (const s of normalizedNestedItems(items, n)) {
    const last = outer[outer.length - 1];
    if (last && s.from < last.to) continue;
    outer.push(s);
  }
  return outer;
}

/**
 * Every item, nested ones too (a teaser inside a "more news" box), sorted by start, as
 * spans of the normalised text: an item about another event is one at any depth.
 */
export function normalizedNestedItems(items: ItemSpans | undefined, n: Normalized): ItemSpan[] {
  if (!items || items.length < ITEM_STRIDE) return [];
  const spans: ItemSpan[] = [];
  for (let i = 0; i + 2 < items.length; i += ITEM_STRIDE) spans.push({ from: items[i]!, to: items[i + 1]!, group: items[i + 2]! });
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  // Original offsets -> normalised: the first normalised char that comes from at or after it.
  const firstAtOrAfter = (offset: number) => {
    let lo = 0;
    let hi = n.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (n.map.startOf(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return spans.map((s) => ({ from: firstAtOrAfter(s.from), to: firstAtOrAfter(s.to), group: s.group })).filter((s) => s.to > s.from);
}

/** Index of the item holding normalised offset `at`, or -1. */
export function itemAt(items: readonly Span[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = items[mid]!;
    if (at < s.from) hi = mid - 1;
    else if (at >= s.to) lo = mid + 1;
    else return mid;
  }
  return -1;
}
