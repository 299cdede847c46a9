/** The bundled story packs, typed (the virtual module's ambient declaration cannot import types). */
import { packs } from 'virtual:lateral/packs';
import type { StoryPack } from '../../core/pack/schema';

export const storyPacks: readonly StoryPack[] = packs as StoryPack[];
