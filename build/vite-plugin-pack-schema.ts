import type { Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the built extension carries the story-pack JSON Schema (the root of dist/<browser>). */
export const SCHEMA_FILE_NAME = 'story-pack.schema.json';

/**
 * Ships data/story-pack.schema.json with every build, so a pack author who has only
 * the extension (or its zip) can point "$schema" at it and get completion and inline
 * errors in an editor. The file is data only; no page loads it.
 */
export function packSchema(source = resolve(import.meta.dirname, '..', 'data', SCHEMA_FILE_NAME)): Plugin {
  return {
    name: 'lateral-pack-schema',
    buildStart() {
      this.addWatchFile(source);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SCHEMA_FILE_NAME, source: readFileSync(source, 'utf8') });
    },
  };
}
