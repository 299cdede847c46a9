/**
 * Names the date a page gives, for the headline of a wrong-date flag ("dated to
 * 15 October" rather than the pack's generic title). Pure: the locale comes in.
 */
import type { DateClaim } from '../hit';

/**
 * `locale` is a BCP 47 tag or the browser's `@@ui_locale` (`en_US`). English is written
 * day first, as Lateral's English text is ("14 October 2025").
 */
export function describeClaim(claim: DateClaim, locale: string): string {
  const tag = locale.replace('_', '-');
  const lang = /^en\b/i.test(tag) ? 'en-GB' : tag || 'en-GB';
  const { year, month, day } = claim;
  if (month === undefined) return year === undefined ? '' : String(year);
  const options: Intl.DateTimeFormatOptions = { month: 'long', timeZone: 'UTC' };
  if (day !== undefined) options.day = 'numeric';
  if (year !== undefined) options.year = 'numeric';
  const date = new Date(Date.UTC(year ?? 2025, month - 1, day ?? 1));
  try {
    return new Intl.DateTimeFormat(lang, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(date);
  }
}

type Translate = (key: string, substitutions?: string[]) => string;

/** The headline of a flag that names the page's wrong date: "The Witkoff–Ushakov call dated to 15 October". */
export function claimHeadline(claim: DateClaim, topicLabel: string, t: Translate): string {
  return t('flagDatedTo', [topicLabel, describeClaim(claim, t('@@ui_locale'))]);
}
