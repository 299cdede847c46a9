/**
 * A surname the text first gives to someone else: "Admiral Ushakov won every battle ...
 * today Ushakov is the patron of the fleet", "Ushakov Street will be renamed; Ushakov
 * fought for the empire". A rule's hard negative (`exclude`: the admiral, the street, the
 * medal) names another bearer of the name; the bare surname after it, in the same item
 * (or, outside items, the same text), is that bearer too, unless the same place ties the
 * name to the story: the story person's full name ("Yuri Ushakov") or a mention that
 * needs no context ("the Witkoff–Ushakov call").
 *
 * Pure: offsets are into the normalised text.
 */

export interface NameMatch {
  rule: number;
  from: number;
  to: number;
}

export interface BearerRule {
  group: string;
  role: 'mention' | 'context' | 'cue';
  ambiguous: boolean;
  nearWindow?: number;
  surname?: true;
}

/** One word: no space or hyphen inside the match. */
const oneWord = (text: string, m: NameMatch) => !/[ -]/.test(text.slice(m.from, m.to));

/**
 * The one-word matches of ambiguous surname rules that a hard negative of the same rule group,
 * earlier in the same place, gives to another bearer of the name.
 */
export function otherBearers(
  text: string,
  phrases: readonly NameMatch[],
  excluded: readonly NameMatch[],
  rules: readonly BearerRule[],
  samePlace: (a: number, b: number) => boolean,
): NameMatch[] {
  if (excluded.length === 0) return [];
  // What ties a place to the story: a mention that stands on its own, or the full name.
  const stands = (m: NameMatch) => {
    const rule = rules[m.rule]!;
    return rule.role === 'mention' && !rule.ambiguous && rule.nearWindow === undefined;
  };
  return phrases.filter((p) => {
    const rule = rules[p.rule]!;
    if (!rule.surname || !rule.ambiguous || !oneWord(text, p)) return false;
    const place = (m: NameMatch) => samePlace(m.from, p.from);
    const named = excluded.some((x) => x.to <= p.from && rules[x.rule]!.group === rule.group && place(x));
    const fullName = (m: NameMatch) => rules[m.rule]!.group === rule.group && !oneWord(text, m);
    return named && !phrases.some((m) => place(m) && (stands(m) || fullName(m)));
  });
}
