/**
 * Is a date or a length in a sentence about this call? It is when it is attached to a
 * word for the call in its clause, and that word is this call, not another one.
 *
 * A reader attaches "on 16 October" to the nearest event: in "two days after the Witkoff
 * call, on 16 October, Trump phoned Putin" the date is the presidents' call's, and in
 * "since the invasion of February 2022, the call ..." it is the invasion's. So a claim is
 * the call's only when no other event, no time relation ("after", "since") and no call
 * held by someone else (the presidents, Witkoff with Putin) stands between them, and a
 * call word after the claim is close and in the same clause ("the 14 November call").
 */
import {
  AMBIGUOUS_CALL_WORDS,
  ANOTHER_OR_FUTURE_CALL,
  CALL_AS_REFERENCE,
  CALL_AS_TOPIC,
  CALL_LINKS,
  CALL_VERBS,
  EVENT_AFTER_DATE,
  HEADS_OF_STATE,
  INDEFINITE_ARTICLES,
  LATER_EVENT_WORDS,
  NAME_LINKS,
  OTHER_EVENT_WORDS,
  COMPLEMENTIZERS,
  OTHER_PEOPLE,
  OWNER_LINKS,
  PARTIES,
  PHONE_NOUNS,
  PARTY_ROLES,
  PATH_FREE_WORDS,
  PATH_WORDS,
  MONTH_PREPOSITIONS,
  PRESIDENTS,
  RECORDING_DATE_LINKS,
  RELATIVE_PRONOUNS,
  TIME_RELATIONS,
  YEAR_PREPOSITIONS,
} from './checks-lexicon';
import { lazyPhrases, type PhraseSet } from './checks-phrase';
import { opensQuotation, type Sentence } from './checks-text';
import { monthOf } from './checks-dates';

/** Longest word that may be the article between a time relation and its date ("dem", "del", "the"). */
const ARTICLE_LENGTH = 4;
/** Furthest a call word may stand before its date or length ("the conversation ... which took place on"), in words. */
const REACH_BEFORE = 14;
/** Furthest it may stand after ("the October 14 phone call", "десятиминутного разговора"). */
const REACH_AFTER = 3;
/** Words a sentence-opening date may stand before the call verb after its comma ("On 14 November, Witkoff phoned"). */
const OPENING_REACH = 4;
/** Words a verb of telling (or another event) may stand before the claim it holds ("told reporters on 14 November"). */
const TELLING_REACH = 4;

const headsOfState = new Set(HEADS_OF_STATE);
const callLinks = new Set(CALL_LINKS);
const nameLinks = new Set(NAME_LINKS);
const otherEvents = lazyPhrases(OTHER_EVENT_WORDS);
const laterEvents = lazyPhrases(LATER_EVENT_WORDS);
const presidents = lazyPhrases(PRESIDENTS);
const parties = lazyPhrases(PARTIES);
const otherPeople = lazyPhrases(OTHER_PEOPLE);
const ambiguousCallWords = lazyPhrases(AMBIGUOUS_CALL_WORDS);
const relativePronouns = lazyPhrases(RELATIVE_PRONOUNS);
const partyRoles = lazyPhrases(PARTY_ROLES);
const callVerbs = lazyPhrases(CALL_VERBS);
const timeRelations = lazyPhrases(TIME_RELATIONS);
const eventAfterDate = lazyPhrases(EVENT_AFTER_DATE);
const callAsReference = lazyPhrases(CALL_AS_REFERENCE);
const callAsTopic = lazyPhrases(CALL_AS_TOPIC);
const pathWords = lazyPhrases(PATH_WORDS);
const dateLinks = new Set(RECORDING_DATE_LINKS);
const complementizers = new Set(COMPLEMENTIZERS);
/** Prepositions that put an event at a time ("in November", "on 14 November", "am 14.", "il 14"). */
const timePrepositions = new Set([...MONTH_PREPOSITIONS, ...YEAR_PREPOSITIONS, 'on', 'am', 'le', 'el', 'il', 'op', 'tanggal']);

/**
 * Where the words after a call word may start naming another event: past a link to a
 * named holder right after it ("het gesprek met Witkoff", where the Dutch "met" is
 * "with", not the English verb), else at the call word's end.
 */
