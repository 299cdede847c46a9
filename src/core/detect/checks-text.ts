/**
 * Words and sentences of normalised text, for the claim checks.
 *
 * A claim is judged inside its own sentence: a date, a length or a who-asked is the
 * call's only when it is attached to the call there, and a correction ("some outlets
 * wrongly said ...") cancels only the claim it sits with. Segmenting is plain
 * char-by-char work on the few windows near the story's mentions; no expression is
 * built per page.
 */
import { isWordChar } from '../text/normalize';

export interface Token {
  /** The word as normalised text spells it (lower case, no diacritics). */
  w: string;
  from: number;
  to: number;
}

export interface Sentence {
  from: number;
  to: number;
  tokens: Token[];
  /** Its words and their first three letters, made when a check first asks (see PhraseSet.mayOccur). */
  vocabulary?: { words: Set<string>; prefixes: Set<string> };
}

/** The words of a sentence as sets, made once. */
export function vocabularyOf(s: Sentence): NonNullable<Sentence['vocabulary']> {
  if (!s.vocabulary) {
    const words = new Set<string>();
    const prefixes = new Set<string>();
    for (const t of s.tokens) {
      words.add(t.w);
      prefixes.add(t.w.slice(0, 3));
    }
    s.vocabulary = { words, prefixes };
  }
  return s.vocabulary;
}

/**
 * Longest stretch read as one sentence. Real sentences are far shorter; text without
 * sentence ends (lists of names, a page of one long line) is cut into such stretches
 * so that the work per sentence stays small.
 */
export const MAX_SENTENCE = 600;

const APOSTROPHE = 0x27;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** Inside a number: "600,000", "14.11.2025", "10/14". */
const NUMBER_JOINERS = new Set([0x2c, 0x2e, 0x2f]);

/** Words of text[from, to): letters and digits, apostrophes inside words, number punctuation between digits. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (isWordChar(code)) i++;
      else if (code === APOSTROPHE && i + 1 < to && isWordChar(text.charCodeAt(i + 1)) && i > start) i++;
      else if (NUMBER_JOINERS.has(code) && isDigit(text.charCodeAt(i - 1)) && i + 1 < to && isDigit(text.charCodeAt(i + 1))) i++;
      else break;
    }
    const elided = elision(text, start, i);
    if (elided > start) out.push({ w: text.slice(start, elided - 1), from: start, to: elided - 1 });
    out.push({ w: text.slice(elided, i), from: elided, to: i });
  }
  return out;
}

/** French and Italian elisions ("l'ancien", "d'un", "qu'il") are two words; "trump's" and "п'ять" are one. */
const ELIDED = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu']);
function elision(text: string, start: number, end: number): number {
  for (const k of [1, 2]) {
    if (start + k + 1 < end && text.charCodeAt(start + k) === APOSTROPHE && ELIDED.has(text.slice(start, start + k))) return start + k + 1;
  }
  return start;
}

/** Words after which a dot does not end a sentence ("Nov. 14", "Mr. Trump", "U.S."). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'sen',
  'rep',
  'gov',
  'prof',
  'vs',
  'etc',
  'inc',
  'no',
  'nr',
  'vol',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'okt',
  'dez',
  'z',
  'zb',
  'bzw',
  'ca',
  'dh',
  'usw',
  'mme',
  'mm',
  'sr',
  'sra',
  'dra',
  'ul',
  'im',
  'gr',
  'тыс',
  'млн',
  'млрд',
  'г',
  'гг',
  'ст',
  'им',
  'тис',
]);
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0xbb]);
const ENDS = new Set([0x2e, 0x21, 0x3f, 0x2026]);

/**
 * Is the char at `i` (one of . ! ? …) the end of a sentence? It must be followed by a
 * space (after any closing quotes or brackets) or the end; a dot after an
 * abbreviation, a single letter ("U.S.") or a day number before a month ("14.
 * Oktober", matched by the caller's `isMonth`) does not end one.
 */
function endsSentence(text: string, i: number, isMonth: (w: string) => boolean): number {
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text.charCodeAt(j))) j++;
  if (j < text.length && text.charCodeAt(j) !== 0x20) return -1;
  if (text.charCodeAt(i) !== 0x2e) return j;
  let k = i;
  while (k > 0 && isWordChar(text.charCodeAt(k - 1))) k--;
  const before = text.slice(k, i);
  if (before.length === 1 && !isDigit(before.charCodeAt(0))) return -1;
  if (ABBREVIATIONS.has(before)) return -1;
  if (before.length > 0 && before.length <= 2 && isDigit(before.charCodeAt(0))) {
    let e = j + 1;
    while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
    if (isMonth(text.slice(j + 1, e))) return -1;
  }
  return j;
}

/**
 * Sentences of text[from, to). `isBreak(i)` says whether the space at i stands for a
 * line or block break in the page (a heading, a list item, a paragraph end), which
 * always ends a sentence.
 */
export function sentences(
  text: string,
  from: number,
  to: number,
  isBreak: (i: number) => boolean,
  isMonth: (w: string) => boolean,
): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const close = (end: number) => {
    const tokens = tokenize(text, start, end);
    if (tokens.length > 0) out.push({ from: tokens[0]!.from, to: end, tokens });
  };
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 && (i - start > MAX_SENTENCE || isBreak(i))) {
      close(i);
      start = i + 1;
    } else if (ENDS.has(code)) {
      const end = endsSentence(text, i, isMonth);
      if (end >= 0 && end <= to) {
        close(end);
        start = end;
        i = end - 1;
      }
    }
  }
  close(to);
  return out;
}

/** Where a sentence that contains `at` may start: the previous sentence end or break, at most `max` chars back. */
export function sentenceStart(text: string, at: number, max: number, isBreak: (i: number) => boolean): number {
  const limit = Math.max(0, at - max);
  for (let i = at - 1; i > limit; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x20 && (isBreak(i) || ENDS.has(text.charCodeAt(i - 1)) || CLOSERS.has(text.charCodeAt(i - 1)))) return i + 1;
  }
  if (limit === 0) return 0;
  const space = text.indexOf(' ', limit);
  return space < 0 || space >= at ? at : space + 1;
}

/** Where a sentence that contains `at` may end, at most `max` chars on. */
export function sentenceEnd(text: string, at: number, max: number, isBreak: (i: number) => boolean): number {
  const limit = Math.min(text.length, at + max);
  for (let i = at; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 && (isBreak(i) || ENDS.has(text.charCodeAt(i - 1)))) return i;
  }
  if (limit === text.length) return limit;
  const space = text.lastIndexOf(' ', limit);
  return space <= at ? at : space;
}

/** A quotation mark opened before `at` in the sentence and not yet closed. */
export function insideQuote(text: string, s: Sentence, at: number): boolean {
  let open = false;
  for (let i = s.from; i < at; i++) if (text.charCodeAt(i) === 0x22) open = !open;
  return open;
}

/** Clause punctuation between two offsets: a claim and the call it is about sit in one clause. */
export function clauseBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3b || code === 0x3a || code === 0x28 || code === 0x29 || code === 0x22) return true;
  }
  return false;
}
