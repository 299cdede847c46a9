/**
 * The compiled, JSON-serialisable form of a story pack's detection data. compile.ts
 * produces it at build time; matcher.ts reads it at run time without further work
 * (apart from `new RegExp` on a handful of check sources). Nothing here imports zod.
 */
import type { SerializedAutomaton } from './automaton';

export const COMPILED_FORMAT = 1;

export interface CompiledRule {
  id: string;
  /** Relevance evidence key (rules of one concept in several languages share it). */
  group: string;
  topic: string;
  role: 'mention' | 'context';
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
  /** Letters allowed after a stem word ("ушаков*"), from the rule's language. */
  stemMax: number;
}

/** What a pattern id in the automaton stands for. */
export const PATTERN_PHRASE = 0;
export const PATTERN_NEAR = 1;
export const PATTERN_EXCLUDE = 2;
/** Segment flags: last segment of its phrase; ends with a stem word; continues a phrase. */
export const SEG_LAST = 1;
export const SEG_STEM = 2;
export const SEG_CONT = 4;

interface CompiledCheckBase {
  id: string;
  discrepancyId: string;
  topic: string;
  factIds: string[];
  /**
   * Cheap expressions (no flags) that must all match a text for the check to find
   * anything in it: the first word of each slot, the unit of a duration, a digit of a
   * date. Most windows around mentions fail one, and then the check's large Unicode
   * expressions never run there.
   */
  requires: string[];
}

export interface CompiledSequenceCheck extends CompiledCheckBase {
  type: 'sequence';
  /** Regex sources (flags "gu"), bounded and backtracking-safe by construction. */
  sources: string[];
  /** Normalised phrases; a match whose text contains one is ignored. */
  unless: string[];
}

export interface CompiledDateCheck extends CompiledCheckBase {
  type: 'date';
  compare: 'year' | 'monthDay';
  expected: { year: number; month: number; day: number };
  /** Date expressions; see checks-compile.ts for the capture groups. */
  dateSources: { source: string; order: 'mdy' | 'dmy' | 'numeric' | 'dotted' | 'my' }[];
  months: Record<string, number>;
  triggerSource: string;
  subjectSource: string;
  window: number;
  ignore: string[];
}

export interface CompiledDurationCheck extends CompiledCheckBase {
  type: 'duration';
  /** Each source has capture group 1 = the duration expression. */
  sources: string[];
  hourSource: string;
  halfSource: string;
  minMinutes: number;
  maxMinutes: number;
}

export type CompiledCheck = CompiledSequenceCheck | CompiledDateCheck | CompiledDurationCheck;

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
   * SEG_CONT (not the first segment) | SEG_LAST | SEG_STEM.
   */
  patternFlags: number[];
  checks: CompiledCheck[];
}
