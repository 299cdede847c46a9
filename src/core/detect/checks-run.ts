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
import { deniedByNext, hasCorrectionWord, isCorrected, labelledBefore, negatedBefore } from './checks-corrections';
import type { DateClaim } from '../hit';
import { findDates, type FoundDate } from './checks-dates';
import { findDurations, type FoundDuration } from './checks-durations';
import { boxOfTheCall, headingOfTheCall, labelledHour, labelledValue, valueUnderLabel } from './checks-fact-lines';
import { antecedentIsAnotherCall, anotherOrFutureCall, attachedTrigger, dateOfAnotherEvent, phoneOfSomeoneElse } from './checks-attach';
import { recordingOfDate, recordingWords } from './checks-recording';
import { roleForName, rolesStandingForName, type RoleForName } from './checks-role';
import { doneBySomeoneElse, type Agent } from './checks-agent';
import { anotherSpeakerNext } from './speaker-turns';
import { aboutAnotherCap, halvingSpans, halvingWords, limitVerbSpans, limitVerbs } from './checks-cap';
import {
  BARE_HOUR,
  FACT_DATE_LABELS,
  FACT_LENGTH_LABELS,
  FACT_WHEN_LABELS,
  MONTH_NAMES,
  PHONE_NOUNS,
  PHONE_PREPOSITIONS,
  CALL_VERBS,
  DATED_EVENT_NOUNS,
  DATED_EVENT_REACH,
  LENGTH_VERBS,
  MEETING_WORDS,
  NAME_LINKS,
  PARTIES,
  PRESS_WORDS,
  TALK_WORDS,
  TALKED_VERBS,
  PRESIDENTS,
  OTHER_PEOPLE,
  UNIT_STEMS,
} from './checks-lexicon';
import { FirstWordIndex, lazyPhrases, lazyWordLists, PhraseSet, phraseSetOf } from './checks-phrase';
import { clauseBreakBetween, insideQuote, isQuestion, quotedWithin, type Sentence } from './checks-text';
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
  /** True when the page writes the char at `at` in upper case (unknown: never). */
  capitalised?: ((at: number) => boolean) | undefined;
}

type Prepared =
  | {
      check: CompiledSequenceCheck;
      slots: (PhraseSet | number)[][];
      unless: PhraseSet;
      gates: number[];
      role?: RoleForName;
      agent?: Agent;
    }
  | {
      check: CompiledDateCheck;
      triggers: PhraseSet;
      subjects: PhraseSet;
      gate: number;
      recordingGate: number;
      callVerbGate: number;
      monthGate: number;
      /** A fact box's label or any month: a line that may date the call with no call word (datedOnItsOwnLine). */
      lineGate: number;
    }
  | { check: CompiledDurationCheck; triggers: PhraseSet; gate: number; lineGate: number }
  | { check: CompiledNumberCheck; triggers: PhraseSet; subjects: PhraseSet; gate: number; verbGate: number; halvingGate: number };

type PreparedCheck = Prepared;

/** A matcher's checks, with one index of the words that can start any of them. */
export interface PreparedChecks {
  readonly size: number;
  readonly list: readonly PreparedCheck[];
  /** Which gates (a sequence's first slot, a check's call words) have a first word in a sentence. */
  readonly index: FirstWordIndex;
}

const datedEvents = lazyPhrases(DATED_EVENT_NOUNS);
const parties = lazyPhrases(PARTIES);
const meetings = lazyPhrases(MEETING_WORDS);
const talkWords = lazyPhrases(TALK_WORDS);
const talkedVerbs = lazyPhrases(TALKED_VERBS);
const otherNames = lazyPhrases([...PRESIDENTS, ...OTHER_PEOPLE]);
const pressWords = lazyPhrases(PRESS_WORDS);
const lengthVerbs = lazyPhrases(LENGTH_VERBS);
/** "Over the telephone", "am Telefon", "przez telefon": each preposition with each word for the phone. */
const PHONE_PHRASES = PHONE_PREPOSITIONS.flatMap((p) => PHONE_NOUNS.map((n) => `${p} ${n}`));
const phoneWords = lazyWordLists(PHONE_PHRASES);
const callVerbs = lazyPhrases(CALL_VERBS);
const whenLabels = lazyPhrases(FACT_WHEN_LABELS);
const dateLabels = lazyPhrases(FACT_DATE_LABELS);
const lengthLabels = lazyPhrases(FACT_LENGTH_LABELS);
/** Each month's names: the call's own month may date it on its own (callsOwnDayInAnotherYear). */
const monthSets = MONTH_NAMES.map(lazyPhrases);
/** A fact box's date label or any month: a line that may date the call with no call word. */
const dateLines = lazyPhrases([...FACT_WHEN_LABELS, ...FACT_DATE_LABELS, ...MONTH_NAMES.flat()]);
/** A fact box's length label, a unit of time or a bare hour: a line that may give the call's length. */
const lengthLines = lazyPhrases([...FACT_LENGTH_LABELS, ...UNIT_STEMS.map(([stem]) => stem), ...BARE_HOUR]);

