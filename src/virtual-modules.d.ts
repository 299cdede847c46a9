declare module 'virtual:lateral/packs' {
  import type { StoryPack } from './core/pack/schema';
  export const packs: StoryPack[];
}
declare module 'virtual:lateral/compiled' {
  import type { CompiledPack } from './core/detect/index';
  export const compiledPacks: CompiledPack[];
}
declare module 'virtual:lateral/gate' {
  export const gatePatterns: string[];
}
