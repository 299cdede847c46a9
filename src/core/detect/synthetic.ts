/**
 * Synthetic packs for the benchmark: N made-up phrases (deterministic, seeded) in
 * the rule shape compilePack reads, so bench/ can compare 10 vs 10,000 phrases on
 * the same page text. The words are pronounceable nonsense built from syllables,
 * so they never occur in real pages by accident; `samplePhrases` returns a few of
 * them to plant into a benchmark page when matches are wanted.
 */
import type { DetectionPackInput } from './compile';
import type { Lang, RuleInput } from './rules-schema';

const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'ten', 'vas', 'qui', 'zor', 'bel', 'nak', 'dro', 'fis', 'gul', 'hem', 'jor', 'pex'];

/** Small deterministic PRNG (mulberry32), so every run benchmarks the same pack and page. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(next: () => number): string {
  const n = 2 + Math.floor(next() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
  return w;
}

export interface SyntheticOptions {
  /** Phrases per rule (default 50). */
  phrasesPerRule?: number;
  seed?: number;
  /** Share of rules marked ambiguous (default 0.5). */
  ambiguousShare?: number;
  lang?: Lang;
}

/** A pack with `count` distinct synthetic phrases (1–3 words each), no checks. */
export function syntheticPack(count: number, options: SyntheticOptions = {}): DetectionPackInput {
  const next = seededRandom(options.seed ?? 42);
  const perRule = Math.max(1, options.phrasesPerRule ?? 50);
  const seen = new Set<string>();
  const rules: RuleInput[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const i = rules.length;
    rules.push({
      id: `synthetic-${i}`,
      topic: i % 2 === 0 ? 'call' : 'plan',
      lang: options.lang ?? 'en',
      phrases: current,
      ambiguous: next() < (options.ambiguousShare ?? 0.5),
      description: `Synthetic benchmark rule ${i}.`,
    });
    current = [];
  };
  while (seen.size < count) {
    const words = 1 + Math.floor(next() * 3);
    const phrase = Array.from({ length: words }, () => word(next)).join(' ');
    if (seen.has(phrase)) continue;
    seen.add(phrase);
    current.push(phrase);
    if (current.length === perRule) flush();
  }
  flush();
  return { id: `synthetic-${count}`, topics: [{ id: 'call' }, { id: 'plan' }], rules, checks: [] };
}

/** Up to `n` phrases of a synthetic pack, to plant into benchmark text. */
export function samplePhrases(pack: DetectionPackInput, n: number): string[] {
  const all = pack.rules.flatMap((r) => r.phrases);
  const step = Math.max(1, Math.floor(all.length / n));
  return all.filter((_, i) => i % step === 0).slice(0, n);
}
