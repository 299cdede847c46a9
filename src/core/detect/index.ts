/**
 * Public API of the detection engine.
 *
 * Build time (Node, vite plugin, CLI): `compilePack(pack)` -> CompiledPack (plain JSON).
 * Run time (content script): `createMatcher(compiled, options).scan(text, ctx)` -> Hit[].
 *
 * The zod schemas live in ./rules-schema and are deliberately NOT re-exported here,
 * so importing this module never pulls zod into the content-script bundle.
 */
export { compilePack, type DetectionPackInput } from './compile';
export {
  createMatcher,
  CUSTOM_PHRASE_LIMITS,
  type CustomPhrase,
  type Matcher,
  type Predated,
  type MatcherOptions,
  type ScanContext,
  type ScanResult,
} from './matcher';
export { SENSITIVITY_THRESHOLDS, PAGE_MARGIN, LOCAL_WINDOW, type PackEvidence, type RelevanceState, type Sensitivity } from './relevance';
export type { CompiledPack, CompiledRule, CompiledCheck } from './types';
export type { Hit, HitKind } from '../hit';
export { syntheticPack, samplePhrases, type SyntheticOptions } from './synthetic';