function linkAfterCall(s: Sentence, te: number): number {
  const next = s.tokens[te + 1];
  if (!next || !ownerLinks.has(s.tokens[te]!.w)) return te;
  return nameEndingAt(s, te + 1) || partyRoles().matchAt(s.tokens, te + 1) > te + 1 ? te + 1 : te;
}

/** Words a call word's own clause may run on before the comma of a relative clause about it ("eines Gesprächs veröffentlicht, das"). */
const RELATIVE_REACH = 2;

/**
 * Where a relative clause about the call word opens, shortly after it: the pronoun's
 * token after ", ", or -1. What the main clause goes on to say ("veröffentlicht") is its
 * own predicate; the clause's words after the pronoun are the call's.
 */
function relativeClauseAfter(text: string, s: Sentence, te: number, a: number): number {
  for (let j = te - 1; j < a - 1 && j < te + RELATIVE_REACH; j++) {
    if (!/^\s*,\s*$/.test(text.slice(s.tokens[j]!.to, s.tokens[j + 1]!.from))) continue;
    return relativePronouns().matchAt(s.tokens, j + 1) === j + 2 ? j + 1 : -1;
  }
  return -1;
}

/** Only the parties' names between a date and its call word: "the 14 November Witkoff–Ushakov call" is one noun phrase. */
function partiesOnly(s: Sentence, lo: number, hi: number): boolean {
  for (let j = lo; j < hi; j++) if (nameEndingAt(s, j) !== 'party' && !nameLinks.has(s.tokens[j]!.w)) return false;
  return true;
}

/**
 * "Im November wurde das Telefonat veröffentlicht", "In November the call leaked": a date
 * before the call word, outside its noun phrase, dates the clause's predicate, and when
 * that is another event (published, leaked, became known) the date is that event's.
 */
function predicateOfAnotherEvent(text: string, s: Sentence, te: number): boolean {
  for (let j = te; j < s.tokens.length; j++) {
    if (j > te && punctuated(text, s, j - 1)) return false;
    if (laterEvents().matchAt(s.tokens, j) > j) return true;
  }
  return false;
}

/** Furthest a verb of another event may stand before the call word it governs ("published the recording of the call"). */
const GOVERNING_REACH = 6;

/**
 * "Bloomberg published the recording of the call in November": the call word is the
 * object of another event's verb, and a date after it, joined only by a preposition of
 * time, dates that verb. Joined by a link of its own ("the call of 14 November", "der
 * Anruf vom 14.11.") it is the call's date, and a verb of the call itself between them
 * ("the call took place in November") makes it the call's too.
 */
function objectOfAnotherEvent(text: string, s: Sentence, ts: number, te: number, a: number): boolean {
  const before = a > te ? s.tokens[a - 1]!.w : '';
  if (!timePrepositions.has(before) || dateLinks.has(before)) return false;
  for (let j = te; j < a - 1; j++) {
    const w = s.tokens[j]!.w;
    // A link before a name is the owner's ("l'appel de Witkoff en novembre"), not the date's.
    if ((dateLinks.has(w) || ownerLinks.has(w)) && nameEndingAt(s, j + 1) !== undefined) continue;
    if (dateLinks.has(w) || !(callLinks.has(w) || ownerLinks.has(w) || nameLinks.has(w) || nameEndingAt(s, j))) return false;
  }
  // The verb stands before the call's noun phrase, not right against the call word ("the leaked call in November" is the call's).
  for (let j = ts - 2; j >= 0 && j >= ts - GOVERNING_REACH && !punctuated(text, s, j); j--) {
    const end = otherEvents().matchAt(s.tokens, j);
    if (end > j && end < ts) return true;
  }
  return false;
}

/** "After the call", "nach dem Telefonat", "po rozmowie": the call word is a reference point, not the event. */
function callIsReference(text: string, s: Sentence, ts: number): boolean {
  for (let j = ts - 1; j >= 0 && j >= ts - 3 && !punctuated(text, s, j); j--)
    if (callAsReference().matchAt(s.tokens, j) === j + 1) return true;
  return false;
}

/** "Trump spoke about the call for ten minutes": the call is what is told about, and a claim after it is the telling's. */
function callIsTopic(text: string, s: Sentence, ts: number): boolean {
  for (let j = ts - 1; j >= 0 && j >= ts - 4 && !punctuated(text, s, j); j--) {
    // The topic word ends at most two words (an article, a name) before the call word.
    const end = callAsTopic().matchAt(s.tokens, j);
    if (end > j && end <= ts && ts - end <= 2) return true;
  }
  return false;
}

