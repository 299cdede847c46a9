import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { exerciseSchema, type Exercise } from '../src/core/classroom/exercise-schema.ts';
import { checkTranslation } from '../src/core/pack/localise-check.ts';
import { packTranslationSchema, type PackTranslation } from '../src/core/pack/localise-schema.ts';
import type { StoryPack } from '../src/core/pack/schema.ts';
import { formatPath } from '../src/core/pack/validate.ts';

const DATA_DIR = resolve(import.meta.dirname, '..', 'data');

const jsonFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(dir, name))
    : [];

/**
 * Reads data/translations/<pack id>.<language>.json for the build. A file that is not
 * a translation, or translates no bundled pack, is an error; a key that names nothing
 * the pack (or its exercises) has left is a warning, since it is simply never shown.
 */
export function loadTranslations(
  packs: readonly StoryPack[],
  dataDir = DATA_DIR,
): { translations: PackTranslation[]; files: string[]; errors: string[]; warnings: string[] } {
  const files = jsonFiles(join(dataDir, 'translations'));
  const exercises: Exercise[] = jsonFiles(join(dataDir, 'exercises')).flatMap((file) => {
    const parsed = exerciseSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? [parsed.data] : [];
  });
  const translations: PackTranslation[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const name = `data/translations/${basename(file)}`;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push(`${name}: not readable JSON: ${(error as Error).message}`);
      continue;
    }
    const parsed = packTranslationSchema.safeParse(json);
    if (!parsed.success) {
      errors.push(...parsed.error.issues.map((issue) => `${name}: ${formatPath(issue.path)}: ${issue.message}`));
      continue;
    }
    const pack = packs.find((p) => p.id === parsed.data.packId);
    if (!pack) {
      errors.push(`${name}: translates "${parsed.data.packId}", which is not a bundled pack`);
      continue;
    }
    warnings.push(...checkTranslation(pack, parsed.data, exercises).map((p) => `${name}: ${p.key}: ${p.message}`));
    translations.push(parsed.data);
  }
  return { translations, files, errors, warnings };
}
