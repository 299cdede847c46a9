/**
 * What a reader switches off by meaning, and the rule, check and detector ids that
 * meaning covers in the packs a page uses. Rules overlap: "Witkoff" is a phrase of the
 * English rule and of the German one, so switching one rule id off often changes
 * nothing. A switch names a meaning instead, and this turns it into every id that
 * carries it, in every pack, whichever language the rule is written for:
 *   topic:<topic id>          every mention rule of a topic ("Mentions of the call")
 *   name:<rule group>         a person's name on its own (rules whose group is that person)
 *   error:<discrepancy id>    every claim check and outlet-words detector for a known error
 * Languages are a separate choice (`languagesOff`): rules written for a language that is
 * off are left out, and a page that declares that language gets no marks at all, since
 * names and numbers are spelled alike in many languages.
 * Pure and free of zod: the content script calls it for every page.
 */

export const SWITCH_KINDS = ['topic', 'name', 'error'] as const;
export type SwitchKind = (typeof SWITCH_KINDS)[number];

/** Kebab-case ids as packs write them, after the kind and a colon. */
export const SWITCH_KEY_PATTERN = /^(?:topic|name|error):[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A language code as the packs and the `lang` attribute use it (primary subtag). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;

export function switchKey(kind: SwitchKind, id: string): string {
  return `${kind}:${id}`;
}

/** The parts of a compiled pack a switch can reach (CompiledPack has them all). */
export interface SwitchablePack {
  rules: readonly { id: string; topic: string; group: string; role: string; lang?: string }[];
  checks: readonly { id: string; discrepancyId: string }[];
  sourceDetectors?: readonly { id: string; discrepancyId: string }[];
}

export interface RuleSwitches {
  /** Single rule or check ids, as earlier versions stored them; still honoured. */
  disabled: readonly string[];
  off: readonly string[];
  languagesOff: readonly string[];
}

/** `de-CH` -> `de`; empty for no or odd values. */
export function primaryLanguage(tag: string | null | undefined): string {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGE_CODE_PATTERN.test(primary) ? primary : '';
}

/** True when the page declares a language the reader switched off: nothing is marked there. */
export function pageLanguageOff(switches: Pick<RuleSwitches, 'languagesOff'>, pageLang: string | null | undefined): boolean {
  const lang = primaryLanguage(pageLang);
  return lang !== '' && switches.languagesOff.includes(lang);
}

/** Every id to leave out of the matcher for these switches (the matcher's `disabledRules`). */
export function switchedOffIds(packs: readonly SwitchablePack[], switches: RuleSwitches, pageLang?: string | null): string[] {
  const off = new Set(switches.off);
  const langs = new Set(switches.languagesOff);
  const everything = pageLanguageOff(switches, pageLang);
  const ids = new Set(switches.disabled);
  for (const pack of packs) {
    for (const rule of pack.rules) {
      if (rule.role !== 'mention') continue;
      const named =
        everything ||
        off.has(switchKey('topic', rule.topic)) ||
        off.has(switchKey('name', rule.group)) ||
        (rule.lang !== undefined && langs.has(rule.lang));
      if (named) ids.add(rule.id);
    }
    for (const flagger of [...pack.checks, ...(pack.sourceDetectors ?? [])]) {
      if (everything || off.has(switchKey('error', flagger.discrepancyId))) ids.add(flagger.id);
    }
  }
  return [...ids];
}
