/**
 * Run time: apply compiled claim checks to the sentences near the story's mentions.
 *
 * Each check looks for its claim word by word inside one sentence and fires only
 * when the claim is attached to this call: a date or a length must sit in the same
 * clause as a word for the call, with no other event (a publication, a meeting, the
 * Trump–Putin call) in between, and the call's parties must be named in the sentence
 * or the three before it. A claim that the sentence corrects (checks-corrections.ts)
 * is never flagged. Nothing here builds a regular expression.
 */
import { isCorrected } from './checks-corrections';
import type { DateClaim } from '../hit';
import { findDates } from './checks-dates';
import { findDurations } from './checks-durations';
import { OTHER_EVENT_WORDS, PARTIES, PRESIDENTS } from './checks-lexicon';
import { lazyPhrases, PhraseSet } from './checks-phrase';
import { insideQuote, vocabularyOf, type Sentence } from './checks-text';
import { numberAt } from './checks-numbers';
import type {
  CompiledCheck,
  CompiledDateCheck,
  CompiledDurationCheck,
  CompiledNumberCheck,
  CompiledSequenceCheck,
  CompiledSlot,
  FlagOrigin,
} from './types';

export interface Span {
  from: number;
  to: number;
}

/** Where a claim check or a source detector found its claim (offsets in normalised text). */
export interface Flag extends Span, FlagOrigin {
  /** For a wrong date: the date the text gives, so the headline can name it. */
  claim?: DateClaim;
}

/** A flag at [from, to) raised by `origin` (a check or a source detector). */
export function flagAt(origin: FlagOrigin, from: number, to: number): Flag {
  const { id, discrepancyId, topic, factIds, strength, sourceIds } = origin;
  return { from, to, id, discrepancyId, topic, factIds, strength, sourceIds };
}

/** The sentences a check reads, with what the page says about the story around them. */
export interface CheckScope {
  text: string;
  sentences: readonly Sentence[];
  /** True when sentence i holds a mention of the story. */
  namesStory: (i: number) => boolean;
}

type Prepared =
  | { check: CompiledSequenceCheck; slots: (PhraseSet | number)[][]; unless: PhraseSet; firsts: PhraseSet }
  | { check: CompiledDateCheck; triggers: PhraseSet; subjects: PhraseSet }
  | { check: CompiledDurationCheck; triggers: PhraseSet }
  | { check: CompiledNumberCheck; triggers: PhraseSet; subjects: PhraseSet };

export type PreparedCheck = Prepared;

const otherEvents = lazyPhrases(OTHER_EVENT_WORDS);
const presidents = lazyPhrases(PRESIDENTS);
const parties = lazyPhrases(PARTIES);

/** Word sets for one check: a few map entries, made once per matcher. */
export function prepareCheck(check: CompiledCheck): PreparedCheck {
  switch (check.type) {
    case 'sequence':
      return {
        check,
        slots: check.sequences.map((seq) => seq.map((s: CompiledSlot) => ('gap' in s ? s.gap : new PhraseSet(s.any)))),
        unless: new PhraseSet(check.unless),
        // Every sequence's first words, to pass over a sentence with none of them at once.
        firsts: new PhraseSet(check.sequences.flatMap((seq) => seq.find((s): s is { any: string[][] } => 'any' in s)?.any ?? [])),
      };
    case 'date':
      return { check, triggers: new PhraseSet(check.triggers), subjects: new PhraseSet(check.subjects) };
    case 'duration':
      return { check, triggers: new PhraseSet(check.triggers) };
    case 'number':
      return { check, triggers: new PhraseSet(check.triggers), subjects: new PhraseSet(check.subjects) };
  }
}

