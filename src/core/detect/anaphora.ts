/**
 * Definite references: words that name the story only by pointing back at it ("the
 * document", "the American", "his envoy", "этот план"). A reader resolves them against
 * what the text said just before: "the document" is the plan where the plan was named a
 * few sentences earlier, "the American" is the envoy where the envoy was. A match of a
 * rule with an `antecedent` (rules-schema) therefore stands only after a mention of the
 * rule's topic: earlier in the same item of a many-story page, or anywhere earlier on a
 * page without items, which includes text read in earlier chunks of the same page
 * (`seen`). A reference that stands is an antecedent for the next one of its topic.
 *
 * A person's reference that its sentence seems to give to another story ("the American
 * urged Putin to praise the Gaza deal") is the call's still where the paragraph told of
 * the call just before it: what was said on the call is reported in the words of the
 * other story. A paragraph break, or a mention further back, leaves it to that story.
 *
 * Pure: offsets are into the normalised text, items come from items.ts.
 */
import { itemAt, type Span } from './items';

export interface Reference {
  rule: number;
  from: number;
  to: number;
}

export interface AntecedentRule {
  topic: string;
  role: string;
  antecedentTopic?: string;
  person?: boolean;
}

/** How far back in its paragraph a mention of the topic keeps a person's reference its sentence seems to give away. */
export const TOLD_REACH = 400;

/** A number right after the word ("a plan of 12 points", "план из 12 пунктов"): it introduces a thing of its own. */
const NUMBER_AFTER = /^ (?:\p{L}{1,4} )?\d/u;
/** A number-word right before it ("a 10-point plan", "10-punktowy plan"): the same. */
const NUMBER_BEFORE = /\d[\p{L}-]* $/u;

/** Separators of a bar of links ("Home · About the project · Contact"). */
const LINK_BAR = /[·|•]/u;
/** Most words of one link of such a bar: a reference needs a clause around it, a link has none. */
const LINK_WORDS = 3;
/** Farther than this from the match on either side, the segment is no link. */
const LINK_CHARS = 40;

/**
 * Whether the match at [from, to) is one link of a bar of links ("… · О проекте", "O
 * projekcie | Kontakt"): there "the project" is the site, not the plan. The link is the
 * stretch between a separator and the next separator or line break (`lineBreak(i)`: the
 * space at i stands for one, as the normalised text keeps no newline).
 */
export function inLinkBar(text: string, from: number, to: number, lineBreak: (i: number) => boolean): boolean {
  const edge = (at: number): 'bar' | 'line' | undefined => {
    if (at < 0 || at >= text.length) return 'line';
    if (LINK_BAR.test(text[at]!)) return 'bar';
    return text[at] === ' ' && lineBreak(at) ? 'line' : undefined;
  };
  let start = from;
  while (!edge(start - 1) && from - start < LINK_CHARS) start--;
  let end = to;
  while (!edge(end) && end - to < LINK_CHARS) end++;
  const [before, after] = [edge(start - 1), edge(end)];
  if (!before || !after || (before !== 'bar' && after !== 'bar')) return false;
  return text.slice(start, end).trim().split(/\s+/u).length <= LINK_WORDS;
}

/** A number joined to a word ("12-point", "10-punktowy"), not a date's or a fraction's. */
const COUNT_COMPOUND = /(?<![\d/.,])\d+-\p{L}{3}/gu;

/**
 * Whether text[from, to) introduces a counted thing of its own ("Council unveils 12-point
 * plan"), one that no story word covers (`covered(at)`): a reference after it in the same
 * item points there, as one with its own number (`numberOwned`) points nowhere.
 */
export function countIntroduced(text: string, from: number, to: number, covered: (at: number) => boolean): boolean {
  for (const m of text.slice(from, to).matchAll(COUNT_COMPOUND)) if (!covered(from + m.index)) return true;
  return false;
}

/** Whether the match at [from, to) brings its own number, so it points back at nothing. */
export function numberOwned(text: string, from: number, to: number): boolean {
  return NUMBER_AFTER.test(text.slice(to, to + 10)) || NUMBER_BEFORE.test(text.slice(Math.max(0, from - 24), from));
}

/**
 * The candidates (sorted by start) without the references that have no antecedent.
 * `elsewhere(c)`: the reference's own sentence gives it to another story (the Gaza
 * plan, another call): it is dropped and is no antecedent, unless it stands for a person
 * and a mention of its topic stands within TOLD_REACH before it with no paragraph break
 * between them (`broken(from, to)`: a break lies in text[from, to)).
 *
 * A reference inside an item whose topic was named only outside it (in an earlier entry
 * of a timeline, the lead of a live blog) goes to `deferred`, when given: whether it
 * stands depends on whether its item is about the story, which the caller decides after.
 */
export function resolveReferences<C extends Reference>(
  rules: readonly AntecedentRule[],
  text: string,
  candidates: readonly C[],
  items: readonly Span[],
  elsewhere: (c: C) => boolean,
  seen: ReadonlySet<string> = new Set(),
  broken: (from: number, to: number) => boolean = () => true,
  deferred?: C[],
): C[] {
  if (!candidates.some((c) => rules[c.rule]!.antecedentTopic !== undefined)) return [...candidates];
  // "topic|item" of every mention so far in this text (item -1: outside every item).
  const named = new Set<string>();
  // "topic|item" -> end of the last mention of the topic that is no reference.
  const lastPlain = new Map<string, number>();
  // Topics named anywhere so far, items included: what `seen` holds for earlier chunks, so a
  // reference outside items resolves the same whether its antecedent was read in this call.
  const namedAnywhere = new Set(seen);
  const out: C[] = [];
  // A word the rules read on its own ("recording" beside Ushakov) keeps its own mark: the
  // reference around it ("the recording") only reaches what that rule does not.
  const plain = candidates.filter((c) => rules[c.rule]!.antecedentTopic === undefined && rules[c.rule]!.role === 'mention');
  const coveredByPlain = (c: C) => plain.some((p) => p.from < c.to && c.from < p.to);
  for (const c of candidates) {
    const rule = rules[c.rule]!;
    const topic = rule.antecedentTopic;
    const item = itemAt(items, c.from);
    if (topic === undefined) {
      out.push(c);
      if (rule.role === 'mention') {
        named.add(`${rule.topic}|${item}`);
        lastPlain.set(`${rule.topic}|${item}`, c.to);
        namedAnywhere.add(rule.topic);
      }
      continue;
    }
    const resolved = named.has(`${topic}|${item}`) || (item < 0 && namedAnywhere.has(topic));
    const elsewhereOnly = !resolved && item >= 0 && namedAnywhere.has(topic);
    if (
      !(resolved || elsewhereOnly) ||
      numberOwned(text, c.from, c.to) ||
      coveredByPlain(c) ||
      inLinkBar(text, c.from, c.to, (i) => broken(i, i + 1))
    )
      continue;
    if (elsewhereOnly) {
      if (!elsewhere(c)) deferred?.push(c);
      continue;
    }
    if (elsewhere(c) && !(rule.person === true && toldJustBefore(lastPlain.get(`${topic}|${item}`), c.from, broken))) continue;
    out.push(c);
    if (rule.topic === topic) {
      named.add(`${topic}|${item}`);
      namedAnywhere.add(topic);
    }
  }
  return out;
}

/** Whether a mention that ends at `last` stands within TOLD_REACH before `at` in the same paragraph. */
function toldJustBefore(last: number | undefined, at: number, broken: (from: number, to: number) => boolean): boolean {
  return last !== undefined && last <= at && at - last <= TOLD_REACH && !broken(last, at);
}
