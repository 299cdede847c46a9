/**
 * The runtime matcher the content script uses: CompiledPack(s) + user settings ->
 * scan(text) -> Hit[]. Small and dependency-free (no zod): it only walks the
 * precompiled automaton, applies boundaries, exclusions, proximity and relevance,
 * and runs the few precompiled check regexes.
 *
 * Cost per scan: one normalisation pass and one automaton pass over the text
 * (linear, independent of the phrase count), then work proportional to the number
 * of raw matches. Claim checks run only on the sentences around mentions, word by
 * word, without building any expression (checks-run.ts, checks-sources.ts).
 */
import type { Hit } from '../hit';
import { storyTime } from './period';
import { isWordChar, normalize, normalizePhrase, toOriginalSpan, type Normalized } from '../text/normalize';
import { buildAutomaton, decodeAutomaton, searchAutomaton, type Automaton } from './automaton';
import { itemAt, normalizedItems, normalizedNestedItems, type ItemSpan, type ItemSpans, type Span as ItemRange } from './items';
import {
  carried,
  crossesBreak,
  cuesAround,
  judged,
  leansAway,
  SENTENCE_REACH,
  offStoryPlaces,
  otherEventSentence,
  otherStoryBlock,
  blockAround,
  type CueMatch,
  SENTENCE_END,
} from './cues';
import { countIntroduced, resolveReferences } from './anaphora';
import { findSpellings, type SpellingTarget } from './spellings';
import { flagsNear, lineBreaks } from './checks-near';
import type { Breaks } from './checks-text';
import { capitalsFit } from './acronyms';
import { findNamesakes, type Namesakes, type SurnameMatch } from './namesakes';
import { modifiesNext, readsAsVerb } from './noun-context';
import { roleLinked } from './role-link';
import { composedSpan } from './compose';
import { anotherStorysEventNoun, otherEventNoun } from './other-event';
import { prepareChecks, type Flag, type PreparedChecks, type Span } from './checks-run';
import { indexDetectors } from './checks-sources';
import {
  clusters,
  emptyEvidence,
  isRelevant,
  LOCAL_WINDOW,
  mergeEvidence,
  PAGE_MARGIN,
  SENSITIVITY_THRESHOLDS,
  type PackEvidence,
  type RelevanceState,
  type Sensitivity,
} from './relevance';
import {
  PATTERN_CUE,
  PATTERN_NEAR,
  PATTERN_PHRASE,
  SEG_CAPS,
  SEG_CONT,
  SEG_LAST,
  SEG_STEM,
  SEG_ADJ,
  SEG_VERB,
  type CompiledPack,
  type CompiledRule,
  type CompiledSourceDetector,
} from './types';

export interface CustomPhrase {
  topic: string;
  phrase: string;
}

export interface MatcherOptions {
  /** Rule or check ids the user switched off. They still count as relevance evidence. */
  disabledRules?: readonly string[];
  sensitivity?: Sensitivity;
  /** Literal user phrases, mentions of `topic` where the page (or item) is about the story. */
  customPhrases?: readonly CustomPhrase[];
}

export interface ScanContext {
  /** Page-level evidence from earlier scans of the same page (see relevance.ts). */
  relevance?: RelevanceState;
  /**
   * Items of a page with many stories (items.ts), as flat [start, end, ...] offsets
   * into the scanned text: inside one, ambiguous words count only when the item
   * itself is about the story.
   */
  items?: ItemSpans;
  /** The caller already knows the page is about the story (e.g. the user said so). */
  pageRelevant?: boolean;
  /**
   * Offset in the text from which on it is read only as the context of what comes before
   * (a scan reads past the end of its chunk): its words are no evidence in the result.
   */
  evidenceEnd?: number;
  /**
   * Packs whose story the page was written before (period.ts, `Matcher.predated`): none
   * of their words is a mention, a flag or evidence on it.
   */
  predated?: readonly string[];
  /**
   * Only hits starting in [from, to) of the text are wanted (a scan reads context either
   * side of its chunk and keeps the hits of the chunk): the claim checks skip the stretches
   * whose flags would all start outside it. Hits elsewhere may then be missing.
   */
  wanted?: readonly [number, number];
}

export interface ScanResult {
  hits: Hit[];
  /** Evidence merged from ctx.relevance and this text; pass it to the next scan. */
  relevance: RelevanceState;
  /** True when the page as a whole (all evidence so far) is about a pack's story. */
  pageRelevant: boolean;
  /** True when this scan made the page relevant for the first time: rescan earlier text. */
  becameRelevant: boolean;
}

export interface Matcher {
  scan(text: string, ctx?: ScanContext): Hit[];
  analyze(text: string, ctx?: ScanContext): ScanResult;
  /** The packs whose story a whole page's text was written before (period.ts), and whether that is every pack. */
  predated(text: string): Predated;
  /** Custom phrases that were ignored, with the reason (shown in the options page). */
  readonly rejectedPhrases: readonly { phrase: CustomPhrase; reason: string }[];
}

export interface Predated {
  packs: readonly string[];
  all: boolean;
  /** Packs whose story the text shows itself written after (a date at or after it became known). */
  later: readonly string[];
}

