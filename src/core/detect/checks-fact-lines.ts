/**
 * Dates and lengths a page sets out on lines of their own instead of in a sentence about
 * the call: a fact box ("Who: Steve Witkoff and Yuri Ushakov" / "When: 14.11.2025" /
 * "Duration: about an hour") and a timeline's date heading over its entry ("4 Oct 2025" /
 * "Steve Witkoff phones Yuri Ushakov …"). No call word stands beside such a value, so the
 * sentence rules never tie it to the call; the box or the entry does, when it plainly
 * tells of this call: both its parties named as the box's people, or as the entry's
 * caller and callee.
 *
 * Pure: tokens of the scope's sentences only.
 */
import { bothParties, partyWithSomeoneElse } from './checks-attach';
import { APPROXIMATORS, CALL_VERBS, ENTRY_CALL_VERBS, FACT_WHO_LABELS, PARTIES } from './checks-lexicon';
import { lazyPhrases, type PhraseSet } from './checks-phrase';
import type { Sentence } from './checks-text';
import { isHourWord, type FoundDuration } from './checks-durations';

/** Lines of a box either side of a labelled line among which its people may be named. */
const BOX_REACH = 6;
/** Words a label may run on after its first before the colon ("Date | of the call:"). */
const LABEL_TAIL = 3;
/** Words before an entry's first party ("Steve", "US envoy Steve"). */
const ENTRY_OPENING = 3;
/** Words from the entry's first party to its verb of calling ("Witkoff, Trump's envoy, phones"). */
const VERB_REACH = 4;
/** Words a table's value cell holds at most beside its date or length ("wtorek, 15 października 2025"). */
const VALUE_WORDS = 6;
/** Words a "who" label may run on ("Who spoke", "Kto rozmawiał"). */
const WHO_TAIL = 2;

const whoLabels = lazyPhrases(FACT_WHO_LABELS);
const parties = lazyPhrases(PARTIES);
const approximators = lazyPhrases(APPROXIMATORS);
const entryVerbs = lazyPhrases([...CALL_VERBS, ...ENTRY_CALL_VERBS]);

/**
 * The first token after the colon of a line that opens with one of `labels` ("Kiedy: |14.11.2025"),
 * or -1. Label words after the first are allowed only when `tail` holds one of them ("Data
 * rozmowy:"); without `tail` the colon must follow the label.
 */
function afterLabel(text: string, s: Sentence, labels: PhraseSet, tail?: PhraseSet): number {
  if (!s.afterBreak) return -1;
  const end = labels.matchAt(s.tokens, 0);
  if (end <= 0) return -1;
  const last = Math.min(s.tokens.length - 1, end - 1 + (tail ? LABEL_TAIL : 0));
  for (let j = end - 1; j <= last; j++) {
    const next = s.tokens[j + 1];
    if (!next) return -1;
    const gap = text.slice(s.tokens[j]!.to, next.from);
    if (!gap.includes(':')) {
      if (/[^\s\u00a0]/.test(gap)) return -1;
      continue;
    }
    if (j >= end && !tail!.any(s.tokens, end, j + 1)) return -1;
    return j + 1;
  }
  return -1;
}

/** True when the value starting at token `from` is the first thing after the line's label (an approximator aside). */
export function labelledValue(text: string, s: Sentence, from: number, labels: PhraseSet, tail?: PhraseSet): boolean {
  const start = afterLabel(text, s, labels, tail);
  if (start < 0) return false;
  return from === start || (approximators().matchAt(s.tokens, start) === from && from > start);
}

/**
 * A label alone on the line before, a value on this one: a table's row of two cells
 * ("Kiedy" | "wtorek, 15 października 2025"). The label may run on by `extra` words when
 * `tail` allows them ("Data rozmowy", "Kto rozmawiał").
 */
function labelAbove(
  sentences: readonly Sentence[],
  i: number,
  labels: PhraseSet,
  {
    tail,
    extra = 0,
    valueWords = VALUE_WORDS,
  }: { tail?: (label: Sentence, from: number) => boolean; extra?: number; valueWords?: number } = {},
): boolean {
  const label = sentences[i - 1];
  const s = sentences[i]!;
  if (!label || !s.afterBreak || s.tokens.length > valueWords) return false;
  const end = labels.matchAt(label.tokens, 0);
  if (end <= 0) return false;
  const rest = label.tokens.length - end;
  return rest === 0 || (tail !== undefined && rest <= extra && tail(label, end));
}

/** The short value of line i stands under a label on the line before ("Kiedy" over "15 października 2025"); `tail` as in labelledValue. */
export function valueUnderLabel(sentences: readonly Sentence[], i: number, labels: PhraseSet, tail?: PhraseSet): boolean {
  return labelAbove(sentences, i, labels, tail ? { tail: (label, from) => tail.any(label.tokens, from), extra: LABEL_TAIL } : {});
}

/**
 * The lines around labelled line i name this call's two parties as the box's people
 * ("Kto: Steve Witkoff … oraz Jurij Uszakow"), with no one else's call among them.
 */
export function boxOfTheCall(text: string, sentences: readonly Sentence[], i: number): boolean {
  for (let k = Math.max(0, i - BOX_REACH); k <= i + BOX_REACH && k < sentences.length; k++) {
    const line = sentences[k]!;
    if (k === i) continue;
    // "Who: Witkoff and Ushakov", or "Kto rozmawiał" over "Steve Witkoff … i Jurij Uszakow".
    const labelled =
      afterLabel(text, line, whoLabels()) >= 0 ||
      labelAbove(sentences, k, whoLabels(), { tail: () => true, extra: WHO_TAIL, valueWords: Number.POSITIVE_INFINITY });
    if (labelled && bothParties(line) && !partyWithSomeoneElse(line)) return true;
  }
  return false;
}

/**
 * Sentence i is a date alone on its line (a timeline's heading, the date in tokens[from,
 * to)), and the next line's entry is this call: it opens with one of the parties, who
 * calls the other.
 */
export function headingOfTheCall(sentences: readonly Sentence[], i: number, from: number, to: number): boolean {
  const s = sentences[i]!;
  const entry = sentences[i + 1];
  if (from !== 0 || to !== s.tokens.length || !entry?.afterBreak) return false;
  for (let j = 0; j <= ENTRY_OPENING && j < entry.tokens.length; j++) {
    const end = parties().matchAt(entry.tokens, j);
    if (end < 0) continue;
    if (!entryVerbs().any(entry.tokens, end, Math.min(entry.tokens.length, end + VERB_REACH))) return false;
    return bothParties(entry) && !partyWithSomeoneElse(entry);
  }
  return false;
}

/**
 * The length a labelled line gives when it is an hour's unit alone after the label
 * ("Czas trwania: blisko godzina", "Jak długo" over "blisko godzinę"): findDurations reads
 * a bare unit only after a verb of lasting, and the label stands for the verb here.
 */
export function labelledHour(text: string, sentences: readonly Sentence[], i: number, labels: PhraseSet): FoundDuration | undefined {
  const s = sentences[i]!;
  const start = labelAbove(sentences, i, labels) ? 0 : afterLabel(text, s, labels);
  if (start < 0) return undefined;
  const at = Math.max(start, approximators().matchAt(s.tokens, start));
  const w = s.tokens[at]?.w;
  return w !== undefined && at === s.tokens.length - 1 && isHourWord(w) ? { from: start, to: at + 1, minutes: 60 } : undefined;
}
