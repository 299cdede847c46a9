/**
 * Installed story packs in browser.storage.local: one key per pack (its compiled form,
 * see src/core/pack-install/installed.ts) and one list of bundled packs switched off.
 * The content script reads them through `enabledPacks` on every page load; the
 * options page writes them. Removing a pack deletes its key, leaving nothing of it.
 */
import { isUsableInstalled, type InstalledPack } from '../core/pack-install/installed';
import type { CompiledPack } from '../core/detect/types';
import type { StoryPack } from '../core/pack/schema';
import { browser } from './browser';

export const PACK_KEY_PREFIX = 'lateral-pack:';
export const DISABLED_BUILTINS_KEY = 'lateral-packs-disabled-builtins';

const keyOf = (id: string) => `${PACK_KEY_PREFIX}${id}`;

async function everything(): Promise<Record<string, unknown>> {
  return (await browser.storage.local.get(null)) as Record<string, unknown>;
}

/** Every installed pack, on or off, in id order; damaged records are left out. */
export async function listInstalled(): Promise<InstalledPack[]> {
  const all = await everything();
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith(PACK_KEY_PREFIX) && isUsableInstalled(value))
    .map(([, value]) => value as InstalledPack)
    .sort((a, b) => a.id.localeCompare(b.id));
}

export async function disabledBuiltins(): Promise<string[]> {
  const value = (await browser.storage.local.get(DISABLED_BUILTINS_KEY))[DISABLED_BUILTINS_KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function saveInstalled(pack: InstalledPack): Promise<void> {
  await browser.storage.local.set({ [keyOf(pack.id)]: pack });
}

export async function setInstalledEnabled(id: string, enabled: boolean): Promise<void> {
  const key = keyOf(id);
  const current = (await browser.storage.local.get(key))[key];
  if (isUsableInstalled(current)) await browser.storage.local.set({ [key]: { ...current, enabled } });
}

export async function setBuiltinEnabled(id: string, enabled: boolean): Promise<void> {
  const rest = (await disabledBuiltins()).filter((other) => other !== id);
  if (rest.length === 0 && enabled) await browser.storage.local.remove(DISABLED_BUILTINS_KEY);
  else await browser.storage.local.set({ [DISABLED_BUILTINS_KEY]: enabled ? rest : [...rest, id] });
}

export async function removeInstalled(id: string): Promise<void> {
  await browser.storage.local.remove(keyOf(id));
}

/** What a page uses: the installed packs that are on, and the bundled ones switched off. */
export interface EnabledPacks {
  installed: { gate: string[]; compiled: CompiledPack; pack: StoryPack }[];
  disabledBuiltins: string[];
}

/** The content script's one call: a failure (storage unavailable) means "bundled packs only". */
export async function enabledPacks(): Promise<EnabledPacks> {
  try {
    const [installed, disabled] = await Promise.all([listInstalled(), disabledBuiltins()]);
    return { installed: installed.filter((p) => p.enabled).map(({ gate, compiled, pack }) => ({ gate, compiled, pack })), disabledBuiltins: disabled };
  } catch {
    return { installed: [], disabledBuiltins: [] };
  }
}
