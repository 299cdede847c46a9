import type { Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { validatePack } from '../src/core/pack/validate.ts';
import type { StoryPack } from '../src/core/pack/schema.ts';
import { compilePack } from '../src/core/detect/compile.ts';
import { gateSources } from '../src/core/detect/gate.ts';
import { lexiconWords } from './lexicon-words.ts';
import { loadTranslations } from './pack-translations.ts';

/**
 * Story packs are validated and compiled once, at build time:
 * - `virtual:lateral/packs` exports the validated packs (for the popover and pages);
 * - `virtual:lateral/compiled` exports the compiled matchers (for the content script),
 *   so the content script never parses rules or imports zod;
 * - `virtual:lateral/gate` exports every pack's gate, joined into the gate's source
 *   text (src/core/detect/gate.ts), the only detection data a page pays for before it
 *   is known to be about a story;
 * - `virtual:lateral/translations` exports the packs' translations (data/translations),
 *   for the popover and pages to show a pack in the reader's language;
 * - `virtual:lateral/phrase-words` exports the claim checks' built-in phrases as word
 *   lists (./lexicon-words.ts), so a page does not work them out on first use.
 * An invalid pack stops the build with every problem and its JSON path.
 */
const PACKS_ID = 'virtual:lateral/packs';
const COMPILED_ID = 'virtual:lateral/compiled';
const GATE_ID = 'virtual:lateral/gate';
const TRANSLATIONS_ID = 'virtual:lateral/translations';
const PHRASE_WORDS_ID = 'virtual:lateral/phrase-words';

export const DATA_DIR = resolve(import.meta.dirname, '..', 'data');

export function packFiles(dir = DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads and validates one pack file; problems come back as "path: message" lines. */
export function loadPack(file: string): { ok: true; pack: StoryPack } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [`(file): not readable JSON: ${(error as Error).message}`] };
  }
  const result = validatePack(json);
  return result.ok ? result : { ok: false, problems: result.problems.map((p) => `${p.path}: ${p.message}`) };
}

export function storyPacks(): Plugin {
  let packsSource = '';
  let compiledSource = '';
  let gateSource = '';
  let translationsSource = '';
  return {
    name: 'lateral-story-packs',
    async buildStart() {
      const packs: StoryPack[] = [];
      const problems: string[] = [];
      for (const file of packFiles()) {
        this.addWatchFile(file);
        const loaded = loadPack(file);
        if (loaded.ok) packs.push(loaded.pack);
        else problems.push(...loaded.problems.map((p) => `data/${basename(file)}: ${p}`));
      }
      if (problems.length > 0) this.error(`Invalid story pack:\n  ${problems.join('\n  ')}`);
      const translations = loadTranslations(packs);
      for (const file of translations.files) this.addWatchFile(file);
      if (translations.errors.length > 0) this.error(`Invalid pack translation:\n  ${translations.errors.join('\n  ')}`);
      // A key the pack no longer has is shown nowhere; the unit tests name it so it gets fixed.
      for (const warning of translations.warnings) this.warn(warning);
      translationsSource = `export const translations = ${JSON.stringify(translations.translations)};`;
      packsSource = `export const packs = ${JSON.stringify(packs)};`;
      gateSource = `export const bundledGate = ${JSON.stringify(gateSources(packs.flatMap((pack) => pack.gate)))};`;
      compiledSource = `export const compiledPacks = ${JSON.stringify(packs.map((pack) => compilePack(pack)))};`;
    },
    resolveId(id) {
      if (id === PACKS_ID || id === COMPILED_ID || id === GATE_ID || id === TRANSLATIONS_ID || id === PHRASE_WORDS_ID) return `\0${id}`;
      return null;
    },
    load(id) {
      if (id === `\0${PACKS_ID}`) return packsSource;
      if (id === `\0${COMPILED_ID}`) return compiledSource;
      if (id === `\0${GATE_ID}`) return gateSource;
      if (id === `\0${TRANSLATIONS_ID}`) return translationsSource;
      // JSON.parse of a string costs a page less than the same data as a literal.
      if (id === `\0${PHRASE_WORDS_ID}`) return `export const phraseWords = JSON.parse(${JSON.stringify(JSON.stringify(lexiconWords()))});`;
      return null;
    },
  };
}
