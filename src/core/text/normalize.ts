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

/** Growable output buffer: char codes plus the two offset arrays. */
class Out {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  private grow(): void {
    const size = this.codes.length * 2 + 16;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
  finish(): Normalized {
    let text = '';
    // fromCharCode in chunks: one call per char is slow, one call for all overflows the stack.
    for (let i = 0; i < this.length; i += 8192) {
      text += String.fromCharCode(...this.codes.subarray(i, Math.min(this.length, i + 8192)));
    }
    return { text, starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }
}

const SPACE = 0x20;
const DASH = 0x2d;

/** Character-level pass: everything except number words. */
function foldChars(input: string): Normalized {
  const out = new Out(input.length + 16);
  let i = 0;
  while (i < input.length) {
    let code = input.charCodeAt(i);
    let len = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length) {
      code = input.codePointAt(i)!;
      len = code > 0xffff ? 2 : 1;
    }
    const last = out.length - 1;
    const lastCode = last >= 0 ? out.codes[last]! : -1;
    if (code < 0x80 && code > 0x20 && code !== DASH && code !== 0x27 && code !== 0x22 && code !== 0x60) {
      // Fast path: printable ASCII other than dash and quotes.
      out.push(code >= 0x41 && code <= 0x5a ? code + 32 : code, i, i + len);
    } else if (DROPPED.has(code)) {
      // Keep a highlight contiguous: the dropped char belongs to the previous one.
      if (last >= 0) out.ends[last] = i + len;
    } else if (code === SPACE || code === 0x0a || code === 0x09 || code === 0x0d || WHITESPACE.test(String.fromCodePoint(code))) {
      // One space per run, and none right after a dash or at the very start.
      if (last >= 0 && lastCode !== SPACE && lastCode !== DASH) out.push(SPACE, i, i + len);
    } else if (DASHES.has(code)) {
      if (lastCode === SPACE) {
        out.codes[last] = DASH;
        out.ends[last] = i + len;
      } else {
        out.push(DASH, i, i + len);
      }
    } else if (SINGLE_QUOTES.has(code)) {
      out.push(0x27, i, i + len);
    } else if (DOUBLE_QUOTES.has(code)) {
      out.push(0x22, i, i + len);
    } else {
      const folded = foldChar(input.slice(i, i + len));
      if (folded === '') {
        // A lone combining mark (text already decomposed): extend the previous char.
        if (last >= 0) out.ends[last] = i + len;
      } else {
        for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), i, i + len);
      }
    }
    i += len;
  }
  return out.finish();
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

interface Token {
  start: number;
  end: number;
  word: string;
}

/** Replace number words by digits; spans keep the full original range. */
function foldNumberWords(n: Normalized): Normalized {
  const { text } = n;
  const nearDigit = (from: number, to: number) =>
    /\p{N}/u.test(text[from - 1] ?? '') || /\p{N}/u.test(text[to] ?? '');
  // Find replacements first; most texts have none, and then nothing is copied.
  const replacements: { from: number; to: number; value: number }[] = [];
  const tokenRe = new RegExp(NUMBER_TOKEN.source, 'gu');
  const nextToken = (): Token | undefined => {
    const m = tokenRe.exec(text);
    return m ? { start: m.index, end: m.index + m[0].length, word: m[0] } : undefined;
  };
  let tok = nextToken();
  while (tok) {
    let following = nextToken();
    const tens = TENS_WORDS[tok.word];
    if (tens !== undefined && !nearDigit(tok.start, tok.end)) {
      // "twenty-eight", "vingt et un", "treinta y ocho": tens, optional joiner, unit.
      let unitTok = following;
      let connected = !!following && CONNECTORS.has(text.slice(tok.end, following.start));
      if (connected && following && JOINERS.has(following.word)) {
        unitTok = nextToken();
        connected = !!unitTok && CONNECTORS.has(text.slice(following.end, unitTok.start));
      }
      const unit = connected && unitTok ? unitValue(unitTok.word) : undefined;
      if (unitTok && unit !== undefined && !nearDigit(unitTok.start, unitTok.end)) {
        replacements.push({ from: tok.start, to: unitTok.end, value: tens + unit });
        tok = nextToken();
        continue;
      }
      replacements.push({ from: tok.start, to: tok.end, value: tens });
      if (unitTok !== following) {
        // We consumed a joiner and looked at the word after it; resume there.
        tok = unitTok;
        continue;
      }
    } else {
      const whole = WHOLE_WORDS[tok.word] ?? UNIT_WORDS[tok.word];
      if (whole !== undefined && !nearDigit(tok.start, tok.end)) replacements.push({ from: tok.start, to: tok.end, value: whole });
    }
    tok = following;
  }
  if (replacements.length === 0) return n;

  const out = new Out(text.length);
  let copied = 0;
  for (const r of replacements) {
    for (let i = copied; i < r.from; i++) out.push(text.charCodeAt(i), n.starts[i]!, n.ends[i]!);
    for (const digit of String(r.value)) out.push(digit.charCodeAt(0), n.starts[r.from]!, n.ends[r.to - 1]!);
    copied = r.to;
  }
  for (let i = copied; i < text.length; i++) out.push(text.charCodeAt(i), n.starts[i]!, n.ends[i]!);
  return out.finish();
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