/** Limits for user phrases: literal text, short, few. */
export const CUSTOM_PHRASE_LIMITS = { minLength: 2, maxLength: 80, maxCount: 50 } as const;

interface Candidate {
  rule: number;
  from: number;
  to: number;
  /** An ambiguous match its own words make sure of (cues.ts `carried`): strong evidence. */
  sure?: true;
  /** A match judged by a cue class that holds or precedes a head word of its topic ("28-point plan", not "28 points"). */
  headed?: true;
}

function atBoundary(text: string, from: number, to: number): boolean {
  const startOk = from === 0 || !isWordChar(text.charCodeAt(from)) || !isWordChar(text.charCodeAt(from - 1));
  const endOk = to >= text.length || !isWordChar(text.charCodeAt(to - 1)) || !isWordChar(text.charCodeAt(to));
  return startOk && endOk;
}

/** The first normalised char whose source starts at or after original offset `at` (the text's length if none). */
function firstFrom(n: Normalized, at: number): number {
  let lo = 0;
  let hi = n.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.map.startOf(mid) >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

/** Count letters from `from` onward, stopping after max + 1. */
function letterRun(text: string, from: number, max: number): number {
  let k = 0;
  while (k <= max && from + k < text.length && isWordChar(text.charCodeAt(from + k))) k++;
  return k;
}

const isSeparator = (code: number) => code === 0x20 || code === 0x2d;

/**
 * Raw automaton matches -> whole phrase matches. A literal phrase is one segment; a
 * stem phrase is several (stems.ts): each stem segment may be followed by up to
 * `stemMax` letters, then a separator and the next segment. AC reports matches in
 * order of their end, so a segment's predecessor is always recorded before it.
 */
function findPhraseMatches(
  pack: CompiledPack,
  automaton: Automaton,
  text: string,
  onPhrase: (patternId: number, from: number, to: number) => void,
): void {
  // Word start position -> partial phrases (next segment's pattern id, phrase start).
  const waiting = new Map<number, { next: number; from: number }[]>();
  searchAutomaton(automaton, text, (id, from, to) => {
    // Every segment starts at a word start.
    if (from > 0 && isWordChar(text.charCodeAt(from)) && isWordChar(text.charCodeAt(from - 1))) return;
    const flags = pack.patternFlags[id]!;
    let start = from;
    if (flags & SEG_CONT) {
      const partial = waiting.get(from)?.find((w) => w.next === id);
      if (!partial) return;
      start = partial.from;
    }
    let end = to;
    if (flags & SEG_STEM) {
      const max = pack.rules[pack.patternRule[id]!]!.stemMax;
      const run = letterRun(text, to, max);
      if (run > max) return;
      end = to + run;
    } else if (end < text.length && isWordChar(text.charCodeAt(end - 1)) && isWordChar(text.charCodeAt(end))) {
      return;
    }
    if (flags & SEG_LAST) {
      if (end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1))) return;
      onPhrase(id, start, end);
      return;
    }
    if (!isSeparator(text.charCodeAt(end))) return;
    const list = waiting.get(end + 1) ?? [];
    list.push({ next: id + 1, from: start });
    waiting.set(end + 1, list);
  });
}

