/**
 * The story packs an extension page offers (bundled and installed, on or off), read
 * from storage.local, and a way to follow changes made in the options page while the
 * page is open.
 */
import { availablePacks, type AvailablePack } from '../../core/pack-install/available';
import { DISABLED_BUILTINS_KEY, PACK_KEY_PREFIX } from '../../core/pack-install/storage-keys';
import { browser } from '../../platform/browser';
import { disabledBuiltins, listInstalled } from '../../platform/pack-store';
import { storyPacks } from '../../ui/components/story-packs';

/** Storage unavailable (a damaged profile) means the bundled packs only, all on. */
export async function loadAvailablePacks(): Promise<AvailablePack[]> {
  try {
    const [installed, off] = await Promise.all([listInstalled(), disabledBuiltins()]);
    return availablePacks(storyPacks, installed, off);
  } catch {
    return availablePacks(storyPacks, [], []);
  }
}

/** Calls `changed` after a pack is installed, updated, removed or switched; returns the unsubscribe. */
export function onPacksChanged(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(PACK_KEY_PREFIX) || key === DISABLED_BUILTINS_KEY)) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
