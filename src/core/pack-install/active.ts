/**
 * Which packs a page uses: the bundled ones the reader has not switched off, plus the
 * installed ones that are on. Pure, so the content script and the tests agree on it.
 * The popover looks installed packs up through `installedPackViews`, which the page
 * matcher fills in.
 */
import type { CompiledPack } from '../detect/types';
import type { StoryPack } from '../pack/schema';

export interface ActivePacksInput {
  installed: readonly { gate: readonly string[]; compiled: CompiledPack; pack: StoryPack }[];
  disabledBuiltins: readonly string[];
}

export function activeCompiledPacks(builtin: readonly CompiledPack[], enabled: ActivePacksInput): CompiledPack[] {
  const off = new Set(enabled.disabledBuiltins);
  const bundled = builtin.filter((p) => !off.has(p.packId));
  const ids = new Set(bundled.map((p) => p.packId));
  // An installed pack never shadows a bundled one (installation refuses that id; this guards stored data too).
  return [...bundled, ...enabled.installed.map((p) => p.compiled).filter((c) => !ids.has(c.packId))];
}

let views: readonly StoryPack[] = [];

export function setInstalledPackViews(packs: readonly StoryPack[]): void {
  views = packs;
}

export function installedPackViews(): readonly StoryPack[] {
  return views;
}