/** What never stands inside one noun phrase (rules-schema `near.tight`); the normaliser folds every quote to " or '. */
const PUNCTUATION = /[,;:!?"()\u00ab\u00bb\u201c\u201d\u201e]/;

/** Longest phrase the rules schema allows, plus the letters a stem may add. */
const PHRASE_MAX = 130;
/** Widest gap, in chars, over which a proximity pair is joined into one mark ("Witkoff, the envoy, told Ushakov"). */
const NEAR_JOIN_MAX_GAP = 40;

/** Index of the first candidate (sorted by `to`) whose `to` is at least `at`. */
function firstEndingAtOrAfter(list: readonly Candidate[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.to < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cueOf(pack: CompiledPack, c: Candidate): CueMatch {
  const rule = pack.rules[c.rule]!;
  return {
    cls: rule.cueClass!,
    isFor: rule.cueFor === true,
    from: c.from,
    to: c.to,
    ...(rule.cueSentence ? { sentence: true, event: true } : {}),
  };
}

const topicOfGroup = new WeakMap<CompiledPack, Map<string, string>>();
/** The topics that evidence from earlier text of the page (earlier chunks) mentions. */
function topicsIn(pack: CompiledPack, evidence: PackEvidence | undefined): Set<string> {
  if (!evidence) return new Set();
  let groups = topicOfGroup.get(pack);
  if (!groups) {
    // Groups of the mentions a reference can point back to (not references themselves).
    groups = new Map(pack.rules.filter((r) => r.role === 'mention' && r.antecedentTopic === undefined).map((r) => [r.group, r.topic]));
    topicOfGroup.set(pack, groups);
  }
  const topics = new Set<string>();
  for (const g of [...evidence.strong, ...Object.keys(evidence.ambiguous)]) {
    const topic = groups.get(g);
    if (topic !== undefined) topics.add(topic);
  }
  return topics;
}

const targetsOf = new WeakMap<CompiledPack, SpellingTarget[]>();
/** The names a pack's spelling rules match as pages misspell them, gathered once per pack. */
function spellingTargets(pack: CompiledPack): SpellingTarget[] {
  let targets = targetsOf.get(pack);
  if (!targets) {
    targets = pack.rules.flatMap((r, rule) => (r.spellings ?? []).map((folded) => ({ rule, folded })));
    targetsOf.set(pack, targets);
  }
  return targets;
}

/** A head word of a composed rule of `topic` (plan, Entwurf, план): what a count of points is a count of. */
const isHead = (rule: CompiledRule, topic: string) => rule.compose !== undefined && rule.topic === topic;

function composed(text: string, head: Candidate, rule: CompiledRule): Candidate | undefined {
  const span = composedSpan(text, head.from, head.to, rule.compose!, rule.stemMax);
  return span && { ...head, ...span };
}

/** Phrase matches -> rule candidates after exclusions, proximity and cue classes; and the cue words found. */
function findCandidates(
  pack: CompiledPack,
  automaton: Automaton,
  text: string,
  isBreak: (i: number) => boolean,
  sameItems: (a: number, b: number) => boolean,
  inItem: (at: number) => boolean,
  pageText: (from: number, to: number) => string,
  earlier: PackEvidence,
): { candidates: Candidate[]; cues: CueMatch[]; namesakes: Namesakes } {
  const phrases: Candidate[] = [];
  const cues: CueMatch[] = [];
  const pairedCues: Candidate[] = [];
  const near = new Map<number, Candidate[]>();
  // Hard negatives apply to every rule: "Admiral Ushakov" is not the aide in any language.
  const excluded: Candidate[] = [];
  findPhraseMatches(pack, automaton, text, (id, from, to) => {
    const flags = pack.patternFlags[id]!;
    if (flags & SEG_CAPS && !capitalsFit(pack.patternCased?.[id] ?? '', pageText(from, to))) return;
    // "Critics call it", "readers can call us": the verb, not the event.
    if (flags & SEG_VERB && readsAsVerb(text, from, to, pack.rules[pack.patternRule[id]!]!.lang)) return;
    // "The American side", "the Russian army": the adjective of another noun, not a person.
    if (flags & SEG_ADJ && modifiesNext(text, to, pack.rules[pack.patternRule[id]!]!.lang)) return;
    const c = { rule: pack.patternRule[id]!, from, to };
    const kind = pack.patternKind[id];
    if (kind === PATTERN_PHRASE) phrases.push(c);
    else if (kind === PATTERN_CUE) {
      // A cue with partners ("meeting" beside "Moscow") counts only where one is in reach.
      if (pack.rules[c.rule]!.nearWindow === undefined) cues.push(cueOf(pack, c));
      else pairedCues.push(c);
    } else if (kind === PATTERN_NEAR) {
      const list = near.get(c.rule) ?? [];
      list.push(c);
      near.set(c.rule, list);
    } else excluded.push(c);
  });
  // A misspelling is a word no rule reads as written: "Witkoff" itself is the name rules' own.
  const written = phrases.slice();
  findSpellings(text, spellingTargets(pack), (rule, from, to) => {
    if (!written.some((p) => p.from < to && from < p.to)) phrases.push({ rule, from, to });
  });
  // The story's own words ("man of peace") tie their passage to it as a word for it in the
  // class that decides items does.
  if (pack.scopeClass !== undefined) {
    for (const c of phrases) if (pack.rules[c.rule]!.ties) cues.push({ cls: pack.scopeClass, isFor: true, from: c.from, to: c.to });
  }
  // Another person's given name before a surname makes it a namesake's ("Eli Witkoff"):
  // neither a mention nor a partner of any rule, like a hard negative.
  const namesakes = namesakesOf(pack, text, phrases, cues, pageText, earlier, { inItem, sameItems });
  excluded.push(...namesakes.spans.map((s) => ({ rule: -1, from: s.from, to: s.to })));
  // Nor does a namesake lean any judgement for the story: the forward "Uszakow" of a hockey
  // report says nothing for the plan in "Sanok z 28 punktami".
  if (namesakes.spans.length > 0) {
    const kept = cues.filter((q) => !q.isFor || !namesakes.spans.some((x) => overlaps(x, q)));
    cues.length = 0;
    cues.push(...kept);
  }
  for (const list of near.values()) list.sort((a, b) => a.to - b.to);
  /** The closest partner phrase of a proximity rule's match within its window, and the gap to it. */
  const partnerOf = (c: Candidate, rule: CompiledRule): { best?: Candidate; bestGap: number } => {
    const window = rule.nearWindow!;
    let best: Candidate | undefined;
    let bestGap = Infinity;
    // Partners are sorted by their end: bisect to the first that can be in reach, so a
    // long page with thousands of partners stays linear.
    const partners = near.get(c.rule) ?? [];
    for (let i = firstEndingAtOrAfter(partners, c.from - window); i < partners.length; i++) {
      const n = partners[i]!;
      // Phrases are at most PHRASE_MAX chars long, so past this no partner starts in reach.
      if (n.to > c.to + window + PHRASE_MAX) break;
      const gap = Math.max(0, n.from - c.to, c.from - n.to);
      // A partner inside a hard negative ("Admiral Ushakov") ties nothing.
      if (gap > window || gap >= bestGap || overlaps(n, c) || excluded.some((x) => overlaps(x, n))) continue;
      const between = text.slice(Math.min(c.to, n.to), Math.max(c.from, n.from));
      // A proximity pair must sit in one sentence: "Witkoff. The ... Ushakov" is two.
      if (rule.nearSentence !== false && SENTENCE_END.test(between)) continue;
      if (rule.nearTight === true && PUNCTUATION.test(between)) continue;
      if (rule.nearFollows === true && n.from < c.to) continue;
      if (rule.nearLinked === true) {
        const [gapFrom, gapTo] = [Math.min(c.to, n.to), Math.max(c.from, n.from)];
        const written = gapTo > gapFrom ? pageText(gapFrom, gapTo) : '';
        if (!roleLinked(between, written, text.slice(n.from, n.to), c.from < n.from, rule.lang)) continue;
      }
      // A sentence never runs from one item into the next: two teasers of a "more news" box
      // are two stories, though no full stop stands between their headlines.
      if (rule.nearSentence !== false && !sameItems(c.from, n.from)) continue;
      if (rule.nearSentence !== false && crossesBreak(text, Math.min(c.to, n.to), Math.max(c.from, n.from), isBreak)) continue;
      best = n;
      bestGap = gap;
    }
    return best ? { best, bestGap } : { bestGap };
  };
  for (const c of pairedCues) {
    if (!excluded.some((x) => overlaps(x, c)) && partnerOf(c, pack.rules[c.rule]!).best) cues.push({ ...cueOf(pack, c), event: true });
  }
  cues.sort((a, b) => a.from - b.from);
  const out: Candidate[] = [];
  for (const head of phrases) {
    const rule = pack.rules[head.rule]!;
    // A head word of a composed rule stands only inside its noun phrase, which the mark covers.
    const c = rule.compose ? composed(text, head, rule) : head;
    if (!c || excluded.some((x) => overlaps(x, c))) continue;
    // Words of the class are read in the match's own item: the teaser under it is another story.
    const own =
      rule.judgeClass === undefined
        ? cues
        : cuesAround(cues, c.from, c.to, rule.judgeWindow! + SENTENCE_REACH).filter((q) => sameItems(q.from, c.from));
    if (rule.judgeClass !== undefined && !judged(text, own, rule.judgeClass, rule.judgeWindow!, c, isBreak)) continue;
    if (rule.judgeCarries && carried(text, own, rule.judgeClass!, rule.judgeWindow!, c, isBreak)) c.sure = true;
    // The head word may be the match's own last word or the next one ("28-пунктовий план").
    if (
      rule.judgeClass !== undefined &&
      phrases.some((p) => p.from >= c.from && p.from <= c.to + 1 && isHead(pack.rules[p.rule]!, rule.topic))
    )
      c.headed = true;
    const window = rule.nearWindow;
    if (window === undefined) {
      out.push(c);
      continue;
    }
    // Proximity rule: extend the span to the closest partner phrase within the window.
    const { best, bestGap } = partnerOf(c, rule);
    if (!best) continue;
    // The partner only ties the phrase to the story; the mark stays on the phrase. So it
    // does when the partner is in another block (rules that read neighbouring sentences):
    // one mark cannot run across two paragraphs. A pair joins into one mark only when the
    // two stand close ("Witkoff and Ushakov", "Witkoff told Ushakov"): farther apart, one
    // mark would light up the whole clause between them.
    if (
      rule.nearExtend === false ||
      bestGap > NEAR_JOIN_MAX_GAP ||
      crossesBreak(text, Math.min(c.to, best.to), Math.max(c.from, best.from), isBreak)
    )
      out.push(c);
    else out.push({ ...c, from: Math.min(c.from, best.from), to: Math.max(c.to, best.to) });
  }
  return { candidates: out.sort((a, b) => a.from - b.from || b.to - a.to), cues, namesakes };
}

function namesakesOf(
  pack: CompiledPack,
  text: string,
  phrases: readonly Candidate[],
  cues: readonly CueMatch[],
  pageText: (from: number, to: number) => string,
  earlier: PackEvidence,
  items: { inItem: (at: number) => boolean; sameItems: (a: number, b: number) => boolean },
): Namesakes {
  const cls = pack.givenNameClass;
  const givenNames = cls === undefined ? [] : cues.filter((c) => c.cls === cls).sort((a, b) => a.from - b.from);
  const surnames: SurnameMatch[] = phrases
    .filter((p) => pack.rules[p.rule]!.surname)
    .map((p) => ({ from: p.from, to: p.to, person: pack.rules[p.rule]!.group }))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const seen = { namesakes: new Set(earlier.namesakes), namedInFull: new Set(earlier.namedInFull) };
  return findNamesakes(text, surnames, givenNames, pageText, seen, items);
}

/**
 * Evidence of a stretch of text. `partOf` says which item of a many-story page a place is
 * in (-1 outside every item): ambiguous words in two different items never support each
 * other, since the end of one teaser and the start of the next are two stories however
 * close they stand.
 */
function evidenceOf(
  pack: CompiledPack,
  candidates: readonly Candidate[],
  inItem = false,
  partOf: (at: number) => number = () => -1,
): PackEvidence {
  const e = emptyEvidence();
  const strong = new Set<string>();
  const context = new Set<string>();
  const weightOf = (rule: CompiledRule) => (inItem ? (rule.itemWeight ?? rule.weight) : rule.weight);
  const ambiguous: Candidate[] = [];
  for (const c of candidates) {
    const rule = pack.rules[c.rule]!;
    if (rule.role === 'context') context.add(rule.group);
    else if (!rule.ambiguous || c.sure) strong.add(rule.group);
    else {
      e.ambiguous[rule.group] = weightOf(rule);
      ambiguous.push(c);
    }
  }
  e.strong = [...strong].sort();
  e.context = [...context].sort();
  // Where they stand matters only when ambiguous words are all the support there is.
  if (strong.size === 0 && Object.values(e.ambiguous).reduce((a, b) => a + b, 0) >= 2) {
    const parts = new Map<number, { group: string; weight: number; from: number }[]>();
    for (const c of ambiguous) {
      const rule = pack.rules[c.rule]!;
      if (weightOf(rule) <= 0) continue;
      const part = partOf(c.from);
      let list = parts.get(part);
      if (list === undefined) parts.set(part, (list = []));
      list.push({ group: rule.group, weight: weightOf(rule), from: c.from });
    }
    for (const list of parts.values()) if (clusters(list.sort((a, b) => a.from - b.from))) e.clustered = true;
  }
  return e;
}

/**
 * The candidates left once words for the call given to another event (`other`, per
 * candidate) are taken out. In an item that names none of the story's people, the words
 * for a call or a recording after the item's first one speak of the same event: when that
 * first one is another event ("a leaked recording of the mayor"), so is "the ten-minute
 * recording" two sentences on. And when any of them is another story's (`anotherStory`: a
 * wiretap of an official and a contractor), so is every one in the item, its headline's
 * "Leaked recording" too; a word for the presidents' call in passing is no such sign.
 */
function followFirstEvent(
  pack: CompiledPack,
  candidates: readonly Candidate[],
  items: readonly ItemSpan[],
  other: readonly boolean[],
  anotherStory: (c: Candidate) => boolean,
): Candidate[] {
  const itemOf = candidates.map((c) => itemAt(items, c.from));
  const named = new Set<number>();
  candidates.forEach((c, k) => {
    const rule = pack.rules[c.rule]!;
    if (rule.person || (rule.role === 'mention' && !rule.ambiguous)) named.add(itemOf[k]!);
  });
  // Per item: whether its first word for the call is another event's, and whether any is
  // another story's (a programme's, a mayor's).
  const firstIsOther = new Map<number, boolean>();
  const ofAnotherStory = new Set<number>();
  candidates.forEach((c, k) => {
    const item = itemOf[k]!;
    if (!pack.rules[c.rule]!.eventNoun || item < 0) return;
    if (!firstIsOther.has(item)) firstIsOther.set(item, other[k]!);
    if (other[k] && anotherStory(c)) ofAnotherStory.add(item);
  });
  return candidates.filter((c, k) => {
    const rule = pack.rules[c.rule]!;
    if (!rule.eventNoun) return true;
    if (other[k]) return false;
    const item = itemOf[k]!;
    return !(item >= 0 && (firstIsOther.get(item) === true || ofAnotherStory.has(item)) && !named.has(item) && rule.ambiguous);
  });
}

/** Candidates within ±LOCAL_WINDOW of a span (candidates are sorted by start). */
function localEvidence(pack: CompiledPack, candidates: readonly Candidate[], span: Span, items: readonly ItemSpan[]): PackEvidence {
  const lo = span.from - LOCAL_WINDOW;
  const hi = span.to + LOCAL_WINDOW;
  // Bisect to the first candidate that could be in range; spans are short, so
  // starting LOCAL_WINDOW earlier than needed is enough.
  let a = 0;
  let b = candidates.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (candidates[mid]!.from < lo - LOCAL_WINDOW) a = mid + 1;
    else b = mid;
  }
  const inWindow: Candidate[] = [];
  for (let i = a; i < candidates.length && candidates[i]!.from <= hi; i++) {
    const c = candidates[i]!;
    if (c.to >= lo) inWindow.push(c);
  }
  return evidenceOf(pack, inWindow, false, (at) => itemAt(items, at));
}

/** Leftmost-longest: drop mention spans that overlap an earlier kept one. */
function selectNonOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const sorted = [...candidates].sort((a, b) => a.from - b.from || b.to - a.to);
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.from < last.to) continue;
    out.push(c);
  }
  return out;
}

