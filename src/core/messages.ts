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

/** Content script -> background (runtime.sendMessage). */
export type ToBackground = { type: 'get-settings' } | { type: 'page-report'; report: PageReport };

/** Background or popup -> content script (tabs.sendMessage). */
export type ToContent = { type: 'get-report' } | { type: 'focus-finding'; index: number } | { type: 'step-finding'; direction: 1 | -1 };

type AnyMessage = ToBackground | ToContent;

/** What each message answers. `null` means "nothing to report". */
export interface Responses {
  /** Valid settings, repaired field by field if storage held something broken. */
  'get-settings': Settings;
  'page-report': void;
  'get-report': PageReport | null;
  /** True when the finding exists and got focus. */
  'focus-finding': boolean;
  'step-finding': boolean;
}

export type ResponseTo<M extends AnyMessage> = Responses[M['type']];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Narrows an incoming value to a background message; anything else is ignored by the worker. */
export function isBackgroundMessage(value: unknown): value is ToBackground {
  if (!isObject(value)) return false;
  if (value.type === 'get-settings') return true;
  return value.type === 'page-report' && isObject(value.report);
}

/** Narrows an incoming value to a content-script message; anything else is left to other listeners. */
export function isContentMessage(value: unknown): value is ToContent {
  if (!isObject(value)) return false;
  switch (value.type) {
    case 'get-report':
      return true;
    case 'focus-finding':
      return Number.isInteger(value.index);
    case 'step-finding':
      return value.direction === 1 || value.direction === -1;
    default:
      return false;
  }
}
