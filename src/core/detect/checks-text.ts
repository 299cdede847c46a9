/**
 * Words and sentences of normalised text, for the claim checks.
 *
 * A claim is judged inside its own sentence: a date, a length or a who-asked is the
 * call's only when it is attached to the call there, and a correction ("some outlets
 * wrongly said ...") cancels only the claim it sits with. Words are found by one small
 * native expression and sentences from the ends and line breaks between them, only in
 * the windows near the story's mentions: no per-char script loop over the page.
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
  /** Set (true) when a line or block break stands right before the sentence. */
  afterBreak?: true;
}

/**
 * Longest stretch read as one sentence. Real sentences are far shorter; text without
 * sentence ends (lists of names, a page of one long line) is cut into such stretches
 * so that the work per sentence stays small.
 */
export const MAX_SENTENCE = 600;

const APOSTROPHE = 0x27;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * A word (isWordChar: letters, digits and marks in any script), with apostrophes inside
 * it and number punctuation between digits ("600,000", "14.11.2025", "10/14").
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:'|(?<=[0-9])[,./](?=[0-9]))[\p{L}\p{N}\p{M}]+)*/gu;

/** Words of text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(part); m !== null; m = WORD.exec(part)) {
    const start = from + m.index;
    const end = start + m[0].length;
    // Only a word with an apostrophe second or third can be an elision ("l'", "qu'").
    const elided = m[0].charCodeAt(1) === APOSTROPHE || m[0].charCodeAt(2) === APOSTROPHE ? elision(text, start, end) : start;
    if (elided > start) out.push({ w: text.slice(start, elided - 1), from: start, to: elided - 1 });
    out.push({ w: elided > start ? text.slice(elided, end) : m[0], from: elided, to: end });
  }
  return out;
}

/** French and Italian elisions ("l'ancien", "d'un", "qu'il", "un'ora") are two words; "trump's" and "п'ять" are one. */
const ELIDED = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'un']);
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

/** The spaces of a text that stand for a line or block break, in order. */
export interface Breaks {
  has(i: number): boolean;
  /** The first break at or after i, or Infinity. */
  next(i: number): number;
}

const SENTENCE_END = /[.!?\u2026]/g;

/**
 * Sentences of text[from, to). A break (a heading, a list item, a paragraph end)
 * always ends a sentence. Goes from one sentence end, break or over-long stretch to
 * the next, found natively, instead of char by char.
 */
export function sentences(text: string, from: number, to: number, breaks: Breaks, isMonth: (w: string) => boolean): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const close = (end: number) => {
    const tokens = tokenize(text, start, end);
    if (tokens.length === 0) return;
    const first = tokens[0]!.from;
    out.push({ from: first, to: end, tokens, ...(first > 0 && breaks.has(first - 1) ? { afterBreak: true as const } : {}) });
  };
  let i = from;
  let endAt = -1;
  while (i < to) {
    if (endAt < i) {
      SENTENCE_END.lastIndex = i;
      endAt = SENTENCE_END.exec(text)?.index ?? Infinity;
    }
    // The first space past MAX_SENTENCE chars of the sentence cuts it.
    const cut = text.indexOf(' ', Math.max(i, start + MAX_SENTENCE + 1));
    const space = Math.min(breaks.next(i), cut < 0 ? Infinity : cut);
    if (space < endAt) {
      if (space >= to) break;
      close(space);
      start = i = space + 1;
      continue;
    }
    if (endAt >= to) break;
    const end = endsSentence(text, endAt, isMonth);
    if (end >= 0 && end <= to) {
      close(end);
      start = i = end;
    } else i = endAt + 1;
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

/** A char that may stand right before an opening single quote: the sentence's start, a space, a bracket or a dash. */
function beforeOpening(text: string, i: number, from: number): boolean {
  return i === from || ' ([-\u2013\u2014'.includes(text[i - 1]!);
}

/**
 * Stretches [open, close) of the sentence inside single quotes ('…', ‘…’ both fold to
 * "'"): an opening quote after a space or bracket and before a word, paired with the
 * next closing quote after a word and before a space or punctuation. Apostrophes inside
 * words ("l'appel", "Trump's") and a closing one with no opening ("the Witkoffs'") pair with nothing.
 */
function singleQuoted(text: string, s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  const from = quoteFrom(text, s);
  for (let i = text.indexOf("'", from); i >= 0 && i < s.to; i = text.indexOf("'", i + 1)) {
    const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
    const before = i > from ? text.charCodeAt(i - 1) : 0x20;
    if (open < 0) {
      if (beforeOpening(text, i, from) && isWordChar(after)) open = i;
    } else if (isWordChar(before) || '.,!?'.includes(text[i - 1]!)) {
      if (!isWordChar(after)) {
        out.push([open, i]);
        open = -1;
      }
    }
  }
  return out;
}

/**
 * Where a sentence's quotation may open: a sentence starts at its first word, so a quote
 * mark right against it ("“Trump fired Witkoff,” a blog wrote") belongs to it, when the
 * quote closes before words of the sentence's own that say whose it is. A mark parted
 * from the word by a space closes the sentence before; a heading wholly in quotes (a
 * reader's letter titled «…») is the page's own words.
 */
function quoteFrom(text: string, s: Sentence): number {
  let at = s.from - 1;
  // French sets its guillemets off by a space: "« Witkoff a réclamé un appel » — FAUX". A
  // mark across a line break is the last line's ("Read more »"), not this sentence's.
  if (at > 0 && !s.afterBreak && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0xa0) && text.charCodeAt(at - 1) === 0x22) at--;
  const mark = at >= 0 ? text.charCodeAt(at) : 0;
  if (mark !== 0x22 && mark !== 0x27) return s.from;
  const close = text.indexOf(String.fromCharCode(mark), s.from);
  const last = s.tokens[s.tokens.length - 1];
  return close >= 0 && last !== undefined && close < last.from ? at : s.from;
}

