/**
 * Namesakes: other people who bear a surname of the story's people ("Eli Witkoff", a
 * guard who scored 28 points; "Никита Ушаков", a hockey forward).
 *
 * A surname match (rules-schema `surname`) is someone else's when a given name that is
 * not the story person's own stands right before it, capitalised as a name is. Once a
 * page has brought in such a namesake, a bare surname later on the page is that person
 * again ("Witkoff hit six threes"), unless the page named the story person in full
 * (with the person's own given name, "Steve Witkoff") before it.
 *
 * A headline or teaser names people by surname before the text under it brings them in
 * ("Witkoff pours in 28" above "Junior guard Eli Witkoff scored…"), so a bare surname is
 * the namesake's too when the namesake is brought in within NAMESAKE_LOOKAHEAD chars
 * after it and the story person is not named in full before that.
 *
 * Besides that short look ahead, only the text before a match decides. What earlier
 * chunks of a page showed comes in as `earlier` (carried in the page's relevance
 * evidence), and the look ahead stays inside the context a chunk is read with
 * (scan.ts CHUNK_CONTEXT), so a match is judged the same whichever chunk it is read in.
 *
 * Pure: offsets are into the normalised text; `written` gives the page's own text of a
 * span, where capitals survive.
 */
import type { Span } from './items';

export interface SurnameMatch extends Span {
  /** The story person the surname rule names (the rule's group). */
  person: string;
}

/** What a page showed of its surnames before a text: whose namesakes it brought in, whom it named in full. */
export interface SurnamesSeen {
  namesakes: ReadonlySet<string>;
  namedInFull: ReadonlySet<string>;
}

export interface Namesakes {
  /** Surname matches that are a namesake's. */
  spans: SurnameMatch[];
  /** Namesakes brought in by a given name, and the story people named in full, in this text. */
  introduced: SurnameMatch[];
  namedInFull: SurnameMatch[];
}

/** How far after a bare surname (normalised chars) a namesake brought in claims it; less than scan.ts CHUNK_CONTEXT. */
export const NAMESAKE_LOOKAHEAD = 500;

const SPACE_ONLY = /^[\s\u00a0]{1,2}$/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * `surnames` and `givenNames` are sorted by `from`; `givenNames` are matches of the
 * pack's given-name words (none of them the story people's own).
 */
export function findNamesakes(
  text: string,
  surnames: readonly SurnameMatch[],
  givenNames: readonly Span[],
  written: (from: number, to: number) => string,
  earlier: SurnamesSeen,
  /** Items of a many-story page: whether `at` lies in one, and whether two offsets lie in the same ones. */
  items: { inItem: (at: number) => boolean; sameItems: (a: number, b: number) => boolean } = NO_ITEMS,
): Namesakes {
  const out: Namesakes = { spans: [], introduced: [], namedInFull: [] };
  const bareOnes: SurnameMatch[] = [];
  let g = 0;
  for (const s of surnames) {
    if (!bare(text, s)) {
      out.namedInFull.push(s);
      continue;
    }
    while (g < givenNames.length && givenNames[g]!.to < s.from - 2) g++;
    let direct = false;
    for (let i = g; i < givenNames.length && givenNames[i]!.from < s.from; i++) {
      const name = givenNames[i]!;
      if (name.to <= s.from && SPACE_ONLY.test(text.slice(name.to, s.from)) && CAPITAL.test(written(name.from, name.to))) direct = true;
    }
    if (direct) out.introduced.push(s);
    else bareOnes.push(s);
  }
  // Per person, where the page first named them in full and where it brought namesakes in
  // (in text order), so a page of thousands of surnames is read in one pass.
  const firstFull = new Map<string, number>();
  for (const f of out.namedInFull) if (!firstFull.has(f.person)) firstFull.set(f.person, f.from);
  const introducedAt = new Map<string, number[]>();
  for (const n of out.introduced) {
    const list = introducedAt.get(n.person) ?? [];
    list.push(n.from);
    introducedAt.set(n.person, list);
  }
  const fullBefore = (person: string, at: number) => (firstFull.get(person) ?? Infinity) < at;
  for (const s of bareOnes) {
    const starts = introducedAt.get(s.person) ?? [];
    const next = firstAfter(starts, s.from);
    if (teaserOfNamesake(s, starts[next], out.namedInFull, items)) {
      out.spans.push(s);
      continue;
    }
    if (earlier.namedInFull.has(s.person) || fullBefore(s.person, s.from)) continue;
    const broughtIn = earlier.namesakes.has(s.person) || next > 0;
    const ahead = next < starts.length && starts[next]! - s.to <= NAMESAKE_LOOKAHEAD && !fullBefore(s.person, starts[next]!);
    if (broughtIn || ahead) out.spans.push(s);
  }
  out.spans.push(...out.introduced);
  out.spans.sort((a, b) => a.from - b.from);
  return out;
}

const NO_ITEMS = { inItem: () => false, sameItems: () => true };

/**
 * "Il sedicenne russo Ushakov vince l'Open" above "Artëm Ushakov, che gioca…" in a teaser of
 * a front page whose other items named Yuri Ushakov in full: inside one item, the namesake
 * brought in right after a bare surname claims it, unless the item itself named the story
 * person in full before the namesake.
 */
function teaserOfNamesake(
  s: SurnameMatch,
  namesakeAt: number | undefined,
  namedInFull: readonly SurnameMatch[],
  items: { inItem: (at: number) => boolean; sameItems: (a: number, b: number) => boolean },
): boolean {
  if (namesakeAt === undefined || namesakeAt - s.to > NAMESAKE_LOOKAHEAD) return false;
  if (!items.inItem(s.from) || !items.sameItems(s.from, namesakeAt)) return false;
  return !namedInFull.some((f) => f.person === s.person && f.from < namesakeAt && items.sameItems(f.from, s.from));
}

/** Index of the first of the sorted `starts` after `at` (starts.length when none is). */
function firstAfter(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A surname alone, without a given name of the rule's own before it ("Witkoff", not "Steve Witkoff"). */
function bare(text: string, s: Span): boolean {
  return !/\s/u.test(text.slice(s.from, s.to));
}
