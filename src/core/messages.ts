/**
 * Every message that crosses between the content script, the background worker and
 * the extension pages. One discriminated union per direction keeps handlers typed
 * and makes an unknown message a visible error instead of a silent no-op.
 */
import type { HitKind } from './hit';

/** One highlight the content script placed, as the popup lists it. */
export interface FindingSummary {
  /** Stable within the page: the highlight's index in document order. */
  index: number;
  kind: HitKind;
  ruleId: string;
  topic: string;
  discrepancyId?: string;
  /** The highlighted words, trimmed to a short label. */
  text: string;
}

export interface PageReport {
  url: string;
  /** Why nothing ran: Lateral is off, paused for this site, or the site is not listed. */
  inactiveReason?: 'disabled' | 'paused' | 'not-listed' | 'denied';
  mentions: number;
  discrepancies: number;
  topics: string[];
  findings: FindingSummary[];
}

/** Content script -> background. */
export type ContentToBackground =
  | { type: 'get-settings' }
  | { type: 'page-report'; report: PageReport };

/** Background or popup -> content script (tabs.sendMessage). */
export type ToContent =
  | { type: 'get-report' }
  | { type: 'focus-finding'; index: number }
  | { type: 'step-finding'; direction: 1 | -1 };

/** Extension pages (popup, options, classroom) -> background. */
export type PageToBackground =
  | { type: 'get-settings' }
  | { type: 'get-tab-report'; tabId: number }
  | { type: 'open-classroom' };
