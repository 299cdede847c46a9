/**
 * The settings the content script needs, fetched from the background (which owns
 * storage, validation and repair). Only types come from src/core/settings, so zod
 * never reaches the page. If the background cannot answer (still starting, or an
 * older build), Lateral runs with the documented defaults.
 */
import { DEFAULT_SETTINGS } from '../core/settings/schema-constants';
import type { Settings } from '../core/settings/schema';
import { browser } from '../platform/browser';

export type { Settings };

export const FALLBACK_SETTINGS: Settings = DEFAULT_SETTINGS;

function looksLikeSettings(value: unknown): value is Settings {
  const v = value as Partial<Settings> | null;
  return !!v && typeof v.enabled === 'boolean' && !!v.highlight && !!v.sites && !!v.rules && Array.isArray(v.customPhrases);
}

export async function loadSettings(): Promise<Settings> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'get-settings' });
    return looksLikeSettings(answer) ? answer : FALLBACK_SETTINGS;
  } catch {
    return FALLBACK_SETTINGS;
  }
}

/** Calls `onChange` when stored settings change; the caller asks the background again. */
export function watchSettings(onChange: () => void, signal: AbortSignal): void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'local') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
