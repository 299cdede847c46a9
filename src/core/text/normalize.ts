/**
 * Text normalisation for matching, with an offset map back to the original string.
 *
 * Why a map: the engine matches on a folded copy of the page text, but the content
 * script highlights the page's own text nodes, so every hit must be reported in
 * UTF-16 offsets of the string the caller passed in. For each output char the map
 * (offset-map.ts) knows the original start and end offset of the source it came
 * from (one source char can become several output chars, e.g. "ß" -> "ss"; several
 * source chars can become one, e.g. "twenty-eight" -> "28", or be dropped, e.g. soft
 * hyphens).
 *
 * Speed: most of a page is printable ASCII with single spaces, which folds one char
 * to one char. Such runs are found by one native expression and lower-cased natively;
 * only the chars between them (other scripts, dashes, runs of whitespace) take the
 * char-by-char path.
 *
 * What is folded (same function for patterns at build time and pages at run time,
 * so the two always agree):
 * - case, and diacritics (NFD then drop combining marks; also ł, ß, ø, æ, œ);
 * - every Unicode hyphen/dash/minus to "-", with the spaces around it dropped, so
 *   "Witkoff – Ushakov" and "Witkoff‑Ushakov" both read "witkoff-ushakov";
 * - soft hyphen and zero-width characters removed;
 * - curly/straight/angle quotes unified to ' and ";
 * - any whitespace run (line breaks, NBSP, thin spaces) to one space;
 * - numbers written as words in the seven pack languages to digits (0–99).
 */

import { OffsetMap } from './offset-map';

export interface Normalized {
  /** The folded text. */
  text: string;
  /** Where each char of `text` came from in the original string. */
  map: OffsetMap;
}

const DROPPED = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
const SINGLE_QUOTES = new Set([0x27, 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x60, 0xb4, 0x2bc]);
const DOUBLE_QUOTES = new Set([0x22, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb]);
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ı: 'i',
  đ: 'd',
};
const WHITESPACE = /\s/u;
const COMBINING = /\p{M}/gu;

/** Fold cache: pages reuse a small alphabet, so each distinct char is folded once. */
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = foldCache.get(ch);
  if (out === undefined) {
    const special = SPECIAL_FOLDS[ch];
    out = special ?? ch.toLowerCase().normalize('NFD').replace(COMBINING, '');
    // Lower-casing can itself produce a special char (e.g. "Ł" -> "ł").
    out = Array.from(out, (c) => SPECIAL_FOLDS[c] ?? c).join('');
    foldCache.set(ch, out);
  }
  return out;
}

/** True for chars that belong to a word (letters and digits in any script). */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  }
  return WORD_CHAR.test(String.fromCharCode(code));
}
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const SPACE = 0x20;
const DASH = 0x2d;

/**
 * Single-char folds by char code, filled on first sight: code + 1 when a BMP char
 * folds to one char, -1 when it folds to none or several (those go through foldChar).
 * Made on first use (256 KB), so only pages that are scanned pay for it.
 */
let singleFolds: Int32Array | null = null;

/**
 * Printable ASCII other than space and dash, in runs joined by single spaces. Each
 * such char folds to itself, its lower case or (backtick) an apostrophe, and a single
 * space between two of them stays a space, so the whole run maps one to one.
 */
const PLAIN_RUN = /[\x21-\x2c\x2e-\x7e]+(?: [\x21-\x2c\x2e-\x7e]+)*/g;

