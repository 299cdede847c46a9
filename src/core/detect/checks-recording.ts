/**
 * A date tied to the recording by its own link: "the recording of 14 November", "Запись
 * от 14.11.2025", "die Aufnahme vom 14.11.", "the 14 November tape". The recording holds
 * the call, so the date is the call's. Only a day counts: "the recording from November"
 * may be the month it came out.
 */
import { OWNER_LINKS, RECORDING_DATE_LINKS, RECORDING_WORDS } from './checks-lexicon';
import { lazyPhrases } from './checks-phrase';
import type { FoundDate } from './checks-dates';
import type { Sentence } from './checks-text';

/** The recording's words, as a phrase set made on first use. */
export const recordingWords = lazyPhrases(RECORDING_WORDS);
const recordingLinks = new Set(RECORDING_DATE_LINKS);
const ownerLinks = new Set(OWNER_LINKS);

/** Only spaces between tokens j and j + 1. */
function joined(text: string, s: Sentence, j: number): boolean {
  return /^[ \u00a0]+$/.test(text.slice(s.tokens[j]!.to, s.tokens[j + 1]!.from));
}

/**
 * True when the words at token j name what a recording holds ("of Trump's press
 * conference", "z konferencji"): then the recording is of that, not of this call.
 */
function heldBySomethingNamed(text: string, s: Sentence, j: number): boolean {
  return j < s.tokens.length && ownerLinks.has(s.tokens[j]!.w) && joined(text, s, j - 1);
}

/** The recording word a day-level date is tied to, as a token range, or undefined. */
export function recordingOfDate(text: string, s: Sentence, date: FoundDate): [number, number] | undefined {
  if (!date.readings.some(([, day]) => day !== undefined)) return undefined;
  const { from, to } = date;
  // "the recording of 14 November": word, link, date, nothing else between.
  if (from >= 2 && recordingLinks.has(s.tokens[from - 1]!.w) && joined(text, s, from - 2) && joined(text, s, from - 1)) {
    if (recordingWords().matchAt(s.tokens, from - 2) === from - 1 && !heldBySomethingNamed(text, s, to)) return [from - 2, from - 1];
  }
  // "the 14 November recording".
  if (to < s.tokens.length && joined(text, s, to - 1)) {
    const end = recordingWords().matchAt(s.tokens, to);
    if (end > to && !heldBySomethingNamed(text, s, end)) return [to, end];
  }
  return undefined;
}
