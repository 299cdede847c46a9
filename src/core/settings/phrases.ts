/**
 * Custom phrases are literal text a reader adds to a topic. They go to the matcher as
 * plain strings, never as regular expressions, so no phrase can make a page hang, and
 * every character means itself: "deal?" finds "deal?", "plan|deal" finds "plan|deal".
 */
import { LIMITS } from './limits';

export type PhraseProblem = 'empty' | 'too-short' | 'too-long' | 'no-letters' | 'control-characters' | 'extra-spaces';

// Control characters and bidirectional overrides would let a phrase look like one thing and match another.
const CONTROL = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What the options page stores for the text a reader typed: single spaces, no outer spaces. */
export function normalisePhrase(input: string): string {
  return input.replace(/\s+/g, ' ').trim();
}

export function phraseProblem(phrase: string): PhraseProblem | undefined {
  if (phrase.trim().length === 0) return 'empty';
  if (CONTROL.test(phrase)) return 'control-characters';
  if (phrase !== normalisePhrase(phrase)) return 'extra-spaces';
  if ([...phrase].length < LIMITS.phraseMinLength) return 'too-short';
  if ([...phrase].length > LIMITS.phraseMaxLength) return 'too-long';
  if (!LETTER_OR_DIGIT.test(phrase)) return 'no-letters';
  return undefined;
}

/** Phrases compare case-insensitively, as the matcher does, to spot duplicates. */
export function phraseKey(topic: string, text: string): string {
  return `${topic}\u0000${text.toLocaleLowerCase()}`;
}
