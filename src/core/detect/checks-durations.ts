/**
 * Lengths in a sentence's words: "ten-minute" (number words are digits after
 * normalisation), "an hour", "half an hour", "hour-long", "1.5 hours", "45 minutes",
 * "десятиминутного", "einstündiges", "pół godziny", "полчаса". The Ukrainian "під
 * час" (during) is not an hour: a bare "час" needs a number before it.
 */
import {
  APPROXIMATORS,
  BARE_HOUR,
  CLOCK_WORDS,
  COMPOUND_PREFIXES,
  COMPOUND_UNITS,
  GROUP_LINKS,
  GROUP_NUMBERS,
  HALF_WORDS,
  LENGTH_VERBS,
  NOT_A_LENGTH,
  ONE_WORDS,
  QUANTITY_WORDS,
  TALKED_VERBS,
  UNIT_STEMS,
} from './checks-lexicon';
import { lazyPhrases } from './checks-phrase';
import type { Token } from './checks-text';

export interface FoundDuration {
  /** Token range [from, to). */
  from: number;
  to: number;
  minutes: number;
  /** Written as one adjective word ("десятиминутного", "zweistündige", "sejam"), not a number and a unit. */
  compound?: boolean;
}

const half = new Set(HALF_WORDS);
const one = new Set(ONE_WORDS);
const quantities = new Map(QUANTITY_WORDS);
const groups = new Map(GROUP_NUMBERS);
const groupLinks = new Set(GROUP_LINKS);
const bareHour = new Set(BARE_HOUR);
const notALength = lazyPhrases(NOT_A_LENGTH);
const lengthVerbs = lazyPhrases(LENGTH_VERBS);
const talkedVerbs = lazyPhrases(TALKED_VERBS);
const approximators = new Set(APPROXIMATORS);
const clockWords = new Set(CLOCK_WORDS);
const WHOLE_HALF: Record<string, number> = {
  полчаса: 30,
  півгодини: 30,
  півгодинна: 30,
  півгодинну: 30,
  halbstundige: 30,
  halbstundigen: 30,
  halbstundiges: 30,
  // "Часовой разговор", "годинна розмова", "godzinna rozmowa": an hour-long call, with no number.
  часовои: 60,
  часового: 60,
  часовом: 60,
  часовую: 60,
  часовая: 60,
  часовое: 60,
  годинна: 60,
  годинну: 60,
  годинної: 60,
  годиннии: 60,
  годинного: 60,
  годинніи: 60,
  godzinna: 60,
  godzinnej: 60,
  godzinny: 60,
  godzinnego: 60,
  // "Mezz'ora" (half an hour) and "sejam" (one hour) are one word.
  "mezz'ora": 30,
  mezzora: 30,
  sejam: 60,
};

/** Words of WHOLE_HALF that are nouns: "una mezz'ora", "за полчаса", "selama sejam". */
const LENGTH_NOUNS = new Set(['полчаса', 'півгодини', "mezz'ora", 'mezzora', 'sejam']);

/**
 * Words already looked at, with their unit and compound lengths: a page repeats its
 * words, and most are neither, so each distinct word is compared with the stems once.
 */
const seen = new Map<string, [unit: number, compound: number]>();
/** Beyond this many distinct words the memory is dropped and filled again. */
const SEEN_MAX = 20_000;

function lengthsOf(word: string): [number, number] {
  let known = seen.get(word);
  if (known === undefined) {
    if (seen.size >= SEEN_MAX) seen.clear();
    known = [unitStem(word), compoundOf(word)];
    seen.set(word, known);
  }
  return known;
}

/** Minutes per unit for a unit word, or 0. */
function unitOf(word: string): number {
  return lengthsOf(word)[0];
}

function unitStem(word: string): number {
  for (const [stem, minutes] of UNIT_STEMS) {
    if (stem.endsWith('*') ? word.startsWith(stem.slice(0, -1)) && word.length - stem.length < 6 : word === stem) return minutes;
  }
  return 0;
}

/** "десятиминутного" -> 10, "einstundiges" -> 60, "pietnastominutowa" -> 15; 0 when not a compound length. */
function compoundOf(word: string): number {
  for (const [prefix, qty] of COMPOUND_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    for (const [unit, minutes] of COMPOUND_UNITS) if (rest.startsWith(unit)) return qty * minutes;
  }
  return 0;
}

