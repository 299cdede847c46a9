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

import { DISABLED_BUILTINS_KEY, GATES_KEY, PACK_KEY_PREFIX } from '../core/pack-install/storage-keys';

export { DISABLED_BUILTINS_KEY, GATES_KEY, PACK_KEY_PREFIX };

const keyOf = (id: string) => `${PACK_KEY_PREFIX}${id}`;

async function everything(): Promise<Record<string, unknown>> {
  return await browser.storage.local.get(null);
}

async function gateIndex(): Promise<Record<string, string[]>> {
  const value = (await browser.storage.local.get(GATES_KEY))[GATES_KEY];
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((g) => typeof g === 'string')),
  );
}

/** Writes `items` together with the gate index changed for `id` (gates, or undefined to drop it). */
async function writeWithGates(
  id: string,
  gates: string[] | undefined,
  items: Record<string, unknown>,
  remove: string[] = [],
): Promise<void> {
  const index = await gateIndex();
  if (gates) index[id] = gates;
  else delete index[id];
  if (Object.keys(index).length === 0) remove = [...remove, GATES_KEY];
  else items = { ...items, [GATES_KEY]: index };
  if (Object.keys(items).length > 0) await browser.storage.local.set(items);
  if (remove.length > 0) await browser.storage.local.remove(remove);
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

/** Stores an installed pack (new or updated); throws when storage refuses it (quota). */
export async function saveInstalled(pack: InstalledPack): Promise<void> {
  await writeWithGates(pack.id, pack.enabled ? pack.gate : undefined, { [keyOf(pack.id)]: pack });
}

export async function setInstalledEnabled(id: string, enabled: boolean): Promise<void> {
  const key = keyOf(id);
  const current = (await browser.storage.local.get(key))[key];
  if (isUsableInstalled(current)) await writeWithGates(id, enabled ? current.gate : undefined, { [key]: { ...current, enabled } });
}

export async function setBuiltinEnabled(id: string, enabled: boolean): Promise<void> {
  const rest = (await disabledBuiltins()).filter((other) => other !== id);
  if (rest.length === 0 && enabled) await browser.storage.local.remove(DISABLED_BUILTINS_KEY);
  else await browser.storage.local.set({ [DISABLED_BUILTINS_KEY]: enabled ? rest : [...rest, id] });
}

export async function removeInstalled(id: string): Promise<void> {
  await writeWithGates(id, undefined, {}, [keyOf(id)]);
}

/**
 * The page's first stage: gate patterns of the installed packs that are on, read from
 * one small key, so a page that fails the gate never loads a compiled pack.
 */
export async function enabledGatePatterns(): Promise<string[]> {
  try {
    return Object.values(await gateIndex()).flat();
  } catch {
    return [];
  }
}

/** What the matcher uses: the installed packs that are on, and the bundled ones switched off. */
export interface EnabledPacks {
  installed: { gate: string[]; compiled: CompiledPack; pack: StoryPack }[];
  disabledBuiltins: string[];
}

/** The page's second stage, once the gate has passed: a failure (storage unavailable) means "bundled packs only". */
export async function enabledPacks(): Promise<EnabledPacks> {
  try {
    const [installed, disabled] = await Promise.all([listInstalled(), disabledBuiltins()]);
    return {
      installed: installed.filter((p) => p.enabled).map(({ gate, compiled, pack }) => ({ gate, compiled, pack })),
      disabledBuiltins: disabled,
    };
  } catch {
    return { installed: [], disabledBuiltins: [] };
  }
}

/** Calls `listener` whenever an installed pack is added, changed or removed, until `signal` aborts. */
export function onInstalledPacksChanged(listener: () => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(PACK_KEY_PREFIX))) listener();
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
