/**
 * Relevance: should an ambiguous trigger ("Witkoff", "28-point", "Donetsk") count?
 *
 * The logic. Evidence is the set of distinct rule groups seen (a group is one
 * concept across languages, so "Witkoff" in five languages' rules counts once): strong anchors (non-ambiguous
 * mention rules such as "Witkoff–Ushakov call", "28-point peace plan"), ambiguous
 * mentions (weighted, e.g. a bare "Donetsk" weighs 0.5) and context terms (Ukraine,
 * Kremlin, Zelensky... never highlighted). Its score is
 *     3·min(strong, 2) + min(Σ ambiguous weights, 3) + min(context, 3)
 * and it "supports" the story only if it has a strong anchor or at least two
 * ambiguous rules' worth of weight within CLUSTER_REACH of each other — front-line
 * news from Donetsk has plenty of context (Ukraine, Russia, Kyiv) but only one story
 * word, so it never qualifies, and a Gaza article with "Witkoff" and "20-point plan"
 * has no conflict context. Ambiguous words far apart, or in two items of a many-story page
 * (two teasers are two stories however close they stand), are no support: a city page
 * whose admiral "Ushakov", council "plan of 28 points" and leaked "recording" of two
 * officials sit in three sections is about none of the story.
 *
 * An ambiguous hit (or a claim check) is kept when EITHER the local window around
 * it (±LOCAL_WINDOW normalised chars) supports the story with score ≥ threshold,
 * OR the whole page does with score ≥ threshold + PAGE_MARGIN (a page that is only
 * loosely about the story does not light up an unrelated sports box far away), OR
 * the caller says `pageRelevant: true`. Strong anchors are always kept.
 *
 * Incremental scans: the page-level evidence is a plain JSON `RelevanceState` the
 * caller keeps between scans (whole page first, then added subtrees); `analyze`
 * returns the merged state and never mutates its input. When a later scan makes
 * the page relevant for the first time (`becameRelevant`), earlier text may hold
 * ambiguous hits that were held back: the caller should rescan the page once.
 */

/** Distinct rule groups seen so far for one pack. */
export interface PackEvidence {
  strong: string[];
  /** Ambiguous rule group -> weight. */
  ambiguous: Record<string, number>;
  context: string[];
  /** Cue words that say what the text outside items is about, when any (cues.ts offStoryPlaces). */
  scope?: ScopeWords;
  /** Set when ambiguous words worth two rules stand within CLUSTER_REACH of each other (see above). */
  clustered?: true;
  /** Story people whose surname a namesake on the page bore, brought in by another given name (namesakes.ts). */
  namesakes?: string[];
  /** Story people the page named in full, with their own given name. */
  namedInFull?: string[];
}

/** Page-level evidence per pack id. Plain data: store it, copy it, compare it. */
export type RelevanceState = Record<string, PackEvidence>;

/** The settings' own enumeration (no zod in that module), so the two cannot drift. */
import type { Sensitivity } from '../settings/schema-constants';
import type { ScopeWords } from './cues';
export type { Sensitivity };

/** Minimum relevance score per sensitivity (see the formula above). */
export const SENSITIVITY_THRESHOLDS: Readonly<Record<Sensitivity, number>> = {
  strict: 6,
  balanced: 4,
  broad: 3,
};

/** Extra score the whole page needs when no nearby window qualifies. */
export const PAGE_MARGIN = 2;
/** Half-width of the local window, in normalised chars (about a paragraph). */
export const LOCAL_WINDOW = 600;
/** Widest stretch (normalised chars) whose ambiguous words support the story together; within a chunk's context (scan.ts). */
export const CLUSTER_REACH = 300;

export function emptyEvidence(): PackEvidence {
  return { strong: [], ambiguous: {}, context: [] };
}

export function relevanceScore(e: PackEvidence): { score: number; supports: boolean } {
  const ambiguousWeight = Object.values(e.ambiguous).reduce((a, b) => a + b, 0);
  const score = 3 * Math.min(e.strong.length, 2) + Math.min(ambiguousWeight, 3) + Math.min(e.context.length, 3);
  return { score, supports: e.strong.length > 0 || (ambiguousWeight >= 2 && e.clustered === true) };
}

export function isRelevant(e: PackEvidence, threshold: number): boolean {
  const { score, supports } = relevanceScore(e);
  return supports && score >= threshold;
}

export function mergeEvidence(a: PackEvidence, b: PackEvidence): PackEvidence {
  return {
    strong: [...new Set([...a.strong, ...b.strong])].sort(),
    ambiguous: { ...a.ambiguous, ...b.ambiguous },
    context: [...new Set([...a.context, ...b.context])].sort(),
    ...(a.scope || b.scope ? { scope: mergeScope(a.scope, b.scope) } : {}),
    ...(a.clustered || b.clustered ? { clustered: true as const } : {}),
    ...unionOf('namesakes', a, b),
    ...unionOf('namedInFull', a, b),
  };
}

function mergeScope(a: ScopeWords | undefined, b: ScopeWords | undefined): ScopeWords {
  const union = (x: string[] = [], y: string[] = []) => [...new Set([...x, ...y])].sort();
  return { for: union(a?.for, b?.for), against: union(a?.against, b?.against), event: union(a?.event, b?.event) };
}

/** The union of two lists of names, or nothing when neither has one (the evidence stays as small as before). */
function unionOf(key: 'namesakes' | 'namedInFull', a: PackEvidence, b: PackEvidence): Partial<PackEvidence> {
  const x = a[key];
  const y = b[key];
  if (!x && !y) return {};
  return { [key]: [...new Set([...(x ?? []), ...(y ?? [])])].sort() };
}

/**
 * Whether ambiguous matches (rule group, weight, start) sorted by start hold two rules'
 * worth of weight within CLUSTER_REACH. One pass with a sliding window: a page of
 * thousands of one surname costs one step per match.
 */
export function clusters(matches: readonly { group: string; weight: number; from: number }[]): boolean {
  // A group weighs the most any of its matches does; if all groups together cannot reach
  // two, no window can.
  const weightOf = new Map<string, number>();
  for (const m of matches) weightOf.set(m.group, Math.max(weightOf.get(m.group) ?? 0, m.weight));
  let total = 0;
  for (const w of weightOf.values()) total += w;
  if (total < 2) return false;
  const inWindow = new Map<string, number>();
  let sum = 0;
  let lo = 0;
  for (const m of matches) {
    while (m.from - matches[lo]!.from > CLUSTER_REACH) {
      const g = matches[lo]!.group;
      const left = inWindow.get(g)! - 1;
      inWindow.set(g, left);
      if (left === 0) sum -= weightOf.get(g)!;
      lo++;
    }
    const count = inWindow.get(m.group) ?? 0;
    inWindow.set(m.group, count + 1);
    if (count === 0) sum += weightOf.get(m.group)!;
    if (sum >= 2) return true;
  }
  return false;
}
