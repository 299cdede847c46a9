/**
 * Where installed story packs live in storage.local. A module of constants only, so
 * the page-start content script can read the gate index without loading the pack
 * store (src/platform/pack-store.ts) or anything it imports.
 */
export const PACK_KEY_PREFIX = 'lateral-pack:';
export const DISABLED_BUILTINS_KEY = 'lateral-packs-disabled-builtins';
/** Gate patterns of the installed packs that are on, by id: all a page reads before its gate passes. */
export const GATES_KEY = 'lateral-packs-gates';
