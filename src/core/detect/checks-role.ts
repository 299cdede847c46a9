/**
 * A role that stands for a name: "the former president sent his envoy to Moscow" on a
 * page about Trump says what "former president Trump" says. A sequence check whose
 * sequence is [role, gap, name] also flags the role alone, but only when the name is
 * said in the sentence or the one either side, the story is named there too, and no
 * one else who could hold the role (the check's own exceptions: Biden, Poroshenko, a
 * year before 2025) is named within three sentences.
 */
import { ROLE_LINKS, ROLE_TIME_WORDS, ROLES_FOR_NAMES } from './checks-lexicon';
import { lazyPhrases, PhraseSet, phraseWords } from './checks-phrase';
import type { CheckScope } from './checks-run';
import type { CompiledSequenceCheck, CompiledSlot } from './types';

const standingRoles = lazyPhrases(ROLES_FOR_NAMES);
const roleLinks = new Set(ROLE_LINKS);
const adverbs = new Set(ROLE_TIME_WORDS);
let known: string[][] | undefined;

/** Sentences either side in which the name must be said. */
const NAME_REACH = 1;
/** Sentences either side in which no one else who could hold the role may be named. */
const OTHERS_REACH = 3;

export interface RoleForName {
  /** The names the role may stand for: the sequence's last slot. */
  names: PhraseSet;
  /** Anyone else who could hold the role, and years before 2025: not within OTHERS_REACH sentences. */
  others: PhraseSet;
  /** All the check's exceptions, time words too: not in the role's own sentence. */
  unless: PhraseSet;
}

/** True when a slot's phrase (its words, "*" for a stem) matches the role's words. */
function covers(phrase: readonly string[], role: readonly string[]): boolean {
  return phrase.length === role.length && phrase.every((w, k) => (w.endsWith('*') ? role[k]!.startsWith(w.slice(0, -1)) : role[k] === w));
}

/** The check's [role, gap, name] sequences whose roles all stand for a name (ROLES_FOR_NAMES), merged. */
export function roleForName(check: CompiledSequenceCheck): RoleForName | undefined {
  known ??= ROLES_FOR_NAMES.map(phraseWords);
  const names: string[][] = [];
  for (const seq of check.sequences) {
    const [role, gap, name] = seq as [CompiledSlot, CompiledSlot?, CompiledSlot?];
    if (seq.length !== 3 || !('any' in role) || !gap || !('gap' in gap) || !name || !('any' in name)) continue;
    if (role.any.some((words) => known!.some((r) => covers(words, r)))) names.push(...name.any);
  }
  if (names.length === 0) return undefined;
  // Time words ("then", "damals") qualify only the sentence they stand in; names and years reach further.
  const others = check.unless.filter((words) => !adverbs.has(words.join(' ')));
  return { names: new PhraseSet(names), others: new PhraseSet(others), unless: new PhraseSet(check.unless) };
}

/** Token spans of a role standing alone for its name in sentence i of the scope. */
export function rolesStandingForName(role: RoleForName, scope: CheckScope, i: number): [number, number][] {
  const { sentences, namesStory, capitalised } = scope;
  const s = sentences[i]!;
  const found = standingRoles().findAll(s.tokens);
  if (found.length === 0) return [];
  const near = (reach: number, test: (k: number) => boolean) => {
    for (let k = Math.max(0, i - reach); k <= i + reach && k < sentences.length; k++) if (test(k)) return true;
    return false;
  };
  if (!near(NAME_REACH, (k) => role.names.any(sentences[k]!.tokens)) || !near(NAME_REACH, namesStory)) return [];
  if (role.unless.any(s.tokens) || near(OTHERS_REACH, (k) => role.others.any(sentences[k]!.tokens))) return [];
  const out: [number, number][] = [];
  for (const [a, b] of found) {
    // "the former president of the Commission", "former president Trump" (the sequence's own match).
    const next = s.tokens[b];
    if (next && (roleLinks.has(next.w) || role.names.matchAt(s.tokens, b) > b)) continue;
    // A capital right after the role is most likely its holder's name ("der ehemalige Präsident Joachim Gauck").
    if (next && next.from - s.tokens[b - 1]!.to === 1 && capitalised?.(next.from)) continue;
    out.push([a, b]);
  }
  return out;
}