/** Word sets for a matcher's checks: a few map entries per phrase, made once per matcher. */
export function prepareChecks(checks: readonly CompiledCheck[]): PreparedChecks {
  const gates: PhraseSet[] = [];
  const gate = (set: PhraseSet) => gates.push(set) - 1;
  const list = checks.map((check): PreparedCheck => {
    switch (check.type) {
      case 'sequence': {
        const slots = check.sequences.map((seq) => seq.map((s: CompiledSlot) => ('gap' in s ? s.gap : phraseSetOf(s.any))));
        // A sequence is tried only in a sentence holding one of its first slot's words.
        const firsts = slots.map((seq) => seq.find((x): x is PhraseSet => typeof x !== 'number'));
        const role = roleForName(check);
        return {
          check,
          slots,
          unless: phraseSetOf(check.unless),
          gates: firsts.map((f) => (f ? gate(f) : -1)),
          ...(role ? { role } : {}),
          ...(check.agent ? { agent: { who: phraseSetOf(check.agent.who), others: phraseSetOf(check.agent.others) } } : {}),
        };
      }
      case 'date': {
        const triggers = phraseSetOf(check.triggers);
        // A date may also hang on the recording's word ("Запись от 14.11.2025"): the sentence is read for either.
        return {
          check,
          triggers,
          subjects: phraseSetOf(check.subjects),
          gate: gate(triggers),
          recordingGate: gate(recordingWords()),
          callVerbGate: gate(callVerbs()),
          // The call's own month may date it on its own (callsOwnDayInAnotherYear).
          monthGate: gate(monthSets[check.expected.month - 1]?.() ?? new PhraseSet([])),
          // A fact box's line ("When: 14.11.2025") or a timeline's date heading may date it with no call word.
          lineGate: gate(dateLines()),
        };
      }
      case 'duration': {
        const triggers = new PhraseSet([...check.triggers, ...phoneWords()]);
        // A fact box's line may give the length with no call word ("Duration: an hour"), or a
        // table's cell under its label ("Jak długo" | "blisko godzinę").
        return {
          check,
          triggers,
          gate: gate(triggers),
          lineGate: gate(lengthLines()),
        };
      }
      case 'number': {
        const triggers = phraseSetOf(check.triggers);
        // A figure may also follow a verb of its own ("held the army to"), or the army be halved.
        return {
          check,
          triggers,
          subjects: phraseSetOf(check.subjects),
          gate: gate(triggers),
          verbGate: gate(limitVerbs()),
          halvingGate: gate(halvingWords()),
        };
      }
    }
  });
  return { size: list.length, list, index: new FirstWordIndex(gates) };
}

/** What a sentence holds, found once for all checks. */
interface SentenceWork {
  /** Per gate: 1 + the first token holding one of its first words, or 0 (FirstWordIndex.read). */
  present: Int32Array;
  /** Per token: the gates it is a first word of. */
  starts: readonly (readonly number[])[];
  dates?: ReturnType<typeof findDates>;
  durations?: ReturnType<typeof findDurations>;
}

