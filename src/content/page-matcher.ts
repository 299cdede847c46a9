/**
 * The detection engine with the bundled packs, as one lazily loaded chunk (see
 * main.ts): pages that never pass the gate never download or parse it.
 */
import { compiledPacks } from 'virtual:lateral/compiled';
import { phraseWords } from 'virtual:lateral/phrase-words';
import { usePrecomputedWords } from '../core/detect/checks-phrase';
import { prepareChecks } from '../core/detect/checks-run';
import { createMatcher, type Matcher } from '../core/detect/index';
import { activeCompiledPacks, setInstalledPackViews } from '../core/pack-install/active';
import { budgetedMatcher } from '../core/pack-install/budget';
import { pageLanguageOff, switchedOffIds, type SwitchablePack } from '../core/settings/rule-switches';
import type { EnabledPacks } from '../platform/pack-store';
import type { Settings } from './settings';

/** Installed packs compiled before rules carried their language get it from the pack itself. */
function withLanguages(compiled: SwitchablePack, pack?: { rules: readonly { id: string; lang: string }[] }): SwitchablePack {
  if (!pack || compiled.rules.every((rule) => rule.lang !== undefined)) return compiled;
  const langOf = new Map(pack.rules.map((rule) => [rule.id, rule.lang]));
  return { ...compiled, rules: compiled.rules.map((rule) => ({ ...rule, lang: rule.lang ?? langOf.get(rule.id) })) };
}

/**
 * Creating a matcher prepares every claim check of every pack at once, and the first
 * time that code runs it is cold (the word lists it builds on first use included): one
 * long task. Preparing each check alone first, one step each, pays that cost in pieces;
 * the matcher's own preparation then runs warm.
 */
export function preparationSteps(packs: EnabledPacks): (() => void)[] {
  // The built-in lexicons' word lists come from the build.
  usePrecomputedWords(new Map(Object.entries(phraseWords)));
  return activeCompiledPacks(compiledPacks, packs).flatMap((pack) => pack.checks.map((check) => () => void prepareChecks([check])));
}

export function createPageMatcher(settings: Settings, packs: EnabledPacks, pageLang = document.documentElement.lang): Matcher {
  setInstalledPackViews(packs.installed.map((p) => p.pack));
  const active = activeCompiledPacks(compiledPacks, packs);
  // Switches name meanings (a topic, a name, a known error, a language); the matcher takes ids.
  const packOf = new Map(packs.installed.map((p) => [p.compiled.packId, p.pack]));
  const disabledRules = switchedOffIds(
    active.map((p) => withLanguages(p, packOf.get(p.packId))),
    settings.rules,
    pageLang,
  );
  const customPhrases = pageLanguageOff(settings.rules, pageLang) ? [] : settings.customPhrases;
  const installedIds = new Set(packs.installed.map((p) => p.compiled.packId));
  // An installed pack that marks the page everywhere is dropped for this page (see budget.ts).
  return budgetedMatcher(
    (dropped) =>
      createMatcher(
        active.filter((p) => !dropped.has(p.packId)),
        {
          disabledRules,
          sensitivity: settings.sensitivity,
          customPhrases,
        },
      ),
    installedIds,
  );
}
