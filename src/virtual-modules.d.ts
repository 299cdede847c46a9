declare module 'virtual:lateral/packs' {
  import type { StoryPack } from './core/pack/schema';
  export const packs: StoryPack[];
}
declare module 'virtual:lateral/compiled' {
  import type { CompiledPack } from './core/detect/index';
  export const compiledPacks: CompiledPack[];
}
declare module 'virtual:lateral/phrase-words' {
  /** The claim checks' built-in phrases -> their word lists, worked out at build time. */
  export const phraseWords: Record<string, string[]>;
}
declare module 'virtual:lateral/gate' {
  /** The bundled packs' gate, joined at build time (GateSources of src/core/detect/gate.ts). */
  export const bundledGate: { latin: string | null; cyrillic: string | null };
}
declare module 'virtual:lateral/stages' {
  /** Where the content script's second stage (src/content/active-page.ts) is built. */
  export const activePageFile: string;
}
declare module 'virtual:lateral/translations' {
  import type { PackTranslation } from './core/pack/localise-schema';
  export const translations: PackTranslation[];
}