/** Character-level pass: everything except number words. */
function foldChars(input: string): Normalized {
  const n = input.length;
  const folds = (singleFolds ??= new Int32Array(0x10000));
  const map = new OffsetMap();
  const parts: string[] = [];
  // Output of the char-by-char path not yet joined to `parts`.
  let slow: number[] = [];
  let lastCode = -1;
  const flush = () => {
    for (let k = 0; k < slow.length; k += 8192) parts.push(String.fromCharCode.apply(null, slow.slice(k, k + 8192)));
    slow = [];
  };
  const emit = (code: number, start: number, end: number) => {
    slow.push(code);
    map.pushConstant(start, end, 1);
    lastCode = code;
  };

  /** The char-by-char path over [from, to). */
  const fold = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      let code = input.charCodeAt(i);
      let len = 1;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        code = input.codePointAt(i)!;
        len = code > 0xffff ? 2 : 1;
      }
      const single = code < 0x10000 ? folds[code]! : -1;
      // Only chars that reach foldChar below are ever cached, so this skips nothing.
      if (single > 0) {
        emit(single - 1, i, i + 1);
      } else if (DROPPED.has(code)) {
        // Keep a highlight contiguous: the dropped char belongs to the previous one.
        map.extendLast(i + len);
      } else if (code === SPACE || code === 0x0a || code === 0x09 || code === 0x0d || WHITESPACE.test(String.fromCodePoint(code))) {
        // One space per run, and none right after a dash or at the very start.
        if (map.length > 0 && lastCode !== SPACE && lastCode !== DASH) emit(SPACE, i, i + len);
      } else if (DASHES.has(code)) {
        if (lastCode === SPACE && slow.length > 0) {
          // The space before a dash becomes the dash (runs never end in a space,
          // so that space is still in `slow`).
          slow[slow.length - 1] = DASH;
          lastCode = DASH;
          map.extendLast(i + len);
        } else {
          emit(DASH, i, i + len);
        }
      } else if (SINGLE_QUOTES.has(code)) {
        emit(0x27, i, i + len);
      } else if (DOUBLE_QUOTES.has(code)) {
        emit(0x22, i, i + len);
      } else {
        const folded = foldChar(input.slice(i, i + len));
        if (len === 1) folds[code] = folded.length === 1 ? folded.charCodeAt(0) + 1 : -1;
        if (folded === '') {
          // A lone combining mark (text already decomposed): extend the previous char.
          map.extendLast(i + len);
        } else {
          for (let k = 0; k < folded.length; k++) slow.push(folded.charCodeAt(k));
          map.pushConstant(i, i + len, folded.length);
          lastCode = folded.charCodeAt(folded.length - 1);
        }
      }
      // Long stretches of other scripts: join now, unless a dash may still replace the space.
      if (slow.length >= 8192 && lastCode !== SPACE) flush();
      i += len;
    }
  };

  let at = 0;
  while (at < n) {
    PLAIN_RUN.lastIndex = at;
    const m = PLAIN_RUN.exec(input);
    const runStart = m ? m.index : n;
    fold(at, runStart);
    if (!m) break;
    flush();
    let lower = m[0].toLowerCase();
    if (lower.includes('`')) lower = lower.replaceAll('`', "'");
    parts.push(lower);
    map.pushLinear(runStart, lower.length);
    lastCode = lower.charCodeAt(lower.length - 1);
    at = runStart + lower.length;
  }
  flush();
  return { text: parts.join(''), map };
}

// ---------------------------------------------------------------------------
// Numbers written as words. Tables hold folded spellings (no diacritics).
// Words that are also common non-number words ("one", "un", "sept", "neuf",
// "seize", "once", "ein") only count inside a compound such as "twenty-one".
// ---------------------------------------------------------------------------

