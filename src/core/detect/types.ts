/**
 * The compiled, JSON-serialisable form of a story pack's detection data. compile.ts
 * produces it at build time; matcher.ts reads it at run time without further work
 * (claim checks are word lists, matched without building any expression). Nothing here imports zod.
 */
import type { SerializedAutomaton } from './automaton';
import type { CompiledCompose } from './compose';

export const COMPILED_FORMAT = 1;

export interface CompiledRule {
  id: string;
  /** Relevance evidence key (rules of one concept in several languages share it). */
  group: string;
  topic: string;
  /** The language the rule is written for (a reader can switch languages off; see rule-switches.ts). */
  lang?: string;
  role: 'mention' | 'context' | 'cue';
  ambiguous: boolean;
  /** Relevance weight (ambiguous rules only; 1 by default). */
  weight: number;
  /** Weight inside an item of a many-story page, when it differs (items.ts). */
  itemWeight?: number;
  factIds: string[];
  /** Set when the rule has a `near` condition. */
  nearWindow?: number;
  /** Set (false) when the span must not run to a distant partner (rules-schema `near.extend`). */
  nearExtend?: false;
  /** Set (false) when the partner may stand in another sentence. */
  nearSentence?: false;
  /** Set (true) when only words may stand between the phrase and its partner (rules-schema `near.tight`). */
  nearTight?: true;
  /** Set (true) when the partner must stand after the phrase (rules-schema `near.follows`). */
  nearFollows?: true;
  /** Set (true) when grammar must tie a role word to its principal partner (rules-schema `near.linked`). */
  nearLinked?: true;
  /** Letters allowed after a stem word ("ушаков*"), from the rule's language. */
  stemMax: number;
  /** Cue rules: index of their word class in CompiledPack.cueClasses, and whether they lean for it. */
  cueClass?: number;
  cueFor?: boolean;
  /** Set (true) on cue words that decide single sentences too (rules-schema `cue.sentences`). */
  cueSentence?: true;
  /** Rules judged by a cue class (rules-schema `judgedBy`): the class index and the window. */
  judgeClass?: number;
  judgeWindow?: number;
  /** Set (true) when a match its class leans for is strong evidence (rules-schema `judgedBy.carries`). */
  judgeCarries?: true;
  /** Names matched as pages misspell them (rules-schema `spellings`), folded (spellings.ts). */
  spellings?: string[];
  /** A definite reference (rules-schema `antecedent`): the topic it points back to. */
  antecedentTopic?: string;
  /** Set (true) on words for the call that another event's clause takes (rules-schema `eventNoun`). */
  eventNoun?: true;
  /** Set (true) on the story's own words: they also count for it in the scope class (rules-schema `ties`). */
  ties?: true;
  /** Set (true) on a name or role of one of the story's people (rules-schema `person`). */
  person?: true;
  /** Set (true) on a surname of one of the story's people (rules-schema `surname`, namesakes.ts). */
  surname?: true;
  /** Head words of a composed noun phrase (rules-schema `compose`, compose.ts). */
  compose?: CompiledCompose;
}

/** What a pattern id in the automaton stands for. */
export const PATTERN_PHRASE = 0;
export const PATTERN_NEAR = 1;
export const PATTERN_EXCLUDE = 2;
/** A word of a cue class (rules-schema `cue`): never a mention, only weighs for or against. */
export const PATTERN_CUE = 3;
/** Segment flags: last segment of its phrase; ends with a stem word; continues a phrase. */
export const SEG_LAST = 1;
export const SEG_STEM = 2;
export const SEG_CONT = 4;
/** Last segment of a phrase with an acronym in capitals: it matches only where the page has those capitals. */
export const SEG_CAPS = 8;
/** Last segment of a phrase that is also a verb (rules-schema `verbs`): it counts only as the noun. */
export const SEG_VERB = 16;
/** Last segment of a phrase that is also an adjective (rules-schema `adjectives`): it counts only standing as the noun. */
export const SEG_ADJ = 32;

/** How sure a flag is: the record contradicts the claim, or the words drift from it (a reworded quote, a framing). */
export type FlagStrength = 'wrong' | 'differs';

/** One phrase as normalised words; a word ending in "*" is a stem (checks-phrase.ts). */
export type WordList = string[];

/** What every flag carries, whichever check or detector raised it. */
export interface FlagOrigin {
  id: string;
  discrepancyId: string;
  topic: string;
  factIds: string[];
  strength: FlagStrength;
  /** Outlets the pack records as printing this error (stance wrong or differs). */
  sourceIds: string[];
}

