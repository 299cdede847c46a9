/**
 * Turns of a transcript or a studio talk: "PRESENTADORA: Perdone que le corrija…",
 * "Morandi: Capisco l'impressione, ma…". A record-setting next sentence makes a claim a
 * report to be corrected when the same voice goes on ("We said an hour. It lasted five
 * minutes."); when it opens another speaker's turn, the claim was made and then answered
 * (a radio caller, a studio guest), and it still stands as said.
 *
 * A speaker label opens its sentence (after a timestamp, if any): one to three words, every
 * one capitalised on the page, then a colon. Labels that set out a claim and its verdict
 * ("Claim:", "Verdict:", "Чутка:") or a fact box's line ("When:") are no speakers.
 *
 * Pure: tokens and the page's capitals only.
 */
import { CLAIM_LABELS, FACT_DATE_LABELS, FACT_LENGTH_LABELS, FACT_WHEN_LABELS, FACT_WHO_LABELS } from './checks-lexicon';
import { lazyPhrases } from './checks-phrase';
import type { Sentence } from './checks-text';

const notSpeakers = lazyPhrases([...CLAIM_LABELS, ...FACT_WHEN_LABELS, ...FACT_DATE_LABELS, ...FACT_LENGTH_LABELS, ...FACT_WHO_LABELS]);

/** Words of a speaker label at most ("Ernesto Vallejo", "Dr. Anna Weber"). */
const LABEL_WORDS = 3;
/** Sentences back from a claim in which its speaker's label may stand. */
const TURN_REACH = 6;

const DIGITS = /^[0-9]+$/;

/** The speaker label opening sentence `s` ("ernesto vallejo"), or undefined. */
export function speakerLabel(text: string, s: Sentence, capitalised: (at: number) => boolean): string | undefined {
  const { tokens } = s;
  let start = 0;
  // A timestamp before the label: "[22:16] PRESENTADORA:".
  while (start < tokens.length && DIGITS.test(tokens[start]!.w)) start++;
  for (let k = start; k < tokens.length && k - start < LABEL_WORDS; k++) {
    if (!capitalised(tokens[k]!.from)) return undefined;
    const gap = text.slice(tokens[k]!.to, k + 1 < tokens.length ? tokens[k + 1]!.from : s.to);
    if (gap.startsWith(':')) {
      if (notSpeakers().any(tokens, start, k + 1)) return undefined;
      return tokens
        .slice(start, k + 1)
        .map((t) => t.w)
        .join(' ');
    }
    if (gap !== ' ') return undefined;
  }
  return undefined;
}

/**
 * True when sentence i+1 opens the turn of another speaker than the one whose turn holds
 * sentence i (its own label or the nearest one before it); false where either has none.
 */
export function anotherSpeakerNext(
  text: string,
  sentences: readonly Sentence[],
  i: number,
  capitalised: ((at: number) => boolean) | undefined,
): boolean {
  const next = sentences[i + 1];
  if (!next || !capitalised) return false;
  const answer = speakerLabel(text, next, capitalised);
  if (answer === undefined) return false;
  for (let k = i; k >= 0 && k >= i - TURN_REACH; k--) {
    const own = speakerLabel(text, sentences[k]!, capitalised);
    if (own !== undefined) return own !== answer;
  }
  return false;
}
