/**
 * The packs the benchmark runs with, compiled in Node exactly as the build does:
 * - the story pack data/witkoff-ushakov.json (validated with the project's loader);
 * - synthetic packs of 10 / 1,000 / 10,000 phrases from src/core/detect/synthetic.ts.
 *
 * Mentions on generated pages are drawn from a pack's English mention phrases without
 * a proximity condition (ambiguous names such as "Witkoff" included: among the strong
 * phrases they make the page relevant, as on a real article about the story).
 * The keyword list for naive mark.js is every phrase of the pack's mention rules
 * (stems without their "*"), which is what a simple highlighter would be given.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPack } from '../../build/vite-plugin-story-packs.ts';
import { compilePack, type CompiledPack, type DetectionPackInput } from '../../src/core/detect/index.ts';
import { syntheticPack } from '../../src/core/detect/synthetic.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const STORY_PACK_FILE = resolve(REPO_ROOT, 'data', 'witkoff-ushakov.json');

export interface BenchPack {
  name: string;
  /** Phrase count as the pack declares it (before stem expansion). */
  phrases: number;
  compiled: CompiledPack;
  /** The pack's page-gate patterns (null: the pack has none; the pass then skips the gate). */
  gate: string[] | null;
  /** Serialised once: what the page receives ({ packs: [compiled], gate }). */
  json: string;
  /** Phrases to place as mentions on generated pages. */
  mentionPhrases: string[];
  /** Phrases the first mentions of a generated page use: the pack's unambiguous anchors. */
  leadPhrases: string[];
  /** Keyword list for naive mark.js. */
  keywords: string[];
}

export function mentionPhrasesOf(pack: DetectionPackInput): string[] {
  const out = new Set<string>();
  for (const rule of pack.rules) {
    if ((rule.role ?? 'mention') !== 'mention' || rule.near || rule.lang !== 'en') continue;
    for (const phrase of rule.phrases) if (!phrase.includes('*')) out.add(phrase);
  }
  return [...out];
}

/** The first phrase of each unambiguous English mention rule: one of them makes a page about the story. */
export function leadPhrasesOf(pack: DetectionPackInput): string[] {
  return pack.rules
    .filter((rule) => (rule.role ?? 'mention') === 'mention' && !rule.near && !rule.ambiguous && rule.lang === 'en')
    .map((rule) => rule.phrases.find((phrase) => !phrase.includes('*')))
    .filter((phrase): phrase is string => phrase !== undefined)
    .slice(0, 1);
}

export function keywordsOf(pack: DetectionPackInput): string[] {
  const out = new Set<string>();
  for (const rule of pack.rules) {
    if ((rule.role ?? 'mention') !== 'mention') continue;
    for (const phrase of rule.phrases) out.add(phrase.replace(/\*/g, ''));
  }
  return [...out];
}

export function benchPack(name: string, input: DetectionPackInput & { gate?: string[] }): BenchPack {
  const compiled = compilePack(input);
  const phrases = input.rules.reduce((n, r) => n + r.phrases.length, 0);
  const gate = input.gate && input.gate.length > 0 ? input.gate : null;
  return {
    name,
    phrases,
    compiled,
    gate,
    json: JSON.stringify({ packs: [compiled], gate }),
    mentionPhrases: mentionPhrasesOf(input),
    leadPhrases: leadPhrasesOf(input),
    keywords: keywordsOf(input),
  };
}

/** The story pack's detection part, validated as the build validates it. Null when the file is not there. */
export function storyPackInput(): (DetectionPackInput & { gate?: string[] }) | null {
  if (!existsSync(STORY_PACK_FILE)) return null;
  const loaded = loadPack(STORY_PACK_FILE);
  if (!loaded.ok) throw new Error(`data/witkoff-ushakov.json is invalid:\n  ${loaded.problems.join('\n  ')}`);
  return loaded.pack;
}

export function loadStoryPack(): BenchPack | null {
  const input = storyPackInput();
  return input ? benchPack('story', input) : null;
}

/**
 * Synthetic packs with `count` phrases from the engine's own generator
 * (src/core/detect/synthetic.ts). Same seed for every size, so the first phrases are
 * the same in all of them and one page can carry mentions every pack knows. No rule
 * is ambiguous: every planted phrase is highlighted whatever the pack size, so the
 * comparison isolates the cost of the phrase count.
 */
export function syntheticBenchPack(count: number): BenchPack {
  return benchPack(`synthetic-${count}`, syntheticPack(count, { ambiguousShare: 0 }));
}
