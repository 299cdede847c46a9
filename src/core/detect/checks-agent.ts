/**
 * Who does the deed of a claim whose words name no doer: "He then asked Ushakov whether a
 * call would help", "asked the Kremlin aide to set up a call". The claim is the check's
 * error only when its doer is the one the check's `agent.who` names (the envoy); when the
 * sentence gives the deed to someone else ("Putin asked Ushakov…", or "He" after a
 * sentence about Trump), it says nothing wrong.
 *
 * The doer is the nearest person before the match in its clause (past a few words such
 * as "then" or "also"); a pronoun there points back to a sentence's subject, in its own
 * sentence or the two before (see antecedent). A match with no person before it, or one
 * whose own words name the doer, keeps the check's reading.
 *
 * Pure: tokens of the scope's sentences only.
 */
import { AGENT_PRONOUNS, AGENT_SKIP_WORDS, OTHER_AGENT_PRONOUNS } from './checks-lexicon';
import { lazyPhrases, type PhraseSet } from './checks-phrase';
import type { Sentence } from './checks-text';

const pronouns = lazyPhrases(AGENT_PRONOUNS);
const otherPronouns = lazyPhrases(OTHER_AGENT_PRONOUNS);
const skipWords = lazyPhrases(AGENT_SKIP_WORDS);

/** Words between a doer and its deed at most ("He then also asked"). */
const AGENT_REACH = 3;
/** Longest person phrase, in words ("the special envoy"). */
const PERSON_WORDS = 4;
/** Sentences before the claim's in which a pronoun's antecedent may stand. */
const ANTECEDENT_SENTENCES = 2;

export interface Agent {
  who: PhraseSet;
  others: PhraseSet;
}

type Person = 'who' | 'other' | 'pronoun';

/** The person phrase ending right before token `end` (exclusive), and where it starts. */
function personEndingAt(agent: Agent, s: Sentence, end: number, withPronouns: boolean): [Person, number] | undefined {
  for (let start = end - 1; start >= 0 && start >= end - PERSON_WORDS; start--) {
    if (agent.who.matchAt(s.tokens, start) === end) return ['who', start];
    if (agent.others.matchAt(s.tokens, start) === end) return ['other', start];
    if (withPronouns && pronouns().matchAt(s.tokens, start) === end) return ['pronoun', start];
    if (withPronouns && otherPronouns().matchAt(s.tokens, start) === end) return ['other', start];
  }
  return undefined;
}

/**
 * The person a pronoun points back to: the first one named in its own sentence before it,
 * else in the sentences before, as a sentence's subject comes first ("Witkoff told Ushakov
 * … He then asked"). Words inside quotation marks are someone's speech, and a pair joined
 * by a dash ("the Witkoff–Ushakov recording") names a call, not a doer.
 */
function antecedent(agent: Agent, text: string, sentences: readonly Sentence[], i: number, before: number): 'who' | 'other' | undefined {
  for (let k = i; k >= 0 && k >= i - ANTECEDENT_SENTENCES; k--) {
    const s = sentences[k]!;
    const end = k === i ? before : s.tokens.length;
    let quoted = false;
    let at = s.from;
    for (let j = 0; j < end; j++) {
      for (; at < s.tokens[j]!.from; at++) if (text[at] === '"') quoted = !quoted;
      at = s.tokens[j]!.to;
      if (quoted) continue;
      const person = personStartingAt(agent, s, j, end);
      if (!person) continue;
      const [who, stop] = person;
      if (paired(text, s, j, stop)) {
        j = stop - 1;
        continue;
      }
      return who;
    }
  }
  return undefined;
}

/** The person phrase starting at token j and ending by `end`, and its end. */
function personStartingAt(agent: Agent, s: Sentence, j: number, end: number): ['who' | 'other', number] | undefined {
  const who = agent.who.matchAt(s.tokens, j);
  if (who > j && who <= end) return ['who', who];
  const other = agent.others.matchAt(s.tokens, j);
  if (other > j && other <= end) return ['other', other];
  return undefined;
}

/** A name joined to the next or the last word by a dash ("Witkoff–Ushakov", "Trump-Putin call"). */
function paired(text: string, s: Sentence, from: number, to: number): boolean {
  const dash = /^[-\u2010\u2011\u2013\u2014]$/;
  const before = from > 0 ? text.slice(s.tokens[from - 1]!.to, s.tokens[from]!.from) : '';
  const after = to < s.tokens.length ? text.slice(s.tokens[to - 1]!.to, s.tokens[to]!.from) : '';
  return dash.test(before) || dash.test(after);
}

/** True when sentence i gives the deed of the match at tokens [a, b) to someone other than `agent.who`. */
export function doneBySomeoneElse(agent: Agent, text: string, sentences: readonly Sentence[], i: number, a: number, b: number): boolean {
  const s = sentences[i]!;
  if (agent.who.any(s.tokens, a, b)) return false;
  let end = a;
  for (let skipped = 0; end > 0 && skipped <= AGENT_REACH; skipped++) {
    // A clause mark before the match ends the search: "…, asked Ushakov" has its doer further back.
    if (/[,;:()"]/.test(text.slice(s.tokens[end - 1]!.to, s.tokens[end]!.from))) return false;
    const found = personEndingAt(agent, s, end, true);
    if (found) {
      const [person, start] = found;
      if (person === 'pronoun') return antecedent(agent, text, sentences, i, start) === 'other';
      return person === 'other';
    }
    if (skipWords().matchAt(s.tokens, end - 1) !== end) return false;
    end--;
  }
  return false;
}