/** A lookup table with no prototype: page words such as "constructor" must not hit Object's own keys. */
function numberTable(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

const UNIT_WORDS = numberTable();
const COMPOUND_ONLY_UNITS = numberTable();
const TENS_WORDS = numberTable();
const WHOLE_WORDS = numberTable();

function addAll(table: Record<string, number>, words: string, start: number, step = 1) {
  words.split(' ').forEach((w, idx) => {
    for (const variant of w.split('/')) table[variant] = start + idx * step;
  });
}

// English
addAll(UNIT_WORDS, 'two three four five six seven eight nine', 2);
addAll(WHOLE_WORDS, 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', 10);
addAll(TENS_WORDS, 'twenty thirty forty fifty sixty seventy eighty ninety', 20, 10);
COMPOUND_ONLY_UNITS.one = 1;
// German: compounds like "achtundzwanzig" are generated below.
addAll(UNIT_WORDS, 'zwei drei vier funf sechs sieben acht neun', 2);
addAll(WHOLE_WORDS, 'zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn', 10);
const DE_TENS = 'zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig'.split(' ');
DE_TENS.forEach((t, idx) => (WHOLE_WORDS[t] = 20 + idx * 10));
['ein', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun'].forEach((u, ui) =>
  DE_TENS.forEach((t, ti) => (WHOLE_WORDS[`${u}und${t}`] = 20 + ti * 10 + ui + 1)),
);
// French ("sept", "neuf", "seize" are also ordinary words: compound-only or skipped)
addAll(UNIT_WORDS, 'deux trois quatre cinq six', 2);
UNIT_WORDS.huit = 8;
addAll(COMPOUND_ONLY_UNITS, 'un/une', 1);
COMPOUND_ONLY_UNITS.sept = 7;
COMPOUND_ONLY_UNITS.neuf = 9;
addAll(WHOLE_WORDS, 'onze douze treize quatorze quinze', 11);
// "dix-neuf" is ten and nine, as "vingt-huit" is twenty and eight.
addAll(TENS_WORDS, 'dix vingt trente quarante cinquante soixante', 10, 10);
// Spanish
addAll(UNIT_WORDS, 'dos tres cuatro cinco seis siete ocho nueve', 2);
addAll(COMPOUND_ONLY_UNITS, 'uno/una', 1);
addAll(WHOLE_WORDS, 'diez', 10);
addAll(WHOLE_WORDS, 'doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte', 12);
addAll(
  WHOLE_WORDS,
  'veintiuno/veintiun/veintiuna veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve',
  21,
);
addAll(TENS_WORDS, 'treinta cuarenta cincuenta sesenta setenta ochenta noventa', 30, 10);
// Polish (nominative/genitive; folded: ł -> l, ś -> s)
addAll(
  UNIT_WORDS,
  'dwa/dwie/dwoch/dwu trzy/trzech czterech/cztery piec/pieciu szesc/szesciu siedem/siedmiu osiem/osmiu dziewiec/dziewieciu',
  2,
);
addAll(COMPOUND_ONLY_UNITS, 'jeden/jednego', 1);
addAll(
  WHOLE_WORDS,
  'jedenascie/jedenastu dwanascie/dwunastu trzynascie/trzynastu czternascie/czternastu pietnascie/pietnastu ' +
    'szesnascie/szesnastu siedemnascie/siedemnastu osiemnascie/osiemnastu dziewietnascie/dziewietnastu',
  11,
);
addAll(WHOLE_WORDS, 'dziesiec/dziesieciu', 10);
addAll(
  TENS_WORDS,
  'dwadziescia/dwudziestu trzydziesci/trzydziestu czterdziesci/czterdziestu piecdziesiat/piecdziesieciu szescdziesiat/szescdziesieciu',
  20,
  10,
);
// Russian (folded: й -> и, ё -> е)
addAll(UNIT_WORDS, 'два/две/двух три/трех четыре/четырех пять/пяти шесть/шести семь/семи восемь/восьми девять/девяти', 2);
addAll(COMPOUND_ONLY_UNITS, 'один/одна/одного', 1);
addAll(WHOLE_WORDS, 'десять/десяти', 10);
addAll(
  WHOLE_WORDS,
  'одиннадцать/одиннадцати двенадцать/двенадцати тринадцать/тринадцати четырнадцать/четырнадцати ' +
    'пятнадцать/пятнадцати шестнадцать/шестнадцати семнадцать/семнадцати восемнадцать/восемнадцати девятнадцать/девятнадцати',
  11,
);
addAll(TENS_WORDS, 'двадцать/двадцати тридцать/тридцати сорок/сорока пятьдесят/пятидесяти шестьдесят/шестидесяти', 20, 10);
// Ukrainian (folded: ї -> і, й -> и; apostrophe kept inside the word)
for (const [words, value] of [
  ['дві/двох', 2],
  ['трьох', 3],
  ['чотири/чотирьох', 4],
  ["п'ять/п'яти", 5],
  ['шість', 6],
  ['сім', 7],
  ['вісім', 8],
  ["дев'ять/дев'яти", 9],
] as const) {
  for (const w of words.split('/')) UNIT_WORDS[w] = value;
}
addAll(COMPOUND_ONLY_UNITS, 'одна/одного', 1);
addAll(WHOLE_WORDS, 'десять', 10);
addAll(
  WHOLE_WORDS,
  "одинадцять/одинадцяти дванадцять/дванадцяти тринадцять/тринадцяти чотирнадцять/чотирнадцяти п'ятнадцять/п'ятнадцяти " +
    "шістнадцять/шістнадцяти сімнадцять/сімнадцяти вісімнадцять/вісімнадцяти дев'ятнадцять/дев'ятнадцяти",
  11,
);
addAll(TENS_WORDS, 'двадцять/двадцяти тридцять/тридцяти', 20, 10);
TENS_WORDS["п'ятдесят"] = 50;

// Italian and Dutch write tens and unit as one word ("ventotto", "achtentwintig"); their
// units alone ("sei", "acht", "zes") are ordinary words in other languages, so only the
// numbers from ten to twenty-nine are read.
addAll(WHOLE_WORDS, 'dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti', 10);
addAll(WHOLE_WORDS, 'ventuno ventidue ventitre ventiquattro venticinque ventisei ventisette ventotto ventinove', 21);
addAll(WHOLE_WORDS, 'tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig', 10);
addAll(
  WHOLE_WORDS,
  'eenentwintig tweeentwintig drieentwintig vierentwintig vijfentwintig zesentwintig zevenentwintig achtentwintig negenentwintig',
  21,
);

/** Joining words between tens and unit: "vingt et un", "treinta y ocho". */
const JOINERS = new Set(['y', 'et']);

function unitValue(word: string): number | undefined {
  return UNIT_WORDS[word] ?? COMPOUND_ONLY_UNITS[word];
}

function isNumberWord(word: string): boolean {
  return word in TENS_WORDS || word in WHOLE_WORDS || word in UNIT_WORDS || word in COMPOUND_ONLY_UNITS;
}

/**
 * Where a number word may start. A word is a run of letters with inner apostrophes
 * ("п'ять"); the expression finds the places where some table word begins, and
 * isWordStart / wordEnd below decide exactly, so it only has to be fast and never
 * miss one. Its look-behind skips most places inside longer words ("often", "tone").
 * Built on first use: most scans never see a page that passes the gate.
 */
let numberWordStarts: RegExp | null = null;
function numberWordRe(): RegExp {
  if (!numberWordStarts) {
    const words = Object.keys({ ...TENS_WORDS, ...WHOLE_WORDS, ...UNIT_WORDS, ...COMPOUND_ONLY_UNITS }).sort((a, b) => b.length - a.length);
    numberWordStarts = new RegExp(`(?<![a-z\\u0400-\\u04ff])(?:${words.join('|')})`, 'g');
  }
  return numberWordStarts;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
function isLetterAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code < 0xd800 || code > 0xdfff) return LETTER.test(text[at]!);
  // Half of a surrogate pair: test the whole code point it belongs to.
  const prev = at > 0 ? text.charCodeAt(at - 1) : 0;
  const from = code >= 0xdc00 && prev >= 0xd800 && prev <= 0xdbff ? at - 1 : at;
  return LETTER.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** True when a word starts at `at`: a letter not preceded by a letter or by letter + apostrophe. */
function isWordStart(text: string, at: number): boolean {
  if (!isLetterAt(text, at) || isLetterAt(text, at - 1)) return false;
  return !(text.charCodeAt(at - 1) === 0x27 && isLetterAt(text, at - 2));
}

/** End of the word starting at `at`: letters, and apostrophes between letters. */
function wordEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    while (isLetterAt(text, end)) end++;
    if (text.charCodeAt(end) === 0x27 && isLetterAt(text, end + 1)) end++;
    else return end;
  }
}

