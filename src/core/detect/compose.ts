/**
 * Noun phrases built by grammar, not listed: a rule with `compose` (rules-schema) names
 * only its head words (envoy, official, plan, recording, посланник*), and a match stands
 * where the words around the head make a noun phrase of the language:
 *
 *   determiner or owner  +  up to two modifiers  +  HEAD  +  up to two modifiers  +  trailing determiner
 *   the / his / Trump's     senior, US, new          aide     ruso, del Kremlin          itu, tersebut
 *
 * "their American envoy", "the new Kremlin adviser", "su asesor ruso",
 * "le texte américain", "usulan itu" all come from the same few word classes.
 * An owner (his, su, его) ties the head alone; a plain determiner needs `minModifiers`
 * modifiers with it ("the Russian aide", not "the aide"), and a rank word (senior, top)
 * does not count as one: "a senior official" could be anyone's. Languages without
 * articles let the head stand `bare` with that many modifiers ("российский дипломат").
 * Inflection comes from stems ("российск*", "sein*").
 *
 * Pure: works on the normalised text, words separated by one space or hyphen, an elided
 * article ("l'", "dell'") glued to its word.
 */
import { isWordChar } from '../text/normalize';

/** One entry of a word class: its normalised words; a word ending in "*" is a stem. */
export type ComposeEntry = readonly string[];

export interface CompiledCompose {
  determiners: readonly ComposeEntry[];
  owners: readonly ComposeEntry[];
  before: readonly ComposeEntry[];
  ranks: readonly ComposeEntry[];
  after: readonly ComposeEntry[];
  trailing: readonly ComposeEntry[];
  minModifiers: number;
  /** Modifiers the head needs where no determiner stands; undefined: a determiner is needed. */
  bare?: number;
}

/** Normalised phrase -> entry words. */
export const composeEntry = (normalised: string): ComposeEntry => normalised.split(/[ -]+/).filter(Boolean);

const APOSTROPHE = 0x27;
const isTokenChar = (code: number) => code === APOSTROPHE || isWordChar(code);

interface Token {
  text: string;
  from: number;
  to: number;
}

/** The word ending at `end` (a space or hyphen before `end`, or an elided article glued on). */
function tokenBefore(text: string, end: number): Token | undefined {
  let to = end;
  const sep = text.charCodeAt(end - 1);
  if (sep === 0x20 || sep === 0x2d) to = end - 1;
  else if (sep !== APOSTROPHE) return undefined;
  let from = to;
  while (from > 0 && isTokenChar(text.charCodeAt(from - 1))) from--;
  return from < to ? { text: text.slice(from, to), from, to } : undefined;
}

/** The word starting after `start`'s separator (a space or hyphen). */
function tokenAfter(text: string, start: number): Token | undefined {
  const sep = text.charCodeAt(start);
  if (sep !== 0x20 && sep !== 0x2d) return undefined;
  let to = start + 1;
  while (to < text.length && isTokenChar(text.charCodeAt(to))) to++;
  // A word's closing quote or possessive apostrophe is not part of the next one.
  while (to > start + 1 && text.charCodeAt(to - 1) === APOSTROPHE) to--;
  return to > start + 1 ? { text: text.slice(start + 1, to), from: start + 1, to } : undefined;
}

function wordFits(word: string, token: string, stemMax: number): boolean {
  if (!word.endsWith('*')) return word === token;
  const stem = word.slice(0, -1);
  return token.startsWith(stem) && token.length - stem.length <= stemMax;
}

/** Start of the entry that ends at `end` (its words read leftwards), or -1. */
function entryEndingAt(text: string, end: number, entry: ComposeEntry, stemMax: number): number {
  let at = end;
  for (let i = entry.length - 1; i >= 0; i--) {
    const token = tokenBefore(text, at);
    if (!token || !wordFits(entry[i]!, token.text, stemMax)) return -1;
    at = token.from;
  }
  return at;
}

/** End of the entry that starts after `start` (its words read rightwards), or -1. */
function entryStartingAt(text: string, start: number, entry: ComposeEntry, stemMax: number): number {
  let at = start;
  for (const word of entry) {
    const token = tokenAfter(text, at);
    if (!token || !wordFits(word, token.text, stemMax)) return -1;
    at = token.to;
  }
  return at;
}

/** The longest entry of `list` ending at `end`: its start, or -1. */
function anyEndingAt(text: string, end: number, list: readonly ComposeEntry[], stemMax: number): number {
  let best = -1;
  for (const entry of list) {
    const from = entryEndingAt(text, end, entry, stemMax);
    if (from >= 0 && (best < 0 || from < best)) best = from;
  }
  return best;
}

/** The longest entry of `list` starting after `start`: its end, or -1. */
function anyStartingAt(text: string, start: number, list: readonly ComposeEntry[], stemMax: number): number {
  let best = -1;
  for (const entry of list) {
    const to = entryStartingAt(text, start, entry, stemMax);
    if (to > best) best = to;
  }
  return best;
}

/** How many modifiers may stand on one side of the head. */
const MODIFIERS_MAX = 2;

/**
 * The noun phrase around the head at [from, to), or undefined where the words around it
 * do not make one of the rule's noun phrases.
 */
export function composedSpan(
  text: string,
  from: number,
  to: number,
  compose: CompiledCompose,
  stemMax: number,
): { from: number; to: number } | undefined {
  // Right side first: modifiers after the head, then a trailing determiner.
  let end = to;
  let after = 0;
  for (; after < MODIFIERS_MAX; after++) {
    const next = anyStartingAt(text, end, compose.after, stemMax);
    if (next < 0) break;
    end = next;
  }
  const trailingEnd = anyStartingAt(text, end, compose.trailing, stemMax);
  const trailed = trailingEnd >= 0;
  if (trailed) end = trailingEnd;
  // Left side: every way of taking up to two modifiers or ranks, then an owner, a determiner, or nothing.
  let best: number | undefined;
  const take = (start: number) => {
    best = Math.min(best ?? start, start);
  };
  const walk = (at: number, words: number, counted: number) => {
    const modifiers = counted + after;
    const owner = anyEndingAt(text, at, compose.owners, stemMax);
    if (owner >= 0) take(owner);
    const determiner = modifiers >= compose.minModifiers ? anyEndingAt(text, at, compose.determiners, stemMax) : -1;
    if (determiner >= 0) take(determiner);
    else if (trailed ? modifiers >= compose.minModifiers : compose.bare !== undefined && modifiers >= compose.bare) take(at);
    if (words >= MODIFIERS_MAX) return;
    for (const [list, counts] of [
      [compose.before, 1],
      [compose.ranks, 0],
    ] as const) {
      for (const entry of list) {
        const start = entryEndingAt(text, at, entry, stemMax);
        if (start >= 0) walk(start, words + 1, counted + counts);
      }
    }
  };
  walk(from, 0, 0);
  return best === undefined ? undefined : { from: best, to: end };
}