/** Flags of one check in sentence i of the scope. */
export function runCheck(p: PreparedCheck, scope: CheckScope, i: number): Flag[] {
  const s = scope.sentences[i]!;
  if (!('slots' in p)) {
    // A date or a length counts only next to a word for the call: most sentences have none.
    const { words, prefixes } = vocabularyOf(s);
    if (!p.triggers.mayOccur(words, prefixes)) return [];
  }
  const spans =
    'slots' in p
      ? runSequence(p, s)
      : p.check.type === 'date'
        ? runDate(p as Extract<Prepared, { check: CompiledDateCheck }>, scope, i)
        : p.check.type === 'number'
          ? runNumber(p as Extract<Prepared, { check: CompiledNumberCheck }>, s)
          : runDuration(p as Extract<Prepared, { check: CompiledDurationCheck }>, scope, i);
  const out: Flag[] = [];
  for (const [a, b, claim] of spans) {
    if (isCorrected(scope.text, s.tokens, a, b)) continue;
    const flag = flagAt(p.check, s.tokens[a]!.from, s.tokens[b - 1]!.to);
    out.push(claim ? { ...flag, claim } : flag);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Sequences: slots of phrases with bounded word gaps.
// ---------------------------------------------------------------------------

/** End of the shortest match of slots[k..] starting at token `at` (gaps allowed before it), or -1. */
function matchSlots(slots: readonly (PhraseSet | number)[], k: number, s: Sentence, at: number, gap: number): number {
  if (k === slots.length) return at;
  const slot = slots[k]!;
  if (typeof slot === 'number') return matchSlots(slots, k + 1, s, at, gap + slot);
  for (let j = at; j <= at + gap && j < s.tokens.length; j++) {
    const end = slot.matchAt(s.tokens, j);
    if (end < 0) continue;
    const rest = matchSlots(slots, k + 1, s, end, 0);
    if (rest >= 0) return rest;
  }
  return -1;
}

function runSequence(p: Extract<Prepared, { slots: unknown }>, s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  const { words, prefixes } = vocabularyOf(s);
  if (!p.firsts.mayOccur(words, prefixes)) return out;
  for (const slots of p.slots) {
    // Most sentences hold none of a sequence's first words: skip them without a word-by-word pass.
    const first = slots.find((x): x is PhraseSet => typeof x !== 'number');
    if (first && !first.mayOccur(words, prefixes)) continue;
    for (let i = 0; i < s.tokens.length; i++) {
      const end = matchSlots(slots, 0, s, i, 0);
      if (end < 0) continue;
      // The first slot matched at i itself (no gap is allowed before it).
      if (p.unless.any(s.tokens, i, end)) continue;
      if (out.some(([a, b]) => a < end && i < b)) continue;
      out.push([i, end]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Dates and lengths: attached to a word for this call, in its clause.
// ---------------------------------------------------------------------------

/** Furthest a call word may stand before its date or length ("the conversation ... which took place on"), in words. */
const REACH_BEFORE = 14;
/** Furthest it may stand after ("the October 14 phone call", "десятиминутного разговора"). */
const REACH_AFTER = 3;

/** True when the words for the call in tokens[a, b) belong to the Trump–Putin call (or another between presidents). */
function presidentsCall(s: Sentence, from: number, to: number): boolean {
  const lo = Math.max(0, from - 6);
  const hi = Math.min(s.tokens.length, to + 5);
  const names = new Set<string>();
  for (const [a] of presidents().findAll(s.tokens, lo, hi)) names.add(s.tokens[a]!.w.slice(0, 4));
  return names.size >= 2 && !parties().any(s.tokens, lo, hi);
}

function hasClauseBreak(text: string, from: number, to: number): boolean {
  let end = to;
  // A bracket or quote right before the claim opens it ("the call (14/11)"): not a break.
  while (end > from && ' ("'.includes(text[end - 1]!)) end--;
  for (let i = from; i < end; i++) if (';:()"'.includes(text[i]!)) return true;
  return false;
}

/**
 * The call word a claim in tokens[a, b) is attached to: the nearest one before it
 * (or just after it) with no other event and no clause break in between.
 */
function attachedTrigger(text: string, s: Sentence, triggers: PhraseSet, a: number, b: number): [number, number] | undefined {
  const matches = triggers.findAll(s.tokens);
  let best: [number, number] | undefined;
  let bestDistance = Infinity;
  for (const [ts, te] of matches) {
    let lo: number;
    let hi: number;
    if (te <= a && a - te <= REACH_BEFORE) [lo, hi] = [te, a];
    else if (ts >= b && ts - b <= REACH_AFTER) [lo, hi] = [b, ts];
    else continue;
    if (otherEvents().any(s.tokens, lo, hi)) continue;
    // Chars from the end of the first of the two to the start of the second.
    if (hasClauseBreak(text, s.tokens[lo - 1]!.to, s.tokens[hi]!.from)) continue;
    if (presidentsCall(s, Math.min(ts, a), Math.max(te, b))) continue;
    const distance = hi - lo;
    if (distance < bestDistance) {
      best = [ts, te];
      bestDistance = distance;
    }
  }
  return best;
}

/** Sentences back a claim may refer to the call by "the call" alone. */
const STORY_REACH = 3;

/** The call's parties or a mention of the story in sentence i or the STORY_REACH before it. */
function storyNear(scope: CheckScope, i: number, subjects: PhraseSet): boolean {
  for (let k = i; k >= 0 && k >= i - STORY_REACH; k--) {
    if (scope.namesStory(k) || subjects.any(scope.sentences[k]!.tokens)) return true;
  }
  return false;
}

function runDate(p: Extract<Prepared, { check: CompiledDateCheck }>, scope: CheckScope, i: number): [number, number, DateClaim][] {
  const { check } = p;
  const s = scope.sentences[i]!;
  const out: [number, number, DateClaim][] = [];
  for (const date of findDates(scope.text, s.tokens)) {
    if (insideQuote(scope.text, s, s.tokens[date.from]!.from)) continue;
    const wrong =
      check.compare === 'year'
        ? date.year !== undefined && date.year !== check.expected.year
        : date.readings.length > 0 &&
          !date.readings.some(
            ([mo, d]) =>
              (mo === check.expected.month && (d === undefined || d === check.expected.day)) ||
              (d !== undefined && check.ignore.includes(`${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`)),
          );
    if (!wrong) continue;
    if (!attachedTrigger(scope.text, s, p.triggers, date.from, date.to)) continue;
    if (!storyNear(scope, i, p.subjects)) continue;
    const [month, day] = date.readings[0] ?? [];
    const claim: DateClaim = {
      ...(date.year !== undefined ? { year: date.year } : {}),
      ...(month !== undefined ? { month } : {}),
      ...(day !== undefined ? { day } : {}),
    };
    out.push([date.from, date.to, claim]);
  }
  return out;
}

function runDuration(p: Extract<Prepared, { check: CompiledDurationCheck }>, scope: CheckScope, i: number): [number, number][] {
  const s = scope.sentences[i]!;
  const out: [number, number][] = [];
  for (const d of findDurations(s.tokens)) {
    if (d.minutes >= p.check.minMinutes && d.minutes <= p.check.maxMinutes) continue;
    if (insideQuote(scope.text, s, s.tokens[d.from]!.from)) continue;
    const trigger = attachedTrigger(scope.text, s, p.triggers, d.from, d.to);
    if (!trigger) continue;
    if (!storyNear(scope, i, parties())) continue;
    // Flag the length with its call word, as a reader would underline it.
    out.push([Math.min(trigger[0], d.from), Math.max(trigger[1], d.to)]);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Figures: the first number after a word that fixes it ("capped at 500,000 troops").
// ---------------------------------------------------------------------------

/** Furthest the figure may stand after its trigger, in words ("a cap on the army of 500,000"). */
const NUMBER_REACH = 6;

function runNumber(p: Extract<Prepared, { check: CompiledNumberCheck }>, s: Sentence): [number, number][] {
  if (!p.subjects.any(s.tokens)) return [];
  const out: [number, number][] = [];
  for (const [ts, te] of p.triggers.findAll(s.tokens)) {
    for (let j = te; j < s.tokens.length && j <= te + NUMBER_REACH; j++) {
      const n = numberAt(s.tokens, j);
      if (!n) continue;
      // Only the first figure is the one the trigger fixes; a small one is not about this.
      if (n.value >= p.check.minValue && !p.check.accepted.includes(n.value)) out.push([ts, n.to]);
      break;
    }
  }
  return out;
}
