/**
 * A sentence that reports an error in order to correct it ("some outlets wrongly
 * dated the call to November", "the call was not in November", "Trump did not
 * condemn Witkoff") repeats the error's words but does not make the claim. Such a
 * claim is never flagged: a wrong accusation costs a reader's trust more than a miss.
 */
import {
  COMPLEMENTIZERS,
  CORRECTION_CUES,
  DENIAL_OPENERS,
  DENIAL_REACH,
  NAME_LINKS,
  NEGATION_AFTER,
  NEGATION_REACH,
  NEGATORS,
  NEGATORS_AFTER,
  VERDICT_FILLERS,
} from './checks-lexicon';
import { lazyPhrases } from './checks-phrase';
import type { Token } from './checks-text';

const cues = lazyPhrases(CORRECTION_CUES);
const negators = lazyPhrases(NEGATORS);
const denials = lazyPhrases(DENIAL_OPENERS);
const after = lazyPhrases(NEGATORS_AFTER);
const complementizers = new Set(COMPLEMENTIZERS);
const conjunctions = new Set(NAME_LINKS);
const fillers = new Set(VERDICT_FILLERS);

/** Clause punctuation between two offsets ends a negator's reach. */
function clauseBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e) return true;
  }
  return false;
}

/**
 * Is the claim in tokens[from, to) of this sentence a correction rather than a claim?
 * `own`: words of the claim that belong to it (an outlet's excerpt may itself hold a
 * "not"); negators and cues inside them do not count.
 */
export function isCorrected(text: string, tokens: readonly Token[], from: number, to: number, own = false, cueReach = Infinity): boolean {
  const c = cues();
  // `cueReach`: a cue further than this from the claim hedges another predicate of the sentence.
  for (let i = Math.max(0, from - cueReach); i < tokens.length && i < to + cueReach; i++) {
    if (own && i >= from && i < to) continue;
    const end = c.matchAt(tokens, i);
    // "…, y no en noviembre" contrasts; a sentence that opens "Y no es una broma: …" only
    // goes on from the one before.
    if (i === 0 && conjunctions.has(tokens[0]!.w)) continue;
    if (end > 0 && !(own && end > from && i < to)) return true;
  }
  const n = negators();
  // German and Dutch deny after the verb's object: "Trump verurteilte Witkoff nicht".
  if (!own) {
    for (let i = to; i < tokens.length && i < to + NEGATION_AFTER; i++) {
      // "…, zijn leger halveert en nooit tot de NAVO toetreedt": after "and" the negator is another verb's.
      if (clauseBetween(text, tokens[i - 1]!.to, tokens[i]!.from) || conjunctions.has(tokens[i]!.w)) break;
      if (after().matchAt(tokens, i) > 0) return true;
    }
  }
  const start = Math.max(0, from - NEGATION_REACH);
  const stop = own ? from : to;
  for (let i = start; i < stop; i++) {
    if (n.matchAt(tokens, i) < 0) continue;
    if (i >= from || !clauseBetween(text, tokens[i]!.to, tokens[from]!.from)) return true;
  }
  return false;
}

/**
 * A sentence that opens by denying the one before ("Some said the call was in November.
 * It did not: ..."): the claim before it is reported to be corrected. Without `openers`
 * only a verdict standing alone counts ("Das ist falsch.").
 */
export function deniedByNext(next: readonly Token[] | undefined, openers = true): boolean {
  if (!next) return false;
  const d = denials();
  if (openers) for (let i = 0; i < next.length && i < DENIAL_REACH; i++) if (d.matchAt(next, i) > 0) return true;
  // A verdict standing alone ("C'est inexact.", "Das ist unzutreffend.", "To błąd."): a
  // sentence of a few words whose only content is a word of correction.
  return next.length <= VERDICT_WORDS && onlyVerdict(next);
}

/**
 * A sentence that stands under a label of correction ("Correction.", "Уточнение.") on a
 * line or in a sentence of its own reports what the page said before, in order to correct it.
 */
export function labelledBefore(previous: readonly Token[] | undefined): boolean {
  return previous !== undefined && previous.length <= LABEL_WORDS && onlyVerdict(previous);
}

/** Longest label of correction standing alone, in words ("Fe de erratas"). */
const LABEL_WORDS = 3;

/** Every word is part of a word of correction or a word a verdict may hold beside it (VERDICT_FILLERS), and one is the former. */
function onlyVerdict(tokens: readonly Token[]): boolean {
  const c = cues();
  let verdict = false;
  for (let i = 0; i < tokens.length;) {
    const end = c.matchAt(tokens, i);
    if (end > i) {
      verdict = true;
      i = end;
    } else if (fillers.has(tokens[i]!.w)) i++;
    else return false;
  }
  return verdict;
}

/** A word of correction anywhere in the tokens ("in fact", "en réalité", "tatsächlich"). */
export function hasCorrectionWord(tokens: readonly Token[]): boolean {
  return cues().any(tokens);
}

/** Longest sentence, in words, that can be a verdict on the one before ("That is simply not accurate"). */
const VERDICT_WORDS = 5;

/**
 * A negator shortly before tokens[at] in its clause denies the predicate the word at `at`
 * belongs to ("The Kremlin did not confirm the call in November"), unless a "that" opens
 * another clause between them: "he did not dispute that the call, made on November 14,
 * had taken place" asserts what follows.
 */
export function negatedBefore(text: string, tokens: readonly Token[], at: number): boolean {
  const n = negators();
  for (let i = at - 1; i >= 0 && i >= at - NEGATION_REACH; i--) {
    if (clauseBetween(text, tokens[i]!.to, tokens[i + 1]!.from) || complementizers.has(tokens[i]!.w)) return false;
    if (n.matchAt(tokens, i) > i) return true;
  }
  return false;
}
