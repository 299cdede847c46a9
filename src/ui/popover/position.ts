/**
 * Where the popover goes: beside its highlight, never over it. Below when the whole
 * panel fits there, else above when it fits there, else on the roomier side with its
 * height capped to that room (the panel scrolls). Horizontally it starts at the
 * highlight and is pushed back inside the viewport at the edges.
 */
export const MARGIN = 8;
export const GAP = 6;
/** Below this much room a side is not worth keeping when the content grows. */
const MIN_ROOM = 160;

export type Side = 'below' | 'above';

export interface Placement {
  left: number;
  top: number;
  side: Side;
  /** The panel's height limit on that side (CSS max-height). */
  maxHeight: number;
}

export function place(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  /** The side it is on already: kept while the content still fits there, so expanding a section does not make it jump. */
  current?: Side,
): Placement {
  const maxLeft = Math.max(MARGIN, viewport.width - size.width - MARGIN);
  const left = Math.min(Math.max(anchor.left, MARGIN), maxLeft);
  const room: Record<Side, number> = {
    below: viewport.height - MARGIN - (anchor.bottom + GAP),
    above: anchor.top - GAP - MARGIN,
  };
  const fits = (side: Side) => size.height <= room[side];
  let side: Side;
  if (current && (fits(current) || room[current] >= MIN_ROOM)) side = current;
  else if (fits('below')) side = 'below';
  else if (fits('above')) side = 'above';
  else side = room.below >= room.above ? 'below' : 'above';
  // A highlight scrolled out of view leaves no room: the panel then stays inside the viewport at a usable height.
  const maxHeight = Math.max(Math.min(room[side], viewport.height - 2 * MARGIN), Math.min(MIN_ROOM, viewport.height - 2 * MARGIN));
  const height = Math.min(size.height, maxHeight);
  let top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  top = Math.min(Math.max(top, MARGIN), Math.max(MARGIN, viewport.height - height - MARGIN));
  return { left, top, side, maxHeight };
}
