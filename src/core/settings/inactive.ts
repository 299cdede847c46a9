/**
 * Whether Lateral should annotate a page, as one pure function the content script, the
 * badge and the popup all share. It imports only types and string helpers, so the
 * content script can use it without pulling zod into every page.
 */
import type { Settings } from './schema';
import { sitePatternMatches } from './site-patterns';

export type InactiveReason = 'disabled' | 'paused' | 'not-listed' | 'denied';

/** The key "Pause on this site" stores: the page's host name, lower-cased. */
export function siteKey(url: URL): string {
  return url.hostname.toLowerCase();
}

/**
 * Checked in this order, so the popup explains the reason a reader can act on first:
 * the global switch, then the site pause, then the deny list, then the allow list.
 */
export function inactiveReason(settings: Settings, url: string | URL): InactiveReason | undefined {
  if (!settings.enabled) return 'disabled';
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (settings.sites.paused.includes(siteKey(parsed))) return 'paused';
  if (settings.sites.deny.some((pattern) => sitePatternMatches(pattern, parsed))) return 'denied';
  if (settings.sites.mode === 'listed' && !settings.sites.allow.some((pattern) => sitePatternMatches(pattern, parsed))) {
    return 'not-listed';
  }
  return undefined;
}
