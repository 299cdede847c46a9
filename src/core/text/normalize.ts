/**
 * Text normalisation for matching, with an offset map back to the original string.
 *
 * Why a map: the engine matches on a folded copy of the page text, but the content
 * script highlights the page's own text nodes, so every hit must be reported in
 * UTF-16 offsets of the string the caller passed in. For each output char we keep
 * the original start and end offset of the source it came from (one source char can
 * become several output chars, e.g. "ß" -> "ss"; several source chars can become one,
 * e.g. "twenty-eight" -> "28", or be dropped, e.g. soft hyphens).
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

export interface Normalized {
  /** The folded text. */
  text: string;
  /** starts[i]: offset in the original string where output char i's source begins. */
  starts: Int32Array;
  /** ends[i]: offset in the original string where output char i's source ends (exclusive). */
  ends: Int32Array;
}

const DROPPED = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);
const DASHES = new Set([
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d,
]);
const SINGLE_QUOTES = new Set([0x27, 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x60, 0xb4, 0x2bc]);
const DOUBLE_QUOTES = new Set([0x22, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb]);
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ı: 'i', đ: 'd',
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

/** Character-level pass: everything except number words. */
function foldChars(input: string): Normalized {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (s: string, start: number, end: number) => {
    for (const c of s) {
      out.push(c);
      starts.push(start);
      ends.push(end);
    }
  };
  let i = 0;
  while (i < input.length) {
    const code = input.codePointAt(i)!;
    const len = code > 0xffff ? 2 : 1;
    const last = out.length - 1;
    if (DROPPED.has(code)) {
      // Keep a highlight contiguous: the dropped char belongs to the previous one.
      if (last >= 0) ends[last] = i + len;
    } else if (code < 0x80 && code > 0x20 && !DASHES.has(code) && !SINGLE_QUOTES.has(code) && !DOUBLE_QUOTES.has(code)) {
      push(code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : input[i]!, i, i + len);
    } else if (code === 0x20 || WHITESPACE.test(String.fromCodePoint(code))) {
      // One space per run, and none right after a dash or at the very start.
      if (last >= 0 && out[last] !== ' ' && out[last] !== '-') push(' ', i, i + len);
    } else if (DASHES.has(code)) {
      if (last >= 0 && out[last] === ' ') {
        out[last] = '-';
        ends[last] = i + len;
      } else {
        push('-', i, i + len);
      }
    } else if (SINGLE_QUOTES.has(code)) {
      push("'", i, i + len);
    } else if (DOUBLE_QUOTES.has(code)) {
      push('"', i, i + len);
    } else {
      const folded = foldChar(input.slice(i, i + len));
      if (folded === '') {
        // A lone combining mark (text already decomposed): extend the previous char.
        if (last >= 0) ends[last] = i + len;
      } else {
        push(folded, i, i + len);
      }
    }
    i += len;
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

// ---------------------------------------------------------------------------
// Numbers written as words. Tables hold folded spellings (no diacritics).
// Words that are also common non-number words ("one", "un", "sept", "neuf",
// "seize", "once", "ein") only count inside a compound such as "twenty-one".
// ---------------------------------------------------------------------------

const UNIT_WORDS: Record<string, number> = {};
const COMPOUND_ONLY_UNITS: Record<string, number> = {};
const TENS_WORDS: Record<string, number> = {};
const WHOLE_WORDS: Record<string, number> = {};

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
addAll(WHOLE_WORDS, 'dix onze douze treize quatorze quinze', 10);
addAll(TENS_WORDS, 'vingt trente quarante cinquante soixante', 20, 10);
// Spanish
addAll(UNIT_WORDS, 'dos tres cuatro cinco seis siete ocho nueve', 2);
addAll(COMPOUND_ONLY_UNITS, 'uno/una', 1);
addAll(WHOLE_WORDS, 'diez', 10);
addAll(WHOLE_WORDS, 'doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte', 12);
addAll(WHOLE_WORDS, 'veintiuno/veintiun/veintiuna veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve', 21);
addAll(TENS_WORDS, 'treinta cuarenta cincuenta sesenta setenta ochenta noventa', 30, 10);
// Polish (nominative/genitive; folded: ł -> l, ś -> s)
addAll(UNIT_WORDS, 'dwa/dwie/dwoch/dwu trzy/trzech czterech/cztery piec/pieciu szesc/szesciu siedem/siedmiu osiem/osmiu dziewiec/dziewieciu', 2);
addAll(COMPOUND_ONLY_UNITS, 'jeden/jednego', 1);
addAll(WHOLE_WORDS, 'dziesiec/dziesieciu', 10);
addAll(TENS_WORDS, 'dwadziescia/dwudziestu trzydziesci/trzydziestu czterdziesci/czterdziestu piecdziesiat/piecdziesieciu szescdziesiat/szescdziesieciu', 20, 10);
// Russian (folded: й -> и, ё -> е)
addAll(UNIT_WORDS, 'два/две/двух три/трех четыре/четырех пять/пяти шесть/шести семь/семи восемь/восьми девять/девяти', 2);
addAll(COMPOUND_ONLY_UNITS, 'один/одна/одного', 1);
addAll(WHOLE_WORDS, 'десять/десяти', 10);
addAll(WHOLE_WORDS, 'пятнадцать/пятнадцати', 15);
addAll(TENS_WORDS, 'двадцать/двадцати тридцать/тридцати сорок/сорока пятьдесят/пятидесяти шестьдесят/шестидесяти', 20, 10);
// Ukrainian (folded: ї -> і, й -> и; apostrophe kept inside the word)
for (const [words, value] of [
  ["дві/двох", 2], ["трьох", 3], ["чотири/чотирьох", 4], ["п'ять/п'яти", 5], ["шість", 6],
  ["сім", 7], ["вісім", 8], ["дев'ять/дев'яти", 9],
] as const) {
  for (const w of words.split('/')) UNIT_WORDS[w] = value;
}
addAll(COMPOUND_ONLY_UNITS, 'одна/одного', 1);
addAll(WHOLE_WORDS, 'десять', 10);
WHOLE_WORDS["п'ятнадцять"] = 15;
addAll(TENS_WORDS, "двадцять/двадцяти тридцять/тридцяти", 20, 10);
TENS_WORDS["п'ятдесят"] = 50;

/** Separators between tens and unit ("twenty-eight", "twenty eight"). */
const CONNECTORS = new Set(['-', ' ']);
/** Joining words between tens and unit: "vingt et un", "treinta y ocho". */
const JOINERS = new Set(['y', 'et']);
const NUMBER_TOKEN = /\p{L}+(?:'\p{L}+)*/gu;

function unitValue(word: string): number | undefined {
  return UNIT_WORDS[word] ?? COMPOUND_ONLY_UNITS[word];
}

/** Replace number words by digits; spans keep the full original range. */
function foldNumberWords(n: Normalized): Normalized {
  const { text } = n;
  const tokens: { start: number; end: number; word: string }[] = [];
  for (const m of text.matchAll(NUMBER_TOKEN)) tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let copied = 0;
  const replace = (from: number, to: number, value: number) => {
    for (let i = copied; i < from; i++) {
      out.push(text[i]!);
      starts.push(n.starts[i]!);
      ends.push(n.ends[i]!);
    }
    for (const digit of String(value)) {
      out.push(digit);
      starts.push(n.starts[from]!);
      ends.push(n.ends[to - 1]!);
    }
    copied = to;
  };
  const nearDigit = (from: number, to: number) =>
    /\p{N}/u.test(text[from - 1] ?? '') || /\p{N}/u.test(text[to] ?? '');
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (nearDigit(tok.start, tok.end)) continue;
    const tens = TENS_WORDS[tok.word];
    if (tens !== undefined) {
      // Skip a joining word ("y", "et") when a unit follows it.
      const skip = JOINERS.has(tokens[t + 1]?.word ?? '') ? 2 : 1;
      const next = tokens[t + skip];
      const connected = next !== undefined && tokens.slice(t, t + skip).every((a, k) => {
        const b = tokens[t + k + 1]!;
        return CONNECTORS.has(text.slice(a.end, b.start));
      });
      const unit = next && connected ? unitValue(next.word) : undefined;
      if (next && unit !== undefined && !nearDigit(next.start, next.end)) {
        replace(tok.start, next.end, tens + unit);
        t += skip;
      } else {
        replace(tok.start, tok.end, tens);
      }
      continue;
    }
    const whole = WHOLE_WORDS[tok.word] ?? UNIT_WORDS[tok.word];
    if (whole !== undefined) replace(tok.start, tok.end, whole);
  }
  if (copied === 0) return n;
  for (let i = copied; i < text.length; i++) {
    out.push(text[i]!);
    starts.push(n.starts[i]!);
    ends.push(n.ends[i]!);
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
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
  return { start: n.starts[from]!, end: n.ends[to - 1]! };
}
