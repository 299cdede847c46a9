/**
 * Every message that crosses between the content script, the background worker and
 * the extension pages. One discriminated union per direction keeps handlers typed
 * and makes an unknown message a visible error instead of a silent no-op.
 * `Responses` says what each message answers, so senders get typed replies.
 */
import type { DateClaim, HitKind } from './hit';
import type { InactiveReason } from './settings/inactive';
import type { Settings } from './settings/schema';

export type { InactiveReason } from './settings/inactive';
export type { Settings } from './settings/schema';

/** One highlight the content script placed, as the popup lists it. */
export interface FindingSummary {
  /** Stable within the page: the highlight's index in document order. */
  index: number;
  kind: HitKind;
  ruleId: string;
  topic: string;
  discrepancyId?: string;
  /** For a wrong date: the date the page gives (see Hit.claimed). */
  claimed?: DateClaim;
  /** The highlighted words, trimmed to a short label. */
  text: string;
}

export interface PageReport {
  url: string;
  /** Why nothing ran: Lateral is off, paused for this site, or the site is not listed. */
  inactiveReason?: InactiveReason;
  mentions: number;
  discrepancies: number;
  topics: string[];
  findings: FindingSummary[];
  /** Passages Lateral stopped highlighting because the page kept removing or rewriting its highlights. */
  leftAlone?: number;
}

/** Content script -> background. */
export type ContentToBackground = { type: 'get-settings' } | { type: 'page-report'; report: PageReport };

/** Background or popup -> content script (tabs.sendMessage). */
export type ToContent = { type: 'get-report' } | { type: 'focus-finding'; index: number } | { type: 'step-finding'; direction: 1 | -1 };

/** Extension pages (popup, options, classroom) -> background. */
export type PageToBackground = { type: 'get-settings' } | { type: 'get-tab-report'; tabId: number } | { type: 'open-classroom' };

export type ToBackground = ContentToBackground | PageToBackground;
export type AnyMessage = ToBackground | ToContent;

/** What each message answers. `null` means "nothing to report" (e.g. no content script). */
export interface Responses {
  /** Valid settings, repaired field by field if storage held something broken. */
  'get-settings': Settings;
  'page-report': void;
  'get-report': PageReport | null;
  /** True when the finding exists and got focus. */
  'focus-finding': boolean;
  'step-finding': boolean;
  'get-tab-report': PageReport | null;
  'open-classroom': void;
}

export type ResponseTo<M extends AnyMessage> = Responses[M['type']];

const BACKGROUND_TYPES = new Set<string>(['get-settings', 'page-report', 'get-tab-report', 'open-classroom']);

/** Narrows an incoming value to a background message; anything else is ignored by the worker. */
export function isBackgroundMessage(value: unknown): value is ToBackground {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !BACKGROUND_TYPES.has(type)) return false;
  if (type === 'get-tab-report') return Number.isInteger((value as { tabId?: unknown }).tabId);
  if (type === 'page-report') {
    const report = (value as { report?: unknown }).report;
    return typeof report === 'object' && report !== null;
  }
  return true;
}
