/** Where the popover goes: below the highlight if it fits, else above, always inside the viewport. */
export const MARGIN = 8;
export const GAP = 6;

export interface Placement {
  left: number;
  top: number;
  /** Which side of the anchor it ended up on (for the arrow-less border accent). */
  side: 'below' | 'above';
}

export function place(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const maxLeft = Math.max(MARGIN, viewport.width - size.width - MARGIN);
  const left = Math.min(Math.max(anchor.left, MARGIN), maxLeft);
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  let top: number;
  let side: Placement['side'];
  if (below + size.height <= viewport.height - MARGIN || above < MARGIN) {
    side = 'below';
    top = below;
  } else {
    side = 'above';
    top = above;
  }
  // Taller than the room on either side: pin inside the viewport (the panel scrolls).
  top = Math.min(Math.max(top, MARGIN), Math.max(MARGIN, viewport.height - size.height - MARGIN));
  return { left, top, side };
}
