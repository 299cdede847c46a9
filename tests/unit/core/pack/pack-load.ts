// Shared helpers for the story-pack tests: where things live and how to read them.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const packPath = resolve(repoRoot, 'data/witkoff-ushakov.json');
export const fixtureDir = resolve(repoRoot, 'tests/fixtures/packs');
/** CI checks the seeds out next to the repository; developers may not have them. */
export const seedDir = resolve(repoRoot, '../shared/seeds');
export const seedsAvailable = existsSync(seedDir);

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
export const readPackJson = (): unknown => readJson(packPath);
export const readFixture = (name: string): unknown => readJson(resolve(fixtureDir, `${name}.json`));