/** Flags of every check in every sentence of the scope, sentence by sentence. */
export function runChecks(p: PreparedChecks, scope: CheckScope): Flag[] {
  const out: Flag[] = [];
  if (p.size === 0) return out;
  for (let i = 0; i < scope.sentences.length; i++) {
    const s = scope.sentences[i]!;
    // A question makes no claim ("Did the call last an hour?", a Q&A page's headings); a
    // role it gives a name before the name still is the page's own words ("What does
    // former president Trump think?").
    const question = isQuestion(scope.text, s);
    const work: SentenceWork = p.index.read(s.tokens);
    for (const pc of p.list) {
      if (question && !('role' in pc && pc.role)) continue;
      // A date, a length or a figure counts only next to its call words: most sentences have none.
      if ('gate' in pc && !work.present[pc.gate] && !otherGates(pc).some((g) => work.present[g])) continue;
      if ('gates' in pc && !pc.gates.some((g) => g >= 0 && work.present[g])) continue;
      for (const flag of runCheck(pc, scope, i, work)) out.push(flag);
    }
  }
  return out;
}

/** Gates besides a check's call words that make a sentence worth reading for it. */
function otherGates(pc: PreparedCheck): number[] {
  if ('recordingGate' in pc) return [pc.recordingGate, pc.callVerbGate, pc.monthGate, pc.lineGate];
  if ('lineGate' in pc) return [pc.lineGate];
  if ('verbGate' in pc) return [pc.verbGate, pc.halvingGate];
  return [];
}

/**
 * In a question, a role given a name before the name is the page's own words when the
 * question asks something else about him ("What does former president Trump think?"); a
 * question that is the phrase itself puts it up to be checked ("Former president Trump?
 * No: …").
 */
function askedWithRole(role: RoleForName, scope: CheckScope, i: number, a: number): boolean {
  const s = scope.sentences[i]!;
  return a > 0 && role.names.matchAt(s.tokens, a) < 0 && !deniedByNext(scope.sentences[i + 1]?.tokens);
}

/** A sequence's matches and the roles standing alone for its names, none twice. */
function withRoles(matches: [number, number][], roles: [number, number][] | undefined): [number, number][] {
  if (!roles) return matches;
  return [...matches, ...roles.filter(([a, b]) => !matches.some(([c, d]) => c < b && a < d))];
}

/**
 * "Ex-Präsident Poroschenko warf Trump vor": a name between a role and the name the
 * role is checked for is the role's holder (capitalised on the page, and not a word of
 * the name itself), so the sentence does not call Trump a former president.
 */
function namedHolderBetween(p: Extract<Prepared, { slots: unknown }>, scope: CheckScope, s: Sentence, a: number, b: number): boolean {
  const { capitalised } = scope;
  if (!capitalised || !p.role) return false;
  // Only [role, gap, name] sequences: the role comes first and the name last.
  if (p.role.names.matchAt(s.tokens, a) > a) return false;
  for (const slots of p.slots) {
    const [first, gap] = slots;
    if (slots.length !== 3 || first === undefined || typeof first === 'number' || typeof gap !== 'number') continue;
    const roleEnd = first.matchAt(s.tokens, a);
    if (roleEnd < 0) continue;
    // The name's own first word ("Donald") ends the stretch.
    let j = roleEnd;
    while (j < b && p.role.names.matchAt(s.tokens, j) < 0) j++;
    // An acronym ("США", "USA") names a country, not the role's holder: "Бывший президент США Дональд Трамп".
    const acronym = (t: (typeof s.tokens)[number]) => t.to - t.from > 1 && capitalised(t.from + 1);
    for (let k = roleEnd; k < j; k++) if (capitalised(s.tokens[k]!.from) && !acronym(s.tokens[k]!)) return true;
    return false;
  }
  return false;
}

/** Furthest a word of correction may stand from a role given to a name, in words ("wrongly called him former president"). */
const ROLE_CUE_REACH = 6;

