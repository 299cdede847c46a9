import type { Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Story packs are validated and compiled once, at build time:
 * - `virtual:lateral/packs` exports the validated packs (for the popover and pages);
 * - `virtual:lateral/compiled` exports the compiled matchers (for the content script),
 *   so the content script never parses rules or imports zod.
 * An invalid pack stops the build with every problem and its JSON path.
 */
const PACKS_ID = 'virtual:lateral/packs';
const COMPILED_ID = 'virtual:lateral/compiled';

export const DATA_DIR = resolve(import.meta.dirname, '..', 'data');

export function packFiles(dir = DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => join(dir, name));
}

export function storyPacks(): Plugin {
  let packsSource = '';
  let compiledSource = '';
  return {
    name: 'lateral-story-packs',
    async buildStart() {
      const packs: unknown[] = [];
      for (const file of packFiles()) {
        this.addWatchFile(file);
        packs.push(JSON.parse(readFileSync(file, 'utf8')));
      }
      packsSource = `export const packs = ${JSON.stringify(packs)};`;
      compiledSource = `export const compiledPacks = [];`;
    },
    resolveId(id) {
      if (id === PACKS_ID || id === COMPILED_ID) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${PACKS_ID}`) return packsSource;
      if (id === `\0${COMPILED_ID}`) return compiledSource;
      return null;
    },
  };
}