/** An hour's unit standing alone ("godzina", "hour", "час"): a length only where a label or verb makes it one. */
export function isHourWord(word: string): boolean {
  return unitOf(word) === 60 || bareHour.has(word);
}

function quantityOf(word: string): number {
  if (/^\d{1,3}([.,]\d)?$/.test(word)) return Number(word.replace(',', '.'));
  if (half.has(word)) return 0.5;
  if (one.has(word)) return 1;
  return quantities.get(word) ?? 0;
}

/** A verb of lasting right before token i, or before an approximator there ("длился около часа"). */
function afterLengthVerb(tokens: readonly Token[], i: number): boolean {
  if (lengthVerbs().matchAt(tokens, i - 1) === i) return true;
  return i > 1 && approximators.has(tokens[i - 1]!.w) && lengthVerbs().matchAt(tokens, i - 2) === i - 1;
}

/** Two people's verb of talking right before or after token i: "годину говорили", "rozmawiali godzinę". */
function besideTalk(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (talkedVerbs().matchAt(tokens, k) === i) return true;
  return i + 1 < tokens.length && talkedVerbs().matchAt(tokens, i + 1) > i + 1;
}

export function findDurations(tokens: readonly Token[]): FoundDuration[] {
  const out: FoundDuration[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.w;
    let found: FoundDuration | undefined;
    const whole = WHOLE_HALF[w] ?? lengthsOf(w)[1];
    if (whole) {
      // A noun ("mezz'ora", "полчаса") takes its article and a preposition like any length;
      // an adjective ("halbstündiges", "десятиминутного") qualifies the noun after it.
      const noun = LENGTH_NOUNS.has(w);
      const from = noun && i > 0 && one.has(tokens[i - 1]!.w) ? i - 1 : i;
      found = noun ? { from, to: i + 1, minutes: whole } : { from, to: i + 1, minutes: whole, compound: true };
    } else {
      const qty = quantityOf(w);
      if (qty) {
        // "half an hour": the article between quantity and unit.
        let j = i + 1;
        if (tokens[j] && (tokens[j]!.w === 'an' || tokens[j]!.w === 'a') && qty === 0.5) j++;
        const next = tokens[j]?.w;
        const unit = next === undefined ? 0 : unitOf(next) || (bareHour.has(next) ? 60 : 0);
        // A half's article is part of it, as a round count's is: "la conversation d'une demi-heure", "eine halbe Stunde".
        const from = qty === 0.5 && i > 0 && one.has(tokens[i - 1]!.w) ? i - 1 : i;
        if (unit) found = { from, to: j + 1, minutes: qty * unit };
      } else if (groups.has(w)) {
        // "una decina di minuti", "a dozen minutes": a round count, its link, its unit.
        const j = groupLinks.has(tokens[i + 1]?.w ?? '') ? i + 2 : i + 1;
        const unit = tokens[j] ? unitOf(tokens[j].w) : 0;
        // Its article ("una", "a") is part of it: "la conversazione di una decina di minuti".
        const from = i > 0 && one.has(tokens[i - 1]!.w) ? i - 1 : i;
        if (unit) found = { from, to: j + 1, minutes: groups.get(w)! * unit };
      } else if (unitOf(w) === 60 && tokens[i + 1] && ['long', 'lange', 'langes', 'langen'].includes(tokens[i + 1]!.w)) {
        // "hour-long": one hour.
        found = { from: i, to: i + 2, minutes: 60 };
      } else if ((unitOf(w) === 60 || bareHour.has(w)) && ((i > 0 && afterLengthVerb(tokens, i)) || besideTalk(tokens, i))) {
        // Languages without an article: "trwała godzinę", "длился час", "тривала близько години",
        // and the hour two people talked: "годину говорили".
        found = { from: i, to: i + 1, minutes: 60 };
      }
    }
    if (!found) continue;
    if (found.to < tokens.length && notALength().matchAt(tokens, found.to) >= 0) continue;
    if (found.from > 0 && clockWords.has(tokens[found.from - 1]!.w)) continue;
    out.push(found);
    i = found.to - 1;
  }
  return out;
}
