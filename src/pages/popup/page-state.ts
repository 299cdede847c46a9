/**
 * What the popup can say about a tab, worked out from what it could learn: the tab's URL
 * (known only where Lateral has host access), the content script's report (absent where
 * no content script runs), and whether Lateral may read websites at all.
 */
import type { PageReport } from '../../core/messages';
import { inactiveReason, type InactiveReason, type Settings } from '../../core/settings';

export type PageState =
  | { kind: 'restricted' }
  | { kind: 'no-access' }
  | { kind: 'not-loaded' }
  | { kind: 'inactive'; reason: InactiveReason }
  | { kind: 'nothing' }
  | { kind: 'findings'; report: PageReport };

/** Browsers keep extensions off their own stores, whatever the host permissions say. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
];

export function isWebPage(url: string): boolean {
  return /^https?:\/\//i.test(url) && !STORE_PAGES.some((store) => store.test(url));
}

export interface PageFacts {
  url?: string;
  report?: PageReport | null;
  /** permissions.contains for http(s) sites: false once a reader withdrew Lateral's access. */
  hasHostAccess: boolean;
  settings: Settings;
}

export function describePage({ url, report, hasHostAccess, settings }: PageFacts): PageState {
  if (report) {
    if (report.inactiveReason) return { kind: 'inactive', reason: report.inactiveReason };
    if (report.mentions + report.discrepancies === 0 || report.findings.length === 0) return { kind: 'nothing' };
    return { kind: 'findings', report };
  }
  if (url !== undefined && !isWebPage(url)) return { kind: 'restricted' };
  if (!hasHostAccess) return { kind: 'no-access' };
  // Without host access to a tab the browser hides its URL; with access, a hidden URL means a browser page.
  if (url === undefined) return { kind: 'restricted' };
  const reason = inactiveReason(settings, url);
  if (reason) return { kind: 'inactive', reason };
  return { kind: 'not-loaded' };
}
