/**
 * Whether a page was written before its story: every full date it prints (day, month and
 * year) that is not the story's own lies before the story's events, and none on or after
 * the day the story became known. A forum thread of 9 August on Witkoff's visit to Moscow,
 * a podcast's episode list up to mid-October or a front page of 2 October names the
 * story's people, but cannot be about a call that became known in late November.
 *
 * The story's own dates are no sign either way: those from its first event until it became
 * known (a page about it names them, as a timeline does), unless the page dates itself
 * with one in its dateline ("Jumat, 31 Oktober 2025 | 10:15 WIB": an analysis of Witkoff's
 * and Ushakov's autumn written before anyone knew of the call), and its key day in any month or
 * year (the dates pages get wrong). Nor are dates more than half a year before the events:
 * a biography or an archive page names old dates beside new ones it may print only as a
 * month ("the recording leaked in November 2025"), and a month at or after the one the
 * story became known says the page may be about it. A page with no other date is not judged.
 *
 * Pure: the text's own characters. Only the stretches around years are read, so a long
 * page costs one native search for four-digit numbers.
 */
import { normalize } from '../text/normalize';
import { findDates } from './checks-dates';
import { WEEKDAY_NAMES } from './checks-lexicon';
import { tokenize, type Token } from './checks-text';
import type { StoryPeriod } from './types';

/** A four-digit year of the last and this century, not part of a longer number. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** Chars before a year in which its day and month stand ("Wednesday, 14 de noviembre de "). */
const BEFORE_YEAR = 40;
/** Years read at most: a page of tables with thousands of dates is judged by its first ones. */
const MAX_YEARS = 400;
/** How long before the story's events a date still says when the page was written, in days. */
const RECENT_DAYS = 183;
const DAY_MS = 86_400_000;

/** YYYYMMDD as a number, for comparing dates. */
const dayNumber = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;
const parse = (iso: string) => Number(iso.replaceAll('-', ''));
/** The YYYYMMDD number of the day `days` before the ISO date `iso`. */
function daysBefore(iso: string, days: number): number {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY_MS);
  return dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A clock time right after a date's year ("31 Oktober 2025 | 10:15 WIB", "25. November 2025, 23:58 Uhr"). */
const TIME_AFTER = /^[\s,|·•–-]{0,4}(?:(?:um|à|a las|alle|om|pukul|o|в|об|at)\s)?\d{1,2}[:.h]\d{2}(?!\d)/u;

let weekdays: Set<string> | undefined;

/**
 * Whether the date at token `from` of a window's `tokens` is how the page dates
 * itself: a day of the week before it ("Jumat, 31 Oktober 2025") or a clock time after
 * its year (`yearEnd` in `text`).
 */
function dateline(tokens: readonly Token[], from: number, text: string, yearEnd: number): boolean {
  weekdays ??= new Set(WEEKDAY_NAMES);
  const before = tokens[from - 1];
  return (before !== undefined && weekdays.has(before.w)) || TIME_AFTER.test(text.slice(yearEnd, yearEnd + 24));
}

export function predatesStory(period: StoryPeriod, text: string): boolean {
  return storyTime(period, text) === 'before';
}

/**
 * When the text says it was written, for the story of `period`: 'before' (its dates all lie
 * in the half year before the story's events), 'after' (a date or month at or after the day
 * the story became known), or undefined (no date says either).
 */
export function storyTime(period: StoryPeriod, text: string): 'before' | 'after' | undefined {
  const events = parse(period.events);
  const reported = parse(period.reported);
  const recent = daysBefore(period.events, RECENT_DAYS);
  let before = 0;
  let read = 0;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m && read < MAX_YEARS; m = YEAR.exec(text), read++) {
    const from = Math.max(0, m.index - BEFORE_YEAR);
    const window = normalize(text.slice(from, m.index + 4)).text;
    const tokens = tokenize(window);
    for (const date of findDates(window, tokens)) {
      if (date.year === undefined) continue;
      // A month at or after the one the story became known in ("November 2025"): it may be about it.
      if (date.readings.some(([month]) => dayNumber(date.year!, month, 31) >= reported)) return 'after';
      const days = date.readings.filter((r): r is [number, number] => r[1] !== undefined);
      // A month and a year alone ("October 2025") or an ambiguous figure tells too little.
      if (days.length !== 1) continue;
      const [month, day] = days[0]!;
      const at = dayNumber(date.year, month, day);
      if (at >= reported) return 'after';
      if (at < recent || period.keyDays.includes(day)) continue;
      // Between the events and the day they became known, only the page's own dateline
      // says when it was written: a timeline names those dates too.
      if (at >= events && !dateline(tokens, date.from, text, m.index + 4)) continue;
      before++;
    }
  }
  return before > 0 ? 'before' : undefined;
}
