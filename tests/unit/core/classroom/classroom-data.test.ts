import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISE_LEVELS, exerciseSchema, sentencesOf } from '../../../../src/core/classroom/exercise-schema';
import { DISCREPANCY_TYPES, storyPackShape } from '../../../../src/core/pack/schema';

const ROOT = resolve(import.meta.dirname, '../../../..');
const EXERCISE_DIR = join(ROOT, 'data/exercises');
const SEEDS_DIR = resolve(ROOT, '../shared/seeds');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const exerciseFiles = readdirSync(EXERCISE_DIR).filter((f) => f.endsWith('.json'));
const exercises = exerciseFiles.map((f) => exerciseSchema.parse(readJson(join(EXERCISE_DIR, f))));
const packs = readdirSync(join(ROOT, 'data'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => storyPackShape.parse(readJson(join(ROOT, 'data', f))));

describe('classroom exercises', () => {
  it('has at least two articles over at least two difficulty levels', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(2);
    expect(new Set(exercises.map((e) => e.level)).size).toBeGreaterThanOrEqual(2);
    for (const e of exercises) expect(EXERCISE_LEVELS).toContain(e.level);
  });

  it('plants errors of several discrepancy types in each article', () => {
    for (const e of exercises) {
      const types = new Set(sentencesOf(e).flatMap((s) => (s.error ? [s.error.type] : [])));
      expect(types.size, e.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses unique sentence ids across all exercises, so scores never mix', () => {
    const ids = exercises.flatMap((e) => sentencesOf(e).map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('points each planted error at facts that exist in its story pack', () => {
    for (const e of exercises) {
      const pack = packs.find((p) => p.id === e.packId);
      expect(pack, `${e.id} names a bundled pack`).toBeDefined();
      if (!pack) continue;
      const factIds = new Set(pack.facts.map((f) => f.id));
      for (const s of sentencesOf(e))
        for (const id of s.error?.factIds ?? []) expect(factIds.has(id), `${e.id}/${s.id} → ${id}`).toBe(true);
    }
  });

  it('belongs to a story pack that is bundled', () => {
    expect(packs.length).toBeGreaterThan(0);
    for (const e of exercises)
      expect(
        packs.map((p) => p.id),
        e.id,
      ).toContain(e.packId);
  });

  // The practice articles are written for Lateral; none may reuse a run of eight words from a seed
  // article. Words inside quotation marks are exempt: they are the speakers' own recorded words.
  it.runIf(existsSync(SEEDS_DIR))('copies no run of eight words from the seed articles', () => {
    const words = (s: string) =>
      s
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .split(/[^\p{L}\p{N}']+/u)
        .filter(Boolean);
    const seedText = readdirSync(SEEDS_DIR)
      .map((f) => ` ${words(readFileSync(join(SEEDS_DIR, f), 'utf8')).join(' ')} `)
      .join('\n');
    for (const e of exercises) {
      for (const s of sentencesOf(e)) {
        const w = words(s.text.replace(/["“][^"”]*["”]/g, ' | '));
        for (let i = 0; i + 8 <= w.length; i++) {
          const run = w.slice(i, i + 8).join(' ');
          expect(seedText.includes(` ${run} `), `${s.id}: "${run}"`).toBe(false);
        }
      }
    }
  });
});

describe('classroom strings', () => {
  const en = readJson(join(ROOT, 'locales/en/classroom.json')) as Record<string, { message: string }>;
  const uk = readJson(join(ROOT, 'locales/uk/classroom.json')) as Record<string, { message: string }>;

  it('has the same keys in English and Ukrainian, all prefixed classroom_', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(key).toMatch(/^classroom_[A-Za-z0-9_]+$/);
  });

  it('names and explains every discrepancy type, in English exactly as the taxonomy does', () => {
    for (const type of DISCREPANCY_TYPES) {
      const part = type.id.replace(/-/g, '_');
      expect(en[`classroom_type_${part}`]?.message).toBe(type.label);
      expect(en[`classroom_typeDesc_${part}`]?.message).toBe(type.description);
      expect(uk[`classroom_type_${part}`]?.message, type.id).toBeTruthy();
    }
  });

  it('defines every key the classroom code asks for', () => {
    const sourceFiles = ['src/ui/classroom', 'src/pages/classroom'].flatMap((dir) =>
      readdirSync(join(ROOT, dir)).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
    );
    const literal = new Set(
      sourceFiles.flatMap((text) => [...text.matchAll(/'(classroom_[A-Za-z0-9]+[A-Za-z0-9_]*[A-Za-z0-9])'/g)].map((m) => m[1]!)),
    );
    expect(literal.size).toBeGreaterThan(20);
    // A counted message is asked for by its base name and defined once per plural form.
    for (const key of literal) expect(en[key] ?? en[`${key}_one`], key).toBeDefined();
  });
});
