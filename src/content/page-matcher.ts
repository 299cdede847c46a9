/**
 * The detection engine with the bundled packs, as one lazily loaded chunk (see
 * main.ts): pages that never pass the gate never download or parse it.
 */
import { compiledPacks, warmUpSample } from 'virtual:lateral/compiled';
import { createMatcher, type Matcher } from '../core/detect/index';
import type { Settings } from './settings';

export function createPageMatcher(settings: Settings): Matcher {
  return createMatcher(compiledPacks, {
    disabledRules: settings.rules.disabled,
    sensitivity: settings.sensitivity,
    customPhrases: settings.customPhrases,
    warmUpSample,
  });
}
