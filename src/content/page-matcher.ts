/**
 * The detection engine with the bundled packs, as one lazily loaded chunk (see
 * main.ts): pages that never pass the gate never download or parse it.
 */
import { compiledPacks, warmUpSample } from 'virtual:lateral/compiled';
import { createMatcher, type Matcher } from '../core/detect/index';
import { activeCompiledPacks, setInstalledPackViews } from '../core/pack-install/active';
import { budgetedMatcher } from '../core/pack-install/budget';
import type { EnabledPacks } from '../platform/pack-store';
import type { Settings } from './settings';

export function createPageMatcher(settings: Settings, packs: EnabledPacks): Matcher {
  setInstalledPackViews(packs.installed.map((p) => p.pack));
  const active = activeCompiledPacks(compiledPacks, packs);
  const installedIds = new Set(packs.installed.map((p) => p.compiled.packId));
  // An installed pack that marks the page everywhere is dropped for this page (see budget.ts).
  return budgetedMatcher(
    (dropped) =>
      createMatcher(
        active.filter((p) => !dropped.has(p.packId)),
        {
          disabledRules: settings.rules.disabled,
          sensitivity: settings.sensitivity,
          customPhrases: settings.customPhrases,
          warmUpSample,
        },
      ),
    installedIds,
  );
}