interface PreparedPack {
  pack: CompiledPack;
  automaton: Automaton;
  checks: PreparedChecks;
  sources: Map<string, CompiledSourceDetector[]>;
}

function toHit(
  n: Normalized,
  span: Span,
  kind: Hit['kind'],
  packId: string,
  rule: Pick<CompiledRule, 'id' | 'topic' | 'factIds'>,
  flag?: Flag,
): Hit {
  const hit: Hit = {
    ...toOriginalSpan(n, span.from, span.to),
    kind,
    ruleId: rule.id,
    topic: rule.topic,
    packId,
    factIds: [...rule.factIds],
  };
  if (flag) {
    hit.discrepancyId = flag.discrepancyId;
    hit.strength = flag.strength;
    hit.sourceIds = [...flag.sourceIds];
    if (flag.claim) hit.claimed = flag.claim;
  }
  return hit;
}

function prepareCustom(
  packs: readonly CompiledPack[],
  phrases: readonly CustomPhrase[],
): {
  automaton: Automaton;
  entries: { phrase: CustomPhrase; packId: string; index: number }[];
  rejected: { phrase: CustomPhrase; reason: string }[];
} {
  const entries: { phrase: CustomPhrase; packId: string; index: number }[] = [];
  const rejected: { phrase: CustomPhrase; reason: string }[] = [];
  const texts: string[] = [];
  phrases.forEach((p, index) => {
    const raw = p.phrase.trim();
    const norm = normalizePhrase(raw);
    const pack = packs.find((k) => k.topics.includes(p.topic));
    let reason: string | undefined;
    if (index >= CUSTOM_PHRASE_LIMITS.maxCount) reason = `at most ${CUSTOM_PHRASE_LIMITS.maxCount} phrases`;
    else if (raw.length > CUSTOM_PHRASE_LIMITS.maxLength) reason = `longer than ${CUSTOM_PHRASE_LIMITS.maxLength} characters`;
    else if (norm.length < CUSTOM_PHRASE_LIMITS.minLength) reason = `shorter than ${CUSTOM_PHRASE_LIMITS.minLength} characters`;
    else if (!pack) reason = `unknown topic ${p.topic}`;
    if (reason !== undefined || !pack) {
      rejected.push({ phrase: p, reason: reason ?? 'unknown topic' });
      return;
    }
    texts.push(norm);
    entries.push({ phrase: p, packId: pack.packId, index });
  });
  return { automaton: decodeAutomaton(buildAutomaton(texts)), entries, rejected };
}