/** The word that follows `end` after exactly one connector ("-" or " "), if any. */
function connectedWord(text: string, end: number): { start: number; end: number; word: string } | undefined {
  const sep = text.charCodeAt(end);
  if ((sep !== DASH && sep !== SPACE) || !isLetterAt(text, end + 1)) return undefined;
  const to = wordEnd(text, end + 1);
  return { start: end + 1, end: to, word: text.slice(end + 1, to) };
}

/** Replace number words by digits; spans keep the full original range. */
function foldNumberWords(n: Normalized): Normalized {
  const { text } = n;
  const nearDigit = (from: number, to: number) => DIGIT.test(text[from - 1] ?? '') || DIGIT.test(text[to] ?? '');
  // Find replacements first; most texts have none, and then nothing is copied.
  const replacements: { from: number; to: number; value: number }[] = [];
  const re = numberWordRe();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    if (!isWordStart(text, start)) {
      re.lastIndex = start + 1;
      continue;
    }
    const end = wordEnd(text, start);
    const word = text.slice(start, end);
    re.lastIndex = end;
    if (!isNumberWord(word)) continue;
    const tens = TENS_WORDS[word];
    if (tens !== undefined && !nearDigit(start, end)) {
      // "twenty-eight", "vingt et un", "treinta y ocho": tens, optional joiner, unit.
      let unitTok = connectedWord(text, end);
      if (unitTok && JOINERS.has(unitTok.word)) unitTok = connectedWord(text, unitTok.end);
      const unit = unitTok ? unitValue(unitTok.word) : undefined;
      if (unitTok && unit !== undefined && !nearDigit(unitTok.start, unitTok.end)) {
        replacements.push({ from: start, to: unitTok.end, value: tens + unit });
        re.lastIndex = unitTok.end;
        continue;
      }
      replacements.push({ from: start, to: end, value: tens });
    } else {
      const whole = WHOLE_WORDS[word] ?? UNIT_WORDS[word];
      if (whole !== undefined && !nearDigit(start, end)) replacements.push({ from: start, to: end, value: whole });
    }
  }
  if (replacements.length === 0) return n;

  // Stretches between replacements: string slices joined natively, map ranges copied.
  const map = new OffsetMap();
  const parts: string[] = [];
  let copied = 0;
  for (const r of replacements) {
    parts.push(text.slice(copied, r.from));
    map.appendRange(n.map, copied, r.from);
    const digits = String(r.value);
    parts.push(digits);
    map.pushConstant(n.map.startOf(r.from), n.map.endOf(r.to - 1), digits.length);
    copied = r.to;
  }
  parts.push(text.slice(copied));
  map.appendRange(n.map, copied, text.length);
  return { text: parts.join(''), map };
}

/** Normalise text for matching; see the module comment for what is folded. */
export function normalize(input: string): Normalized {
  return foldNumberWords(foldChars(input));
}

/** Normalise a pattern (phrase) where offsets do not matter. Trims edge spaces. */
export function normalizePhrase(phrase: string): string {
  return normalize(phrase).text.trim();
}

/** Map a span [from, to) of the normalised text back to the original string. */
export function toOriginalSpan(n: Normalized, from: number, to: number): { start: number; end: number } {
  return { start: n.map.startOf(from), end: n.map.endOf(to - 1) };
}
