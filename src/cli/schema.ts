/**
 * `npm run schema`: writes data/story-pack.schema.json from the zod schema, so
 * people authoring packs in an editor get completion and inline errors.
 * Cross-reference rules are not expressible in JSON Schema; `npm run validate`
 * covers those.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { storyPackShape } from '../core/pack/schema';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/story-pack.schema.json');

const jsonSchema = {
  ...z.toJSONSchema(storyPackShape, { target: 'draft-2020-12', io: 'input' }),
  title: 'Lateral story pack',
  description:
    'A cross-source dataset for one news story: sources, entities, facts with per-source stances, discrepancies, detection rules and claim checks. Generated from src/core/pack/schema.ts; id cross-references are checked by `npm run validate`.',
};

writeFileSync(out, `${JSON.stringify(jsonSchema, null, 2)}\n`);
console.log(`wrote ${out}`);