/**
 * True when more than PATH_FREE_WORDS words between a call word and its claim are
 * neither link words nor the parties: "the call ... became public in November" says
 * something else about the call, and the date is that.
 */
function pathTooLong(s: Sentence, lo: number, hi: number, allowed: number): boolean {
  let free = 0;
  for (let j = lo; j < hi;) {
    const end = Math.max(pathWords().matchAt(s.tokens, j), parties().matchAt(s.tokens, j), partyRoles().matchAt(s.tokens, j));
    if (end > j) {
      j = end;
      continue;
    }
    if (nameEndingAt(s, j) !== 'party' && ++free > allowed) return true;
    j++;
  }
  return false;
}

/** Who the name ending at token j is: one of this call's parties, a president or someone else, or no name. */
function nameEndingAt(s: Sentence, j: number): 'party' | 'president' | 'other' | undefined {
  if (parties().matchAt(s.tokens, j) === j + 1) return 'party';
  if (otherPeople().matchAt(s.tokens, j) === j + 1) return 'other';
  if (presidents().matchAt(s.tokens, j) !== j + 1) return undefined;
  // "Trump's envoy", "Putin's aide", "помощник Путина" name a party, not a president.
  if (j + 1 < s.tokens.length && partyRoles().matchAt(s.tokens, j + 1) > 0) return 'party';
  if (j > 0 && partyRoles().matchAt(s.tokens, j - 1) === j) return 'party';
  return 'president';
}

/** Words that end a length ("deux heures et demie", "two and a half hours"): passed over on the way to a call's holders. */
/** Links after a call word that name who holds it ("of", "with", "du", "mit", "z"). */
const ownerLinks = new Set(OWNER_LINKS);
const lengthTails = new Set(['demie', 'demi', 'half', 'media', 'halb']);

/**
 * Where a call's holders may follow it: after a claim that stands right behind the call
 * word, with only link words between ("la conversation de deux heures entre les deux
 * présidents"), else right after the call word.
 */
function afterClaim(s: Sentence, te: number, [from, to]: readonly [number, number]): number {
  if (from < te || from - te > 2) return te;
  for (let j = te; j < from; j++) if (!callLinks.has(s.tokens[j]!.w)) return te;
  return to;
}