/** A quotation mark opened before `at` in the sentence and not yet closed (double, or single quotes paired in it). */
export function insideQuote(text: string, s: Sentence, at: number): boolean {
  let open = false;
  for (let i = quoteFrom(text, s); i < at; i++) if (text.charCodeAt(i) === 0x22) open = !open;
  return open || (text.includes("'", quoteFrom(text, s)) && singleQuoted(text, s).some(([a, b]) => a < at && at < b));
}

/**
 * True when the sentence opens a quotation: a quote mark right before its first word,
 * after a space, a colon or the start ("Die Zeitung schreibt: „In dem Telefonat …",
 * "« Un appel … »"). What the quotation says refers to what it says itself, not to the
 * page's words before it.
 */
export function opensQuotation(text: string, s: Sentence): boolean {
  let at = s.from - 1;
  // French sets its guillemets off by a space.
  if (at > 0 && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0xa0) && text.charCodeAt(at - 1) === 0x22) at--;
  if (at < 0 || text.charCodeAt(at) !== 0x22) return false;
  return at === 0 || /[\s:(\u2013\u2014]/.test(text.charAt(at - 1));
}

/** A sentence that ends with a question mark (after any closing quotes or brackets). */
export function isQuestion(text: string, s: Sentence): boolean {
  let i = s.to - 1;
  while (i > s.from && (text.charCodeAt(i) === 0x20 || CLOSERS.has(text.charCodeAt(i)))) i--;
  return text.charCodeAt(i) === 0x3f;
}

/**
 * True when any of tokens[a, b) stands inside quotation marks opened in the sentence:
 * 'called Trump a "former president"' reports (or mocks) the words, it does not use them.
 */
export function quotedWithin(text: string, s: Sentence, a: number, b: number): boolean {
  if (text.includes("'", quoteFrom(text, s))) {
    const single = singleQuoted(text, s);
    for (let k = a; k < b; k++) if (single.some(([o, c]) => o < s.tokens[k]!.from && s.tokens[k]!.from < c)) return true;
  }
  let open = false;
  let k = a;
  for (let i = quoteFrom(text, s); k < b && i < s.tokens[b - 1]!.to; i++) {
    if (i === s.tokens[k]!.from) {
      if (open) return true;
      k++;
    }
    if (text.charCodeAt(i) === 0x22) open = !open;
  }
  return false;
}

/** Clause punctuation between two offsets: a claim and the call it is about sit in one clause. */
export function clauseBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3b || code === 0x3a || code === 0x28 || code === 0x29 || code === 0x22) return true;
  }
  return false;
}
