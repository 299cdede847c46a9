/**
 * Bounds on everything a user (or an imported file) can put into settings. They keep
 * the whole settings object inside storage.sync quotas (100 KB, 8 KB per item before
 * chunking) and keep custom phrases cheap for the matcher on every page.
 */
export const LIMITS = {
  sitePatterns: 100,
  sitePatternLength: 100,
  pausedSites: 100,
  hostLength: 253,
  disabledRules: 300,
  /** Meanings switched off (topics, names, known errors) and languages. */
  switchedOff: 200,
  languagesOff: 30,
  idLength: 80,
  // The same bounds as the matcher's CUSTOM_PHRASE_LIMITS, written twice on purpose: the
  // page-start content script reads these, and importing the matcher would load it on every
  // page. A unit test keeps the two equal.
  customPhrases: 50,
  phraseMinLength: 2,
  phraseMaxLength: 80,
  /** An import file larger than this is refused before it is parsed. */
  importBytes: 256 * 1024,
  /** Problems listed for one import; the rest are counted. */
  reportedProblems: 40,
} as const;

/** Kebab-case ids, the same shape the story packs use for topics, rules and checks. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