/** A comma or clause mark between tokens j and j + 1. */
function punctuated(text: string, s: Sentence, j: number): boolean {
  const between = text.slice(s.tokens[j]!.to, s.tokens[j + 1]!.from);
  return /[,;:()"]/.test(between);
}

/** Start of a verb of calling that ends at token j ("ont parlé", "spoke"), or -1. */
function verbOfCallingEndingAt(s: Sentence, j: number): number {
  for (let k = j; k >= 0 && k >= j - 2; k--) if (callVerbs().matchAt(s.tokens, k) === j + 1) return k;
  return -1;
}

/**
 * Who holds the call word in tokens[ts, te): the names right before it ("Witkoff's
 * call", "the Trump–Putin call", "Trump's phone call") and those linked after it ("the
 * call between Witkoff and Ushakov", "l'entretien de Witkoff avec Poutine"). A
 * president among them makes it another call; this call's parties alone make it this one.
 */
function holderOf(text: string, s: Sentence, ts: number, te: number, claim?: [number, number]): 'party' | 'president' | undefined {
  const found = new Set<string>();
  let skipped = 0;
  for (let j = ts - 1; j >= 0 && j >= ts - 4 && !punctuated(text, s, j); j--) {
    // "Ouchakov et Dmitriev ont parlé au téléphone": the verb of calling before the words for the phone is passed over to its subject.
    const verb = verbOfCallingEndingAt(s, j);
    if (verb >= 0) {
      j = verb;
      continue;
    }
    const who = nameEndingAt(s, j);
    if (who) found.add(who);
    else if (partyRoles().matchAt(s.tokens, j) === j + 1 || nameLinks.has(s.tokens[j]!.w)) continue;
    // One word may stand between a holder and the call ("Witkoff's leaked call").
    else if (found.size > 0 || ++skipped > 1) break;
  }
  const start = claim ? afterClaim(s, te, claim) : te;
  let owner = false;
  for (let j = start; j < s.tokens.length && j <= start + 6; j++) {
    if (j > te && punctuated(text, s, j - 1)) break;
    // The claim itself is not who holds the call ("la conversazione di una decina di minuti").
    if (claim && j >= claim[0] && j < claim[1]) break;
    const w = s.tokens[j]!.w;
    if (lengthTails.has(w)) continue;
    const who = nameEndingAt(s, j) ?? (partyRoles().matchAt(s.tokens, j) > j ? 'party' : undefined);
    if (who) found.add(who);
    else if (ownerLinks.has(w)) owner = true;
    else if (!callLinks.has(w) && !nameLinks.has(w) && partyRoles().matchAt(s.tokens, j) !== j + 1) {
      // "l'appel du pape", "im Gespräch mit der FAZ", "the call with reporters": someone
      // else holds it. A date, a figure or a word of the call's own kind says nothing.
      if (owner && found.size === 0 && !/^\d/.test(w) && monthOf(w) === 0 && pathWords().matchAt(s.tokens, j) < 0) found.add('other');
      break;
    }
  }
  if (found.has('president') || found.has('other')) return 'president';
  return found.has('party') ? 'party' : undefined;
}

/**
 * Both of this call's parties named in the sentence: "l'entretien avec Witkoff" is an
 * interview with one of them, "l'entretien de Witkoff avec Ouchakov" their conversation.
 */
export function bothParties(s: Sentence): boolean {
  const names = new Set(
    parties()
      .findAll(s.tokens)
      .map(([a]) => s.tokens[a]!.w.slice(0, 3)),
  );
  return names.size >= 2;
}

/**
 * True when the call word in tokens[ts, te) is a call between heads of state: "the
 * presidents' call", "звонок президентов", "the call between the two leaders".
 */
function headsOfStateCall(s: Sentence, ts: number, te: number, start = te): boolean {
  if (ts > 0 && headsOfState.has(s.tokens[ts - 1]!.w)) return true;
  for (let j = start; j < s.tokens.length && j <= start + 5; j++) {
    const w = s.tokens[j]!.w;
    if (headsOfState.has(w)) return true;
    if (!callLinks.has(w) && !nameLinks.has(w) && !lengthTails.has(w)) return false;
  }
  return false;
}

/**
 * True when the call word in tokens[ts, te), with its claim in tokens[from, to), is the
 * Trump–Putin call (or another one held by a president): a president holds it, or no
 * one does and both presidents are named around it with neither of this call's parties
 * before it.
 */
function anotherCall(text: string, s: Sentence, ts: number, te: number, from: number, to: number): boolean {
  const claim: [number, number] = [from, to];
  if (headsOfStateCall(s, ts, te, afterClaim(s, te, claim))) return true;
  if (partyWithSomeoneElse(s) && !bothParties(s)) return true;
  const holder = holderOf(text, s, ts, te, claim);
  if (holder) return holder === 'president';
  const lo = Math.max(0, Math.min(from, ts) - 6);
  const hi = Math.min(s.tokens.length, Math.max(to, te) + 5);
  const names = new Set<string>();
  for (const [a, e] of presidents().findAll(s.tokens, lo, hi))
    if (nameEndingAt(s, e - 1) === 'president') names.add(s.tokens[a]!.w.slice(0, 4));
  // Both presidents named and no party before the call word: "Trump and Putin held the
  // two-hour call that Witkoff had helped prepare" is theirs.
  if (names.size >= 2 && !parties().any(s.tokens, lo, ts)) return true;
  return presidentsOnly(s);
}

/**
 * "Ushakov and Dmitriev spoke …", "Ушаков и Дмитриев говорили …": one of this call's
 * parties joined to someone else (the second recording's Dmitriev, Kushner) holds a call
 * of their own.
 */
export function partyWithSomeoneElse(s: Sentence): boolean {
  for (let j = 1; j + 1 < s.tokens.length; j++) {
    if (!nameLinks.has(s.tokens[j]!.w)) continue;
    const left = nameEndingAt(s, j - 1);
    const right =
      otherPeople().matchAt(s.tokens, j + 1) > j + 1 ? 'other' : parties().matchAt(s.tokens, j + 1) > j + 1 ? 'party' : undefined;
    if ((left === 'party' && right === 'other') || (left === 'other' && right === 'party')) return true;
  }
  return callsSomeoneElse(s);
}

/** Who a name starting at token j is, as partyWithSomeoneElse reads it. */
function nameStartingAt(s: Sentence, j: number): 'party' | 'other' | undefined {
  if (j >= s.tokens.length) return undefined;
  return otherPeople().matchAt(s.tokens, j) > j ? 'other' : parties().matchAt(s.tokens, j) > j ? 'party' : undefined;
}

/** Longest word that may stand between a verb of calling and whom it calls ("llamó a", "zadzwonił do", "rang up"). */
const CALLEE_LINK_LENGTH = 3;

/**
 * "Ushakov llamó a Dmitriev", "Uszakow zadzwonił do Dmitrijewa": a verb of calling between
 * one of this call's parties and someone else.
 */
function callsSomeoneElse(s: Sentence): boolean {
  for (const [vs, ve] of callVerbs().findAll(s.tokens)) {
    if (vs === 0) continue;
    const left = nameEndingAt(s, vs - 1);
    let right = nameStartingAt(s, ve);
    if (!right && ve < s.tokens.length && s.tokens[ve]!.w.length <= CALLEE_LINK_LENGTH) right = nameStartingAt(s, ve + 1);
    if ((left === 'party' && right === 'other') || (left === 'other' && right === 'party')) return true;
  }
  return false;
}

/**
 * A sentence that names both presidents and neither of this call's parties, anywhere:
 * "Trump spoke to Putin, and the US president called the two-and-a-half-hour
 * conversation productive". Its call words are the presidents' call, however far from
 * the names they stand.
 */
function presidentsOnly(s: Sentence): boolean {
  const names = new Set<string>();
  for (let j = 0; j < s.tokens.length; j++) {
    const who = nameEndingAt(s, j);
    if (who === 'party') return false;
    if (who === 'president') names.add(s.tokens[j]!.w.slice(0, 4));
  }
  return names.size >= 2 && !partyRoles().any(s.tokens);
}

/**
 * A call word other than tokens[ts, te) that the sentence uses as a reference point
 * ("deux jours après l'appel Witkoff-Ouchakov, ... une conversation de deux heures"):
 * the sentence's event is then another call, unless this call's parties hold the word.
 */
function callIsOtherThanReference(
  text: string,
  s: Sentence,
  triggers: PhraseSet,
  ts: number,
  te: number,
  claim: [number, number],
): boolean {
  if (!triggers.findAll(s.tokens).some(([rs]) => rs !== ts && callIsReference(text, s, rs))) return false;
  return holderOf(text, s, ts, te, claim) !== 'party';
}

/** A call word or verb in tokens[lo, hi) that another call's holders hold ("Trump phoned Putin"). */
function anotherCallBetween(text: string, s: Sentence, triggers: PhraseSet, lo: number, hi: number): boolean {
  for (const set of [triggers, callVerbs()]) {
    for (const [ts, te] of set.findAll(s.tokens, lo, hi)) if (anotherCall(text, s, ts, te, ts, te)) return true;
  }
  return false;
}

function hasClauseBreak(text: string, from: number, to: number, comma: boolean): boolean {
  let end = to;
  // A bracket or quote right before the claim opens it ("the call (14/11)"): not a break.
  while (end > from && ' ("'.includes(text[end - 1]!)) end--;
  // "·", "|" and "•" part a page's furniture (a byline and its date), not words of one clause.
  for (let i = from; i < end; i++) if (';:()"·|•'.includes(text[i]!) || (comma && text[i] === ',')) return true;
  // Where commas part, so does a dash right after the claim: "Updated 2 December — The
  // call …" reads "2 december-the call" once normalised; the dash inside "Witkoff–Ushakov"
  // stands further on, and the one of "an hour-long call" makes one adjective.
  return comma && /^[-\u2013\u2014](?!(?:long|lange[nrs]?)\b)/.test(text.slice(from, end));
}

/**
 * A date that belongs to something else by its own words: after a time relation
 * ("since February 2022", "two days after 14 October", "seit Februar 2022") or before
 * an event noun ("the November 2024 election", "the February 2022 invasion").
 */
export function dateOfAnotherEvent(s: Sentence, from: number, to: number): boolean {
  for (let j = Math.max(0, from - 2); j < from; j++) {
    const end = timeRelations().matchAt(s.tokens, j);
    // Only an article may stand between ("after the 14th", "nach dem 14."): in "zadzwonił do Uszakowa 14.11." the
    // "do" governs the name, not the date.
    if (end > 0 && (end === from || (end === from - 1 && s.tokens[end]!.w.length <= ARTICLE_LENGTH && nameEndingAt(s, end) === undefined)))
      return true;
  }
  return to < s.tokens.length && eventAfterDate().matchAt(s.tokens, to) > 0;
}

/**
 * "Ushakov told reporters on 14 November that the call had been private": the claim is the
 * telling's, and the call word after it sits in the clause of what was told. A cleft ("it
 * was on 14 October that Witkoff called") has no event word before the claim and stays the call's.
 */
function claimOfTheTelling(s: Sentence, a: number, b: number, ts: number): boolean {
  let opens = false;
  for (let k = b; k < ts && !opens; k++) opens = complementizers.has(s.tokens[k]!.w);
  return opens && otherEvents().any(s.tokens, Math.max(0, a - TELLING_REACH), a);
}

/**
 * "On 14 November, Witkoff phoned Ushakov": a date that opens the sentence belongs to the
 * call verb of the clause it opens, if that verb comes at once.
 */
function openingDate(text: string, s: Sentence, a: number, b: number, ts: number): boolean {
  if (a > 1 || ts - b > OPENING_REACH || callVerbs().matchAt(s.tokens, ts) < 0) return false;
  const between = text.slice(s.tokens[b - 1]!.to, s.tokens[ts]!.from);
  // With or without its comma: Polish, Russian, Ukrainian and Italian write none ("14 ноября Уиткофф позвонил").
  return between.split(',').length <= 2 && !hasClauseBreak(text, s.tokens[b - 1]!.to, s.tokens[ts]!.from, false);
}

/**
 * The call word a claim in tokens[a, b) is attached to: the nearest one before it, or
 * one right after it in the same clause, with no other event, time relation, clause
 * break or other people's call in between, and not itself another call.
 */
export function attachedTrigger(text: string, s: Sentence, triggers: PhraseSet, a: number, b: number): [number, number] | undefined {
  const matches = triggers.findAll(s.tokens);
  // Only the nearest call word before the claim can hold it: a further one is another clause's.
  const before = matches.filter(([, te]) => te <= a && a - te <= REACH_BEFORE).pop();
  const after = matches.find(([ts]) => ts >= b && ts - b <= REACH_AFTER + OPENING_REACH);
  let best: [number, number] | undefined;
  let bestDistance = Infinity;
  for (const m of [before, after]) {
    if (!m) continue;
    const [ts, te] = m;
    const isBefore = te <= a;
    const relative = isBefore ? relativeClauseAfter(text, s, te, a) : -1;
    const [lo, hi] = isBefore ? [relative >= 0 ? relative + 1 : te, a] : [b, ts];
    if (otherEvents().any(s.tokens, isBefore && relative < 0 ? linkAfterCall(s, te) : lo, hi) || callIsReference(text, s, ts)) continue;
    if (isBefore && (objectOfAnotherEvent(text, s, ts, te, a) || callIsTopic(text, s, ts))) continue;
    if (!isBefore && !partiesOnly(s, b, ts) && predicateOfAnotherEvent(text, s, te)) continue;
    if (!isBefore && claimOfTheTelling(s, a, b, ts)) continue;
    // "spoke to reporters for 20 minutes about the call": the call is what the claim's event is about.
    if (!isBefore && callAsTopic().any(s.tokens, b, ts)) continue;
    // Before its call word a claim stands in the call's own noun phrase ("the 14 November call"): no free word between.
    if (pathTooLong(s, lo, hi, isBefore ? PATH_FREE_WORDS : 0)) continue;
    // Chars from the end of the first of the two to the start of the second. A call word
    // after the claim must share its clause, commas included, unless the claim opens the sentence.
    const comma = !isBefore && !openingDate(text, s, a, b, ts);
    if (!isBefore && !comma ? false : hasClauseBreak(text, s.tokens[lo - 1]!.to, s.tokens[hi]!.from, comma)) continue;
    if (!isBefore && comma && ts - b > REACH_AFTER) continue;
    if (anotherCall(text, s, ts, te, a, b) || anotherCallBetween(text, s, triggers, lo, hi)) continue;
    if (callIsOtherThanReference(text, s, triggers, ts, te, [a, b])) continue;
    if (ambiguousCallWords().matchAt(s.tokens, ts) > 0 && (holderOf(text, s, ts, te, [a, b]) !== 'party' || !bothParties(s))) continue;
    const distance = hi - lo;
    if (distance < bestDistance) {
      best = [ts, te];
      bestDistance = distance;
    }
  }
  return best;
}

/** Sentences back a call word with no holder may refer to ("The call lasted two hours"). */
const ANTECEDENT_REACH = 2;

/**
 * "Trump called Putin on 16 October. The call lasted two and a half hours.": a call word
 * that no one holds in its own sentence refers to the last call named before it. When
 * that is another call (the presidents', Ushakov's with Dmitriev), so is this one.
 */
export function antecedentIsAnotherCall(
  text: string,
  sentences: readonly Sentence[],
  i: number,
  triggers: PhraseSet,
  [ts, te]: readonly [number, number],
): boolean {
  const s = sentences[i]!;
  if (holderOf(text, s, ts, te) !== undefined) return false;
  // "En una charla de casi una hora, Witkoff sugiere …": a call introduced in an opening
  // phrase whose clause a party of this call goes on to hold points back to no earlier one.
  if (ts > 0 && indefinite.has(s.tokens[ts - 1]!.w) && partyOpensClauseAfter(text, s, te)) return false;
  // An earlier call word in the same sentence is the nearer antecedent ("Ushakov called
  // Dmitriev on 29 October; that conversation lasted ten minutes").
  for (let k = i; k >= 0 && k >= i - ANTECEDENT_REACH; k--) {
    const p = sentences[k]!;
    const end = k === i ? ts : p.tokens.length;
    const found = [...triggers.findAll(p.tokens, 0, end), ...callVerbs().findAll(p.tokens, 0, end)].sort((x, y) => x[0] - y[0]);
    const last = found[found.length - 1];
    if (last) return anotherCall(text, p, last[0], last[1], last[0], last[1]);
    // A quotation opened here speaks of its own call: the press review's next outlet, not the text before it.
    if (opensQuotation(text, p)) break;
  }
  return false;
}

const indefinite = new Set(INDEFINITE_ARTICLES);

/** Whether the first word after the comma that closes the phrase ending at token `te` starts a party's name or role. */
function partyOpensClauseAfter(text: string, s: Sentence, te: number): boolean {
  for (let j = te; j < s.tokens.length; j++) {
    if (!/,/.test(text.slice(s.tokens[j - 1]!.to, s.tokens[j]!.from))) continue;
    return parties().matchAt(s.tokens, j) > j || partyRoles().matchAt(s.tokens, j) > j;
  }
  return false;
}
const anotherOrFuture = lazyPhrases(ANOTHER_OR_FUTURE_CALL);
const phoneNouns = lazyPhrases(PHONE_NOUNS);

/**
 * "Erdogan and Putin spent an hour on the phone", "Los presidentes de Turquía y Rusia han
 * hablado por teléfono durante casi una hora": "on the phone" names no call of its own, it
 * says how the clause's subject spoke. When the sentence names no party of this call
 * before it, but a president, someone else or heads of state, the call is theirs.
 */
export function phoneOfSomeoneElse(s: Sentence, [ts, te]: readonly [number, number]): boolean {
  if (!phoneNouns().any(s.tokens, ts, te)) return false;
  if (parties().any(s.tokens, 0, ts) || partyRoles().any(s.tokens, 0, ts)) return false;
  for (let j = 0; j < ts; j++) if (headsOfState.has(s.tokens[j]!.w)) return true;
  return presidents().any(s.tokens, 0, ts) || otherPeople().any(s.tokens, 0, ts);
}

/**
 * "Witkoff will call Ushakov again in December", "the next call … is expected in
 * December", "планируют новый разговор в декабре": a call still to come, or another of the
 * same people, named in the claim's clause up to the claim or the call word.
 */
export function anotherOrFutureCall(text: string, s: Sentence, [ts, te]: readonly [number, number], from: number, to: number): boolean {
  let lo = Math.min(ts, from);
  while (lo > 0 && !punctuated(text, s, lo - 1)) lo--;
  return anotherOrFuture().any(s.tokens, lo, Math.max(te, to));
}