export function createMatcher(compiled: CompiledPack | readonly CompiledPack[], options: MatcherOptions = {}): Matcher {
  const packs: readonly CompiledPack[] = Array.isArray(compiled) ? compiled : [compiled as CompiledPack];
  const disabled = new Set(options.disabledRules ?? []);
  const threshold = SENSITIVITY_THRESHOLDS[options.sensitivity ?? 'balanced'];
  const prepared: PreparedPack[] = packs.map((pack) => ({
    pack,
    automaton: decodeAutomaton(pack.automaton),
    checks: prepareChecks(pack.checks.filter((c) => !disabled.has(c.id))),
    sources: indexDetectors((pack.sourceDetectors ?? []).filter((d) => !disabled.has(d.id))),
  }));
  const custom = prepareCustom(packs, options.customPhrases ?? []);

  function scanPack(
    p: PreparedPack,
    original: string,
    n: Normalized,
    ctx: ScanContext,
    items: readonly ItemSpan[],
    nested: readonly ItemRange[],
    hits: Hit[],
  ): { evidence: PackEvidence; relevant: boolean; wasRelevant: boolean; passes: (span: Span) => boolean } {
    const { pack } = p;
    // A space stands for a line or block break when the whitespace it folds holds a "\n":
    // found once per call (lineBreaks), for the scope's paragraph walks and the claim checks.
    let breaks: Breaks | undefined;
    const lineBreaksOfText = () => (breaks ??= lineBreaks(original, n.text, n.map));
    const isBreak = (i: number) => lineBreaksOfText().has(i);
    const before = ctx.relevance?.[pack.packId] ?? emptyEvidence();
    const found = findCandidates(
      pack,
      p.automaton,
      n.text,
      isBreak,
      (a, b) => nested.every((s) => (a >= s.from && a < s.to) === (b >= s.from && b < s.to)),
      (at) => nested.some((s) => at >= s.from && at < s.to),
      (from, to) => {
        const { start, end } = toOriginalSpan(n, from, to);
        return original.slice(start, end);
      },
      before,
    );
    // Items (or a page) about another meeting of the same people hold nothing of the story.
    // Both men of the call (or both roles) named together: a proximity rule that needs no context.
    const outright = found.candidates.filter((c) => {
      const rule = pack.rules[c.rule]!;
      return rule.role === 'mention' && !rule.ambiguous && rule.nearWindow !== undefined;
    });
    const named = (s: ItemRange) => outright.some((c) => c.from >= s.from && c.from < s.to);
    const war = found.candidates.filter((c) => pack.rules[c.rule]!.role === 'context');
    const ofTheWar = (s: ItemRange) => war.some((c) => c.from >= s.from && c.from < s.to);
    const offStory =
      pack.scopeClass === undefined
        ? undefined
        : offStoryPlaces(n.text, found.cues, pack.scopeClass, items, nested, named, before.scope, ofTheWar);
    const inOffStoryPlace = (c: Candidate) =>
      offStory !== undefined &&
      ((offStory.rest && itemAt(items, c.from) < 0) || offStory.items.some((s) => c.from >= s.from && c.from < s.to));
    // So are sentences about it: an ambiguous word there is not the story's, even on a page about it.
    const scopeClass = pack.scopeClass;
    // And paragraphs about another story of the same people (Witkoff in Cairo on Gaza, a
    // segment of a programme, a section of a newsletter) that tell nothing of the call or
    // the plan and nothing of the war (Ukraine, the Kremlin), only name the people: items
    // may not wrap them.
    const standing = found.candidates.filter((c) => {
      const rule = pack.rules[c.rule]!;
      // A count judged by its words ("the plan in 20 points") tells of the plan only where
      // words of its class carry it: in a paragraph on Gaza it is the Gaza plan.
      const counted = rule.judgeClass !== undefined && !c.sure;
      return rule.role === 'context' || (rule.role === 'mention' && (!rule.ambiguous || (!rule.person && !counted)));
    });
    const inOtherStoryBlock = (c: Candidate) => {
      if (scopeClass === undefined) return false;
      const block = blockAround(n.text, c, isBreak);
      return !standing.some((s) => s.from >= block.from && s.from < block.to) && otherStoryBlock(n.text, found.cues, scopeClass, block);
    };
    const inScope =
      scopeClass === undefined
        ? found.candidates
        : found.candidates.filter(
            (c) =>
              !inOffStoryPlace(c) &&
              !(pack.rules[c.rule]!.ambiguous && (otherEventSentence(n.text, found.cues, scopeClass, c, isBreak) || inOtherStoryBlock(c))),
          );
    // A word for the call that its sentence gives to another event (the Trump–Putin call,
    // the next call) is neither a mark nor evidence; claim checks still read around it.
    const events = followFirstEvent(
      pack,
      inScope,
      items,
      inScope.map((c) => pack.rules[c.rule]!.eventNoun === true && otherEventNoun(n.text, c, isBreak)),
      (c) => anotherStorysEventNoun(n.text, c, isBreak),
    );
    // "The document", "the American": only where the text named what they point back to,
    // and not in a sentence about another story ("the Gaza plan's document").
    const deferred: Candidate[] = [];
    const candidates = resolveReferences(
      pack.rules,
      n.text,
      events,
      items,
      (c) => scopeClass !== undefined && leansAway(n.text, found.cues, scopeClass, c, isBreak),
      topicsIn(pack, ctx.relevance?.[pack.packId]),
      (from, to) => crossesBreak(n.text, from, to, isBreak),
      deferred,
    );
    const end = ctx.evidenceEnd;
    const own = evidenceOf(pack, end === undefined ? candidates : candidates.filter((c) => n.map.startOf(c.from) < end), false, (at) =>
      itemAt(items, at),
    );
    const persons = (list: readonly SurnameMatch[]) => [
      ...new Set(list.filter((m) => end === undefined || n.map.startOf(m.from) < end).map((m) => m.person)),
    ];
    const broughtIn = persons(found.namesakes.introduced);
    const namedInFull = persons(found.namesakes.namedInFull);
    if (broughtIn.length > 0) own.namesakes = broughtIn.sort();
    if (namedInFull.length > 0) own.namedInFull = namedInFull.sort();
    const seenScope = offStory?.restWords;
    if (seenScope && seenScope.for.length + seenScope.against.length + seenScope.event.length > 0) own.scope = seenScope;
    const evidence = mergeEvidence(before, own);
    const wasRelevant = isRelevant(before, threshold + PAGE_MARGIN);
    const relevant = isRelevant(evidence, threshold + PAGE_MARGIN);
    const pageOk = ctx.pageRelevant === true || relevant;
    // Inside an item of a many-story page, the item's own evidence decides (items.ts).
    // Per item: [about the story on its own, leans to the story (enough when the page is about it)].
    const ownVerdicts = new Map<number, [boolean, boolean]>();
    const ownVerdict = (i: number) => {
      let verdict = ownVerdicts.get(i);
      if (verdict === undefined) {
        const item = items[i]!;
        // Inside an item, words that count only in context weigh what their rule says
        // (itemWeight): "the recording" beside "Ushakov" makes an entry about the call.
        const own = evidenceOf(
          pack,
          candidates.filter((c) => c.from >= item.from && c.to <= item.to),
          true,
        );
        // A bare count its class only lets stand ("28 points" with no word against it) is
        // no lean of its own: a teaser "a 28-point comeback" under an article about the plan
        // is a sports story. Words of the class for it (`sure`) or a plan word in it
        // (`headed`: "the 28-point plan") make it one.
        const leaning = (c: Candidate) => pack.rules[c.rule]!.judgeClass === undefined || c.sure || c.headed;
        const lean = evidenceOf(
          pack,
          candidates.filter((c) => c.from >= item.from && c.to <= item.to && leaning(c)),
          true,
        );
        verdict = [isRelevant(own, threshold), lean.strong.length > 0 || Object.values(lean.ambiguous).some((w) => w >= 1)];
        ownVerdicts.set(i, verdict);
      }
      return verdict;
    };
    // On a page about the story, an item that leans to it (one story word that weighs in
    // an item, or a strong one) is in: a short Q&A answer or a timeline entry has no room
    // for context words. Items about another event are gone already (cues.ts); a "28
    // points" score is judged by its own words, and "Donetsk" never weighs.
    const itemRelevant = (i: number) => ownVerdict(i)[0] || (pageOk && ownVerdict(i)[1]);
    const passes = (span: Span) => {
      const item = itemAt(items, span.from);
      if (item >= 0) return itemRelevant(item);
      return pageOk || isRelevant(localEvidence(pack, candidates, span, items), threshold);
    };

    // A flag in an item without story words of its own (a Q&A answer, an explainer's list
    // entry on the plan's points) stands when the page is about the story and the text
    // around it is too, and the item is not about another event.
    const flagInStoryItem = (span: Span) =>
      pageOk &&
      itemAt(items, span.from) >= 0 &&
      !offStory?.items.some((o) => span.from >= o.from && span.from < o.to) &&
      isRelevant(localEvidence(pack, candidates, span, items), threshold);

    const mentions = candidates.filter((c) => {
      const rule = pack.rules[c.rule]!;
      if (rule.role !== 'mention' || disabled.has(rule.id)) return false;
      return !rule.ambiguous || passes(c);
    });
    // A reference in an item that named nothing itself ("Putin calls the plan a basis" in a
    // timeline entry after the one that named it) points back across items where its own
    // item is about the story; in an item about anything else it is left alone. Within it,
    // the innermost item has the last word: a group of teasers holds one about the story
    // beside one about a council's plan, and there "the proposal" is the council's: a count
    // of its own ("12-point") that no story word covers, before the reference, keeps it there.
    const innermost = (at: number) => {
      let inner: ItemRange | undefined;
      for (const s of nested) if (at >= s.from && at < s.to && (!inner || s.to - s.from < inner.to - inner.from)) inner = s;
      return inner;
    };
    for (const c of deferred) {
      const rule = pack.rules[c.rule]!;
      if (rule.role !== 'mention' || disabled.has(rule.id) || !itemRelevant(itemAt(items, c.from))) continue;
      const inner = innermost(c.from);
      if (!inner || !countIntroduced(n.text, inner.from, c.from, (at) => candidates.some((o) => o.from <= at && at < o.to)))
        mentions.push(c);
    }
    for (const c of selectNonOverlapping(mentions)) hits.push(toHit(n, c, 'mention', pack.packId, pack.rules[c.rule]!));

    const mentionSpans = inScope.filter((c) => pack.rules[c.rule]!.role === 'mention');
    if (mentionSpans.length > 0 && (p.checks.size > 0 || p.sources.size > 0)) {
      const flags = flagsNear({
        text: n.text,
        wanted: ctx.wanted && { from: firstFrom(n, ctx.wanted[0]), to: firstFrom(n, ctx.wanted[1]) },
        mentions: mentionSpans,
        breaks: lineBreaksOfText(),
        checks: p.checks,
        sources: p.sources,
        capitalised: (at) => {
          const c = original[n.map.startOf(at)] ?? '';
          return c !== c.toLowerCase();
        },
        // A flag is kept only where `passes` holds: outside items and off a page about the
        // story, that needs story words within LOCAL_WINDOW of it, all of which lie within
        // LOCAL_WINDOW of its window (and evidence only grows with the span).
        mayKeep: (w) => pageOk || items.length > 0 || isRelevant(localEvidence(pack, candidates, w, items), threshold),
      });
      for (const f of flags) {
        if (passes(f) || flagInStoryItem(f))
          hits.push(toHit(n, f, 'discrepancy', pack.packId, { id: f.id, topic: f.topic, factIds: f.factIds }, f));
      }
    }
    return { evidence, relevant, wasRelevant, passes };
  }

  function analyze(text: string, ctx: ScanContext = {}): ScanResult {
    const n = normalize(text);
    const hits: Hit[] = [];
    const relevance: RelevanceState = { ...(ctx.relevance ?? {}) };
    let pageRelevant = false;
    let becameRelevant = false;
    const items = normalizedItems(ctx.items, n);
    const nested = normalizedNestedItems(ctx.items, n);
    const storyPlace = new Map<string, (span: Span) => boolean>();
    for (const p of prepared) {
      if (ctx.predated?.includes(p.pack.packId)) continue;
      const r = scanPack(p, text, n, ctx, items, nested, hits);
      storyPlace.set(p.pack.packId, r.passes);
      relevance[p.pack.packId] = r.evidence;
      pageRelevant ||= r.relevant;
      becameRelevant ||= r.relevant && !r.wasRelevant;
    }
    if (custom.entries.length > 0) {
      searchAutomaton(custom.automaton, n.text, (id, from, to) => {
        if (!atBoundary(n.text, from, to)) return;
        const e = custom.entries[id]!;
        // A reader's phrase weighs like the pack's ambiguous words: never on its own, only
        // on a page (or in an item) about the story, so "the" or "the call" stays quiet elsewhere.
        if (!storyPlace.get(e.packId)?.({ from, to })) return;
        const rule = { id: `custom-${e.index}`, topic: e.phrase.topic, factIds: [] };
        hits.push(toHit(n, { from, to }, 'mention', e.packId, rule));
      });
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return { hits, relevance, pageRelevant, becameRelevant };
  }

  function predated(text: string): Predated {
    const times = packs.map((pack) => (pack.period ? storyTime(pack.period, text) : undefined));
    const ids = packs.flatMap((pack, k) => (times[k] === 'before' ? [pack.packId] : []));
    const later = packs.flatMap((pack, k) => (times[k] === 'after' ? [pack.packId] : []));
    return { packs: ids, all: ids.length === packs.length, later };
  }

  return {
    analyze,
    predated,
    scan: (text, ctx) => analyze(text, ctx).hits,
    rejectedPhrases: custom.rejected,
    // The normaliser's expressions, then scans of the samples, so the engine's own
    // code (claim checks included: they build no expressions) has run before the
    // first real, larger scan.
  };
}
