/**
 * Whether a role word and the principal it serves are tied by grammar, not merely
 * standing in one clause: "envoy of the Kremlin", "the Kremlin's senior aide", "Kremlin envoy",
 * "посланник Путина" are; "the envoy advised the Kremlin" is not (a verb stands between).
 * Works on normalised text, from the words between the two alone:
 * - principal first: side by side ("Kremlin envoy", "Putins Gesandter"), or as an owner
 *   with only modifiers after it ("Putin's top foreign-policy aide");
 * - role first: side by side (a genitive: "Gesandter Putins", "wysłannik Kremla"), or
 *   a preposition of the language right after the role word ("envoy to the Kremlin");
 * - either way, only names between them ("представитель Дональда Трампа").
 */
const words = (list: string) => new Set(list.split(' '));

/** Prepositions that tie a role word to whom it serves, per language. */
const LINKS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: words('of to for from at'),
  de: words('des der dem den von vom beim bei im fur'),
  fr: words('de du des d aupres pour a au aux'),
  es: words('de del para ante al a'),
  it: words('di del della dello dei degli per presso al alla'),
  nl: words('van voor bij namens'),
  pl: words('przy z ze od'),
  ru: words('при от у'),
  uk: words('при від у'),
};

/** An owner: English "'s", or a German name's genitive s matched by a stem ("putins"). */
const isOwner = (principal: string) => principal.endsWith("'s") || principal.endsWith('s');

/**
 * `between`: normalised text from the end of the first to the start of the second, and
 * `written` the same as the page writes it;
 * `principal`: the principal's matched text; `roleFirst`: the role word comes first.
 */
export function roleLinked(between: string, written: string, principal: string, roleFirst: boolean, lang: string | undefined): boolean {
  const gap = between.trim();
  // Nothing, or only names ("представитель Дональда Трампа") between them.
  if (gap === '' || (written.match(/\p{L}+/gu) ?? []).every((w) => w[0] !== w[0]!.toLowerCase())) return true;
  if (!roleFirst) return isOwner(principal);
  const first = gap.split(/[\s']/)[0] ?? '';
  return (lang === undefined ? undefined : LINKS[lang])?.has(first) === true;
}