/** Flags of one check in sentence i of the scope. */
function runCheck(p: PreparedCheck, scope: CheckScope, i: number, work: SentenceWork): Flag[] {
  const s = scope.sentences[i]!;
  const spans =
    'slots' in p
      ? withRoles(
          runSequence(p, scope.text, s, work).filter(
            ([a, b]) =>
              (!p.role || !namedHolderBetween(p, scope, s, a, b)) &&
              (!p.role || !isQuestion(scope.text, s) || askedWithRole(p.role, scope, i, a)) &&
              (!p.agent || !doneBySomeoneElse(p.agent, scope.text, scope.sentences, i, a, b)),
          ),
          // A role alone in a question asks about it ("Is Trump a former president?").
          p.role && !isQuestion(scope.text, s) ? rolesStandingForName(p.role, scope, i) : undefined,
        )
      : p.check.type === 'date'
        ? runDate(p as Extract<Prepared, { check: CompiledDateCheck }>, scope, i, (work.dates ??= findDates(scope.text, s.tokens)))
        : p.check.type === 'number'
          ? runNumber(p as Extract<Prepared, { check: CompiledNumberCheck }>, scope, i)
          : runDuration(p as Extract<Prepared, { check: CompiledDurationCheck }>, scope, i, (work.durations ??= findDurations(s.tokens)));
  const out: Flag[] = [];
  for (const [a, b, claim] of spans) {
    // Words inside quotation marks are someone else's ("Claim: “Trump fired Witkoff”"):
    // the page reports them, it does not make the claim.
    if (insideQuote(scope.text, s, s.tokens[a]!.from)) continue;
    // A role given to a name ("the ex-president, Trump,") is the page's own words: a hedge
    // further on ("reportedly coached the Kremlin on … the ex-president …") qualifies another predicate.
    const reach = 'role' in p && p.role ? ROLE_CUE_REACH : Infinity;
    // A role is denied by a verdict alone ("Falsch."), not by a next sentence that opens by
    // denying something else ("He did not rebuke his envoy").
    if (
      isCorrected(scope.text, s.tokens, a, b, false, reach) ||
      deniedByNext(scope.sentences[i + 1]?.tokens, reach === Infinity) ||
      labelledBefore(scope.sentences[i - 1]?.tokens)
    )
      continue;
    const flag = flagAt(p.check, s.tokens[a]!.from, s.tokens[b - 1]!.to);
    out.push(claim ? { ...flag, claim } : flag);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Sequences: slots of phrases with bounded word gaps.
// ---------------------------------------------------------------------------

/** Words either side of a sequence's match in which its words of exception still count. */
const UNLESS_AROUND = 2;

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

const conjunctions = new Set(NAME_LINKS);

/**
 * A comma and a conjunction inside tokens[a, b) start another predicate ("…, convertida
 * en zona desmilitarizada, y congela Jersón"): what follows says something else.
 */
function newPredicate(text: string, s: Sentence, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++)
    if (conjunctions.has(s.tokens[k]!.w) && text.slice(s.tokens[k - 1]!.to, s.tokens[k]!.from).includes(',')) return true;
  return false;
}

function runSequence(p: Extract<Prepared, { slots: unknown }>, text: string, s: Sentence, work: SentenceWork): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < p.slots.length; k++) {
    const slots = p.slots[k]!;
    // Most sentences hold none of a sequence's first words: skip them without a word-by-word pass.
    const gate = p.gates[k]!;
    if (gate >= 0 && !work.present[gate]) continue;
    // A first slot matches at the sequence's first token, so none starts before its first word.
    const gated = gate >= 0 && typeof slots[0] !== 'number';
    const from = gated ? work.present[gate]! - 1 : 0;
    for (let i = from; i < s.tokens.length; i++) {
      if (gated && !work.starts[i]!.includes(gate)) continue;
      const end = matchSlots(slots, 0, s, i, 0);
      if (end < 0) continue;
      // The first slot matched at i itself (no gap is allowed before it).
      // A claim put together from parts is denied or qualified by its words of exception
      // in it or right around it ("the Zaporizhzhia nuclear plant", "das Atomkraftwerk Saporischschja").
      const [lo, hi] = slots.length > 1 ? [Math.max(0, i - UNLESS_AROUND), Math.min(s.tokens.length, end + UNLESS_AROUND)] : [i, end];
      if (p.unless.any(s.tokens, lo, hi)) continue;
      // A claim put together from several parts is made in one clause and in the page's own
      // words, not across a ";" or in quotes. A single phrase (a fact-checked claim imported
      // word for word) is matched as its author wrote it, quotation marks and all.
      if (
        slots.length > 1 &&
        (clauseBreakBetween(text, s.tokens[i]!.from, s.tokens[end - 1]!.to) ||
          quotedWithin(text, s, i, end) ||
          newPredicate(text, s, i, end))
      )
        continue;
      if (out.some(([a, b]) => a < end && i < b)) continue;
      out.push([i, end]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Dates and lengths: attached to a word for this call, in its clause (checks-attach.ts).
// ---------------------------------------------------------------------------

/** Sentences back a claim may refer to the call by "the call" alone. */
const STORY_REACH = 3;

/** The call's parties or a mention of the story in sentence i or the STORY_REACH before it. */
function storyNear(scope: CheckScope, i: number, subjects: PhraseSet): boolean {
  for (let k = i; k >= 0 && k >= i - STORY_REACH; k--) {
    if (scope.namesStory(k) || subjects.any(scope.sentences[k]!.tokens)) return true;
  }
  return false;
}

/**
 * True when the date ending at token `to` is followed, within its clause, by an event it
 * names ("– das im Februar 2022 den Angriffskrieg begonnen hatte –"): the date belongs to
 * that event, not to the call named earlier in the sentence.
 */
function namesLaterEvent(text: string, s: Sentence, to: number): boolean {
  const hi = Math.min(s.tokens.length, to + DATED_EVENT_REACH + 1);
  for (let j = to; j < hi; j++) {
    // Any punctuation but a hyphen ends the stretch: "in 2023, after the war" is the call's.
    if (/[^\s\u00a0\-\u2010\u2011]/.test(text.slice(s.tokens[j - 1]!.to, s.tokens[j]!.from))) return false;
    if (datedEvents().matchAt(s.tokens, j) > 0) return true;
  }
  return false;
}

/**
 * "Witkoff rozmawiał telefonicznie z Uszakowem, doradcą Putina, 14.11.2025": a date after
 * a verb of calling whose other party follows it is that call's, as a call word's would be.
 * So is a date before a verb at its clause's end with the party between them ("Witkoff hat
 * am 14. November mit Uschakow telefoniert", "heeft op 14 november met Oesjakov gebeld").
 */
function callVerbOfParties(text: string, s: Sentence, date: FoundDate): [number, number] | undefined {
  const verb = attachedTrigger(text, s, callVerbs(), date.from, date.to);
  if (!verb) return undefined;
  // "Op 15 oktober sprak Steve Witkoff … met Joeri Oesjakov": a verb right after an opening
  // date, with both parties after it, as languages that put the verb second write it ("am
  // 3. Dezember sprach Uschakow" alone is him speaking to the press).
  const inverted = verb[0] === date.to && bothPartiesIn(s, verb[1], Math.min(s.tokens.length, verb[1] + INVERTED_REACH));
  if (verb[0] >= date.to) return parties().any(s.tokens, date.to, verb[0]) || inverted ? verb : undefined;
  if (verb[1] > date.from) return undefined;
  return parties().any(s.tokens, verb[1], Math.min(date.from, verb[1] + VERB_OBJECT_REACH)) ? verb : undefined;
}

/** Furthest the other party may stand after a verb of calling ("rozmawiał telefonicznie z Jurijem Uszakowem"). */
const VERB_OBJECT_REACH = 4;
/** Words after an inverted verb of calling in which both parties stand ("sprak Steve Witkoff ruim vijf minuten met Joeri Oesjakov"). */
const INVERTED_REACH = 10;

/** Both of the call's parties named in tokens[from, to). */
function bothPartiesIn(s: Sentence, from: number, to: number): boolean {
  return (
    new Set(
      parties()
        .findAll(s.tokens, from, to)
        .map(([a]) => s.tokens[a]!.w.slice(0, 3)),
    ).size >= 2
  );
}

/** The date a text gives, for the flag's headline. */
function claimOf(date: FoundDate): DateClaim {
  const [month, day] = date.readings[0] ?? [];
  return {
    ...(date.year !== undefined ? { year: date.year } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}

/**
 * "Le 14 octobre 2024, l'Américain explique à son interlocuteur …", right after a
 * sentence naming Witkoff and Ushakov: the call's own day and month with another year,
 * in a sentence about its parties, dates the call even with no call word beside it.
 */
function callsOwnDayInAnotherYear(check: CompiledDateCheck, scope: CheckScope, i: number, date: FoundDate): boolean {
  const { year, month, day } = check.expected;
  if (check.compare !== 'year' || date.year === undefined || date.year === year) return false;
  if (!date.readings.some(([mo, d]) => mo === month && d === day)) return false;
  const s = scope.sentences[i]!;
  if (negatedBefore(scope.text, s.tokens, date.from) || namesLaterEvent(scope.text, s, date.to)) return false;
  if (!parties().any(s.tokens) && !(i > 0 && parties().any(scope.sentences[i - 1]!.tokens))) return false;
  return !recordDateNext(scope, i, check);
}

function runDate(
  p: Extract<Prepared, { check: CompiledDateCheck }>,
  scope: CheckScope,
  i: number,
  dates: readonly FoundDate[],
): [number, number, DateClaim][] {
  const { check } = p;
  const s = scope.sentences[i]!;
  const out: [number, number, DateClaim][] = [];
  for (const date of dates) {
    if (insideQuote(scope.text, s, s.tokens[date.from]!.from)) continue;
    if (dateOfAnotherEvent(s, date.from, date.to)) continue;
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
    const trigger =
      attachedTrigger(scope.text, s, p.triggers, date.from, date.to) ??
      recordingOfDate(scope.text, s, date) ??
      callVerbOfParties(scope.text, s, date);
    if (!trigger) {
      if (callsOwnDayInAnotherYear(check, scope, i, date) || datedOnItsOwnLine(p, scope, i, date))
        out.push([date.from, date.to, claimOf(date)]);
      continue;
    }
    if (antecedentIsAnotherCall(scope.text, scope.sentences, i, p.triggers, trigger)) continue;
    if (anotherOrFutureCall(scope.text, s, trigger, date.from, date.to)) continue;
    // A negator before the call word denies the clause's predicate, whichever word it
    // stands next to ("The Kremlin did not confirm the call in November").
    if (trigger[1] <= date.from && negatedBefore(scope.text, s.tokens, trigger[0])) continue;
    // A month alone is the call's only as its adjective: "the November call", "listopadowa rozmowa".
    if (date.bare && trigger[0] !== date.to) continue;
    // Another date nearer the call word is the call's; this one is something else's ("the October call became public in November").
    if (dates.some((d) => d !== date && (trigger[1] <= d.from ? d.to <= date.from : d.from >= date.to && d.to <= trigger[0]))) continue;
    if (namesLaterEvent(scope.text, s, date.to)) continue;
    if (!storyNear(scope, i, p.subjects)) continue;
    if (recordDateNext(scope, i, check)) continue;
    out.push([date.from, date.to, claimOf(date)]);
  }
  return out;
}

/**
 * "Kiedy: 14.11.2025" in a box whose people are the call's parties, or "4 Oct 2025" over
 * a timeline entry in which one party calls the other: the line dates the call.
 */
function datedOnItsOwnLine(p: Extract<Prepared, { check: CompiledDateCheck }>, scope: CheckScope, i: number, date: FoundDate): boolean {
  const { text, sentences } = scope;
  const s = sentences[i]!;
  const labelled =
    labelledValue(text, s, date.from, whenLabels()) ||
    labelledValue(text, s, date.from, dateLabels(), p.triggers) ||
    valueUnderLabel(sentences, i, whenLabels()) ||
    valueUnderLabel(sentences, i, dateLabels(), p.triggers);
  if (labelled ? !boxOfTheCall(text, sentences, i) : !headingOfTheCall(sentences, i, date.from, date.to)) return false;
  return !recordDateNext(scope, i, p.check);
}

/**
 * A length written as one adjective ("one-hour", "zweistündigen", "десятиминутного")
 * qualifies the noun right after it: in "defended the call in a one-hour interview" it is
 * the interview's, whatever call word stands before it.
 */
function qualifiesNextNoun(text: string, s: Sentence, d: FoundDuration, triggers: PhraseSet): boolean {
  const hyphen = (k: number) => /^[-\u2010\u2011]$/.test(text.slice(s.tokens[k - 1]!.to, s.tokens[k]!.from));
  let at = d.to;
  // "an hour-long meeting": the hyphened "long" makes the length one adjective.
  const long = at < s.tokens.length && LONG_WORDS.has(s.tokens[at]!.w) && hyphen(at);
  if (long) at++;
  const next = s.tokens[at];
  if (!next || /[^\s\u00a0]/.test(text.slice(s.tokens[at - 1]!.to, next.from))) return false;
  const oneWord = long || d.compound === true || (d.to - d.from === 2 && hyphen(d.from + 1));
  return oneWord && triggers.matchAt(s.tokens, at) < 0;
}

const LONG_WORDS = new Set(['long', 'lange', 'langes', 'langen', 'langer']);

/**
 * "Hanno parlato per un'ora", "they talked for an hour": a length on a verb of two people
 * talking is the call's when no one but its parties can be the two (no president or other
 * person in the sentence or the one before; the story's nearness is checked as for a call
 * word).
 */
function talkOfTheParties(scope: CheckScope, i: number, d: FoundDuration): [number, number] | undefined {
  const s = scope.sentences[i]!;
  const verb = attachedTrigger(scope.text, s, talkedVerbs(), d.from, d.to);
  if (!verb) return undefined;
  if (otherNames().any(s.tokens) || (i > 0 && otherNames().any(scope.sentences[i - 1]!.tokens))) return undefined;
  return verb;
}

/**
 * The sentence after sentence i when it can correct i's claim as the same voice's words:
 * none when it opens another speaker's turn (a presenter answering a guest).
 */
function ownNextSentence(scope: CheckScope, i: number): Sentence | undefined {
  const next = scope.sentences[i + 1];
  return next && !anotherSpeakerNext(scope.text, scope.sentences, i, scope.capitalised) ? next : undefined;
}

/**
 * "We described the call as lasting an hour. It lasted a little over five minutes.": the
 * next sentence gives the record's length, so the wrong one is reported to be corrected.
 */
function recordLengthNext(scope: CheckScope, i: number, p: Extract<Prepared, { check: CompiledDurationCheck }>): boolean {
  const next = ownNextSentence(scope, i);
  if (!next) return false;
  const { minMinutes, maxMinutes } = p.check;
  // The length is the call's: on a call word, or on a verb of lasting ("it lasted", "sie dauerte"), not "spoke to reporters for five minutes".
  return findDurations(next.tokens).some(
    (d) =>
      d.minutes >= minMinutes &&
      d.minutes <= maxMinutes &&
      (attachedTrigger(scope.text, next, p.triggers, d.from, d.to) !== undefined || lengthVerbs().any(next.tokens, 0, d.from)),
  );
}

/** "Some dated the call to 14 November. It took place on 14 October.": the next sentence gives the record's date. */
function recordDateNext(scope: CheckScope, i: number, check: CompiledDateCheck): boolean {
  const next = ownNextSentence(scope, i);
  if (!next) return false;
  const { year, month, day } = check.expected;
  return findDates(scope.text, next.tokens).some((d) =>
    check.compare === 'year' ? d.year === year : d.readings.some(([mo, dd]) => mo === month && dd === day),
  );
}

function runDuration(
  p: Extract<Prepared, { check: CompiledDurationCheck }>,
  scope: CheckScope,
  i: number,
  durations: readonly FoundDuration[],
): [number, number][] {
  const s = scope.sentences[i]!;
  const out: [number, number][] = [];
  if (meetings().any(s.tokens)) return out;
  const hour = durations.length === 0 ? labelledHour(scope.text, scope.sentences, i, lengthLabels()) : undefined;
  for (const d of hour ? [hour] : durations) {
    if (d.minutes >= p.check.minMinutes && d.minutes <= p.check.maxMinutes) continue;
    if (insideQuote(scope.text, s, s.tokens[d.from]!.from)) continue;
    let trigger = attachedTrigger(scope.text, s, p.triggers, d.from, d.to);
    // "Czas trwania: blisko godzina" in a box whose people are the call's parties.
    const labelled = labelledValue(scope.text, s, d.from, lengthLabels()) || valueUnderLabel(scope.sentences, i, lengthLabels());
    if (!trigger && labelled && boxOfTheCall(scope.text, scope.sentences, i)) {
      if (!recordLengthNext(scope, i, p)) out.push([d.from, d.to]);
      continue;
    }
    trigger ??= talkOfTheParties(scope, i, d);
    if (!trigger || antecedentIsAnotherCall(scope.text, scope.sentences, i, p.triggers, trigger)) continue;
    if (anotherOrFutureCall(scope.text, s, trigger, d.from, d.to) || phoneOfSomeoneElse(s, trigger)) continue;
    // "Witkoff met Putin in August. The conversation lasted three hours.": the meeting's talk.
    if (i > 0 && talkWords().matchAt(s.tokens, trigger[0]) > 0 && meetings().any(scope.sentences[i - 1]!.tokens)) continue;
    if (trigger[1] <= d.from && qualifiesNextNoun(scope.text, s, d, p.triggers)) continue;
    if (!storyNear(scope, i, parties())) continue;
    // Someone speaking to the press before the length: it is how long they spoke.
    if (pressWords().any(s.tokens, 0, d.from)) continue;
    if (recordLengthNext(scope, i, p)) continue;
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

/** Prepositions that tie a figure to its trigger across a comma ("..., à 600 000", "..., to 500,000"). */
const CAP_PREPOSITIONS = new Set(['to', 'at', 'a', 'auf', 'bei', 'do', 'до', 'на', 'en']);

/** Before a verb-final trigger, the preposition that fixes the figure: "auf 500.000 Soldaten begrenzt". */
const FIGURE_BEFORE = new Set(['auf']);
/** Furthest such a figure may stand before its trigger, in words ("auf 500.000 Soldaten begrenzt"). */
const NUMBER_REACH_BACK = 3;

/**
 * "An earlier version gave a cap of 400,000. The plan in fact set it at 600,000.": the next
 * sentence sets the record's figure against it with a word of correction, so the wrong one
 * is reported to be corrected. Without one ("the cap was later raised to 800,000") it is
 * the story going on.
 */
function recordNumberNext(p: Extract<Prepared, { check: CompiledNumberCheck }>, scope: CheckScope, i: number): boolean {
  const next = ownNextSentence(scope, i);
  if (!next || !hasCorrectionWord(next.tokens)) return false;
  for (let j = 0; j < next.tokens.length; j++) {
    const n = numberAt(next.tokens, j);
    if (n && p.check.accepted.includes(n.value)) return true;
  }
  return false;
}

function runNumber(p: Extract<Prepared, { check: CompiledNumberCheck }>, scope: CheckScope, i: number): [number, number][] {
  const { text } = scope;
  const s = scope.sentences[i]!;
  if (!p.subjects.any(s.tokens) || aboutAnotherCap(s) || recordNumberNext(p, scope, i)) return [];
  const wrong = (value: number) => value >= p.check.minValue && !p.check.accepted.includes(value);
  const out = [...limitVerbSpans(text, s, p.subjects, wrong), ...halvingSpans(text, s, p.subjects)];
  for (const [ts, te] of p.triggers.findAll(s.tokens)) {
    let found = false;
    for (let j = te; j < s.tokens.length && j <= te + NUMBER_REACH; j++) {
      const n = numberAt(s.tokens, j);
      if (!n) continue;
      // A figure set off by a comma describes something else ("limiter l'armée, qui compte
      // aujourd'hui 880 000 soldats, à 600 000"), unless a preposition ties it to the trigger.
      if (text.slice(s.tokens[te - 1]!.to, s.tokens[j]!.from).includes(',') && (j === 0 || !CAP_PREPOSITIONS.has(s.tokens[j - 1]!.w))) {
        j = n.to - 1;
        continue;
      }
      // Only the first figure is the one the trigger fixes; a small one is not about this.
      // A figure in quotation marks is someone else's (one site wrote «500 тисячами»).
      if (wrong(n.value) && !quotedWithin(text, s, n.from, n.to)) out.push([ts, n.to]);
      found = true;
      break;
    }
    if (found) continue;
    for (let j = ts - 1; j > 0 && j >= ts - NUMBER_REACH_BACK; j--) {
      if (!FIGURE_BEFORE.has(s.tokens[j - 1]!.w)) continue;
      const n = numberAt(s.tokens, j);
      if (n && n.to <= ts && wrong(n.value) && !quotedWithin(text, s, n.from, n.to)) out.push([j, te]);
      break;
    }
  }
  return out;
}
