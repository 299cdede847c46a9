/**
 * Every story pack a page can offer: the bundled ones, then the installed ones, each
 * with whether the reader has it switched on. Pure, so the classroom, the popup and
 * their tests agree on the list.
 */
import type { StoryPack } from '../pack/schema';

export interface AvailablePack {
  pack: StoryPack;
  builtin: boolean;
  enabled: boolean;
}

export function availablePacks(
  bundled: readonly StoryPack[],
  installed: readonly { pack: StoryPack; enabled: boolean }[],
  disabledBuiltins: readonly string[],
): AvailablePack[] {
  const off = new Set(disabledBuiltins);
  const ids = new Set(bundled.map((p) => p.id));
  return [
    ...bundled.map((pack) => ({ pack, builtin: true, enabled: !off.has(pack.id) })),
    // An installed pack never shadows a bundled one (installation refuses that id; this guards stored data too).
    ...installed.filter((p) => !ids.has(p.pack.id)).map(({ pack, enabled }) => ({ pack, builtin: false, enabled })),
  ];
}

/** The packs in use: switched on, bundled first. */
export function activePacks(available: readonly AvailablePack[]): StoryPack[] {
  return available.filter((p) => p.enabled).map((p) => p.pack);
}
