/**
 * Whether a page was written before its story: every full date it prints (day, month and
 * year) that is not the story's own lies before the story's events, and none on or after
 * the day the story became known. A forum thread of 9 August on Witkoff's visit to Moscow,
 * a podcast's episode list up to mid-October or a front page of 2 October names the
 * story's people, but cannot be about a call that became known in late November.
 *
 * The story's own dates are no sign either way: those from its first event until it became
 * known (a page about it names them, as a timeline does) and its key day in any month or
 * year (the dates pages get wrong). A page with no other full date is not judged.
 *
 * Pure: the text's own characters. Only the stretches around years are read, so a long
 * page costs one native search for four-digit numbers.
 */
import { normalize } from '../text/normalize';
import { findDates } from './checks-dates';
import { tokenize } from './checks-text';
import type { StoryPeriod } from './types';

/** A four-digit year of the last and this century, not part of a longer number. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** Chars before a year in which its day and month stand ("Wednesday, 14 de noviembre de "). */
const BEFORE_YEAR = 40;
/** Years read at most: a page of tables with thousands of dates is judged by its first ones. */
const MAX_YEARS = 400;

/** YYYYMMDD as a number, for comparing dates. */
const dayNumber = (year: number, month: number, day: number) => year * 10_000 + month * 100 + day;
const parse = (iso: string) => Number(iso.replaceAll('-', ''));

export function predatesStory(period: StoryPeriod, text: string): boolean {
  const events = parse(period.events);
  const reported = parse(period.reported);
  let before = 0;
  let read = 0;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m && read < MAX_YEARS; m = YEAR.exec(text), read++) {
    const from = Math.max(0, m.index - BEFORE_YEAR);
    const window = normalize(text.slice(from, m.index + 4)).text;
    for (const date of findDates(window, tokenize(window))) {
      if (date.year === undefined) continue;
      const days = date.readings.filter((r): r is [number, number] => r[1] !== undefined);
      // A month and a year alone ("October 2025") or an ambiguous figure tells too little.
      if (days.length !== 1) continue;
      const [month, day] = days[0]!;
      const at = dayNumber(date.year, month, day);
      if (at >= reported) return false;
      if (at >= events || period.keyDays.includes(day)) continue;
      before++;
    }
  }
  return before > 0;
}