export type CompiledSlot = { any: WordList[] } | { gap: number };

export interface CompiledSequenceCheck extends FlagOrigin {
  type: 'sequence';
  /** Word slots with bounded gaps, matched inside one sentence. */
  sequences: CompiledSlot[][];
  /** A match that contains one of these phrases is ignored. */
  unless: WordList[];
  /** Who the error says did the deed, and who else may have (rules-schema `agent`). */
  agent?: { who: WordList[]; others: WordList[] };
}

export interface CompiledDateCheck extends FlagOrigin {
  type: 'date';
  compare: 'year' | 'monthDay';
  expected: { year: number; month: number; day: number };
  /** Words for the call; the date must be attached to one of them. */
  triggers: WordList[];
  /** Words for the call's parties; one must be in the sentence or the three before it. */
  subjects: WordList[];
  /** Story dates of other events, "MM-DD": never a wrong day for the call. */
  ignore: string[];
}

export interface CompiledDurationCheck extends FlagOrigin {
  type: 'duration';
  triggers: WordList[];
  minMinutes: number;
  maxMinutes: number;
}

export interface CompiledNumberCheck extends FlagOrigin {
  type: 'number';
  triggers: WordList[];
  subjects: WordList[];
  accepted: number[];
  minValue: number;
}

export type CompiledCheck = CompiledSequenceCheck | CompiledDateCheck | CompiledDurationCheck | CompiledNumberCheck;

/**
 * A flag built from one outlet's own words (its excerpt in the pack): a page that
 * carries the same words, give or take `maxEdits` words, repeats what that outlet
 * printed. See checks-sources.ts for how they are chosen.
 */
export interface CompiledSourceDetector extends FlagOrigin {
  /** The excerpt's words (sourceIds: every outlet whose excerpt has these words). */
  words: string[];
  /** Per word: it carries the error (no correct text in the pack has it), so it must be there unchanged. */
  key: boolean[];
  maxEdits: number;
  /** The word the detector is looked up by (the longest key word). */
  anchor: string;
  /**
   * For a discrepancy about who did something: the one the record says did it, when the
   * excerpt does not name them ("Ushakov raised the idea"). A sentence that names them
   * first ("Ushakov's suggestion to arrange a call") tells it right.
   */
  rightAgent?: string;
}

/** When a story happened and became known (rules-schema `periodSchema`; detect/period.ts). */
export interface StoryPeriod {
  /** First day of the story's own events (YYYY-MM-DD). */
  events: string;
  /** First day the story was public (YYYY-MM-DD). */
  reported: string;
  /** Days of the month that are the story's key day as pages misprint it, in any month or year. */
  keyDays: readonly number[];
}

export interface CompiledPack {
  format: typeof COMPILED_FORMAT;
  packId: string;
  topics: string[];
  rules: CompiledRule[];
  automaton: SerializedAutomaton;
  /** For pattern id p: index of its rule in `rules`. */
  patternRule: number[];
  /** For pattern id p: PATTERN_PHRASE, PATTERN_NEAR or PATTERN_EXCLUDE. */
  patternKind: number[];
  /**
   * Stem phrases are cut into segments (see stems.ts) stored as consecutive pattern
   * ids, so segment k+1 of a phrase is pattern id + 1. For pattern id p: flags
   * SEG_CONT (not the first segment) | SEG_LAST | SEG_STEM | SEG_CAPS | SEG_VERB | SEG_ADJ.
   */
  patternFlags: number[];
  /** For the last pattern id of a phrase with acronyms in capitals (SEG_CAPS): the phrase as written. */
  patternCased?: Record<number, string>;
  checks: CompiledCheck[];
  /** Names of the cue classes (rules-schema `cue`), indexed by CompiledRule.cueClass. */
  cueClasses?: string[];
  /** The cue class that decides whether an item is about the story at all (`cue.scopes`). */
  scopeClass?: number;
  /** The cue class of other people's given names (rules-schema `cue.givenNames`), when the pack has one. */
  givenNameClass?: number;
  /** Flags anchored on outlets' own words (absent in packs compiled without discrepancies). */
  sourceDetectors?: CompiledSourceDetector[];
  /** When the story happened and became known (rules-schema `period`): pages dated before it are not about it. */
  period?: StoryPeriod;
}
