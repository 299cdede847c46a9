/**
 * Dates in a sentence's words, in every form the seven languages print them:
 * "October 14, 2025", "Oct. 14th", "14 October", "14. Oktober", "14 de octubre de
 * 2025", "14 листопада", "14.11.", "14.11.2025", "10/14", "October 2023", "in 2023",
 * "in November". Word work only; no expression is built.
 */
import { DATE_LINKS, MONTH_ADJECTIVES, MONTH_NAMES, MONTH_PREPOSITIONS, ORDINAL_TAILS, YEAR_PREPOSITIONS } from './checks-lexicon';
import type { Token } from './checks-text';

export interface FoundDate {
  /** Token range [from, to). */
  from: number;
  to: number;
  year?: number;
  /** Possible [month, day] readings (10/11 can be read both ways). */
  readings: [number, number | undefined][];
  /** A month alone with no preposition ("the November call", "listopadowa rozmowa"): the call's date only right before a call word. */
  bare?: boolean;
}

let months: Map<string, number> | undefined;
/** Month number of a month word, or 0. */
export function monthOf(word: string): number {
  if (!months) {
    months = new Map();
    MONTH_NAMES.forEach((names, i) => names.forEach((n) => months!.set(n, i + 1)));
  }
  return months.get(word) ?? 0;
}

const links = new Set(DATE_LINKS);
const ordinalTails = new Set(ORDINAL_TAILS);

let adjectiveStems: { byStem: Map<string, [order: number, month: number]>; lengths: number[] } | undefined;
/**
 * Month of a month adjective ("listopadowa" -> 11), or 0: the first stem of
 * MONTH_ADJECTIVES the word starts with, followed by at most four letters. Every word
 * near a mention is asked, so the stems are looked up by the word's prefixes (one per
 * stem length) instead of tried one by one.
 */
export function monthOfAdjective(word: string): number {
  if (!adjectiveStems) {
    const byStem = new Map<string, [number, number]>();
    MONTH_ADJECTIVES.forEach(([stem, month], order) => {
      if (!byStem.has(stem)) byStem.set(stem, [order, month]);
    });
    adjectiveStems = { byStem, lengths: [...new Set(MONTH_ADJECTIVES.map(([stem]) => stem.length))].sort((a, b) => a - b) };
  }
  let first: [number, number] | undefined;
  for (const length of adjectiveStems.lengths) {
    if (length > word.length) break;
    if (word.length - length > 4) continue;
    const found = adjectiveStems.byStem.get(word.slice(0, length));
    if (found && (!first || found[0] < first[0])) first = found;
  }
  return first?.[1] ?? 0;
}

/** Month words that are also common words ("may", "march"): never a date alone. */
const NOT_ALONE = new Set(['may', 'mar', 'march', 'mai']);
const yearPrepositions = new Set(YEAR_PREPOSITIONS);
const monthPrepositions = new Set(MONTH_PREPOSITIONS);

/** "14", "14th", "1er", "2nd": a day of the month, or 0. */
function dayOf(word: string | undefined): number {
  if (word === undefined) return 0;
  let k = 0;
  while (k < word.length && k < 3 && word.charCodeAt(k) >= 0x30 && word.charCodeAt(k) <= 0x39) k++;
  if (k === 0 || k > 2) return 0;
  const rest = word.slice(k);
  if (rest !== '' && !['st', 'nd', 'rd', 'th', 'er', 'e', 'eme', 'go', 'ego', 'го', 'ого'].includes(rest)) return 0;
  const d = Number(word.slice(0, k));
  return d >= 1 && d <= 31 ? d : 0;
}

function yearOf(word: string | undefined): number {
  if (word === undefined || word.length !== 4 || !/^\d{4}$/.test(word)) return 0;
  const y = Number(word);
  return y >= 1990 && y <= 2099 ? y : 0;
}

/** Only a space, comma or dot stands between two tokens ("14, 2025", "14. Oktober"). */
function tight(text: string, a: Token, b: Token): boolean {
  const between = text.slice(a.to, b.from);
  return between.length <= 3 && /^[ ,.]*$/.test(between);
}

/** Year after token j (optionally after "de"/"of"), as [year, next index]. */
function yearAfter(text: string, tokens: readonly Token[], j: number): [number, number] {
  let k = j;
  if (tokens[k] && links.has(tokens[k]!.w) && tokens[k + 1] && yearOf(tokens[k + 1]!.w)) k++;
  const t = tokens[k];
  if (t && k > 0 && tight(text, tokens[k - 1]!, t) && yearOf(t.w)) return [yearOf(t.w), k + 1];
  return [0, j];
}

function numericDate(text: string, t: Token): FoundDate['readings'] | undefined {
  const parts = t.w.split(/[./]/);
  if (parts.length < 2 || parts.length > 3 || parts.some((x) => !/^\d{1,4}$/.test(x))) return undefined;
  const [a, b] = parts.map(Number) as [number, number];
  if (t.w.includes('.')) {
    // Day first; "14.11" needs its closing dot or a year, or it could be a decimal ("1.5 hours").
    if (parts.length === 2 && text.charCodeAt(t.to) !== 0x2e) return undefined;
    return [[b, a]];
  }
  const readings: [number, number][] =
    a > 12
      ? [[b, a]]
      : b > 12
        ? [[a, b]]
        : [
            [a, b],
            [b, a],
          ];
  return readings;
}

/** "14-11-2025": day, month and a four-digit year joined by hyphens (a score or a range has no year). */
function hyphenatedDate(text: string, tokens: readonly Token[], i: number): FoundDate | undefined {
  const [d, m, y] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!d || !m || !y || !/^\d{1,2}$/.test(d.w) || !/^\d{1,2}$/.test(m.w) || !yearOf(y.w)) return undefined;
  if (text.slice(d.to, m.from) !== '-' || text.slice(m.to, y.from) !== '-') return undefined;
  return { from: i, to: i + 3, year: yearOf(y.w), readings: [[Number(m.w), Number(d.w)]] };
}

export function findDates(text: string, tokens: readonly Token[]): FoundDate[] {
  const out: FoundDate[] = [];
  const push = (d: FoundDate) => {
    d.readings = d.readings.filter(([mo, day]) => mo >= 1 && mo <= 12 && (day === undefined || (day >= 1 && day <= 31)));
    if (d.readings.length > 0 || (d.year !== undefined && d.readings.length === 0 && d.to - d.from === 1)) out.push(d);
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.w;
    const month = monthOf(w);
    const day = dayOf(w);
    if (day) {
      // 14 October [2025] / 14th of October / 14. Oktober / 14 de octubre de 2025
      let j = i + 1;
      // "14-го ноября": the ordinal's ending, joined by a hyphen, is part of the day.
      if (tokens[j] && ordinalTails.has(tokens[j]!.w) && text.slice(tokens[i]!.to, tokens[j]!.from) === '-') j++;
      if (tokens[j] && links.has(tokens[j]!.w)) j++;
      const m = tokens[j] ? monthOf(tokens[j]!.w) : 0;
      if ((m && tight(text, tokens[j - 1]!, tokens[j]!)) || (m && j <= i + 3 && j > i + 1)) {
        const [year, end] = yearAfter(text, tokens, j + 1);
        push({ from: i, to: end, ...(year ? { year } : {}), readings: [[m, day]] });
        i = end - 1;
        continue;
      }
    }
    if (month) {
      // May is also a verb: "may" counts as a month only with a day or year.
      const j = i + 1;
      const d = dayOf(tokens[j]?.w);
      if (d && tight(text, tokens[i]!, tokens[j]!)) {
        // October 14[, 2025]
        const [year, end] = yearAfter(text, tokens, j + 1);
        push({ from: i, to: end, ...(year ? { year } : {}), readings: [[month, d]] });
        i = end - 1;
        continue;
      }
      const [year, end] = yearAfter(text, tokens, j);
      if (year) {
        push({ from: i, to: end, year, readings: [[month, undefined]] });
        i = end - 1;
        continue;
      }
      // "la llamada de noviembre", "l'appel de novembre": a link of its own names the month
      // as a time as surely as a preposition does ("the" is no link here: "the November call").
      const before = i > 0 ? tokens[i - 1]!.w : '';
      if (w !== 'may' && w !== 'mar' && (monthPrepositions.has(before) || (links.has(before) && before !== 'the'))) {
        push({ from: i, to: i + 1, readings: [[month, undefined]] });
      } else if (!NOT_ALONE.has(w)) push({ from: i, to: i + 1, readings: [[month, undefined]], bare: true });
      continue;
    }
    const adjective = monthOfAdjective(w);
    if (adjective) {
      push({ from: i, to: i + 1, readings: [[adjective, undefined]], bare: true });
      continue;
    }
    const hyphenated = hyphenatedDate(text, tokens, i);
    if (hyphenated) {
      push(hyphenated);
      i = hyphenated.to - 1;
      continue;
    }
    const numeric = numericDate(text, tokens[i]!);
    if (numeric) {
      const parts = w.split(/[./]/);
      const y = parts.length === 3 ? Number(parts[2]) : undefined;
      push({ from: i, to: i + 1, ...(y !== undefined ? { year: y < 100 ? 2000 + y : y } : {}), readings: numeric });
      continue;
    }
    const year = yearOf(w);
    if (year && i > 0 && yearPrepositions.has(tokens[i - 1]!.w)) out.push({ from: i, to: i + 1, year, readings: [] });
  }
  return out;
}
