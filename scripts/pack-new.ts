/**
 * `npm run pack:new -- ID [--out FILE]`: writes a valid story-pack skeleton to fill in.
 * Without --out it goes to ./ID.json in the directory npm was started from; its
 * "$schema" points at data/story-pack.schema.json so an editor completes and checks it.
 * Put the finished file in data/ to bundle it, or install it from the options page.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packSkeleton, PACK_ID_PATTERN } from '../src/core/pack-install/skeleton';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const out = outFlag >= 0 ? args[outFlag + 1] : undefined;
const positional = args.filter((arg, i) => !arg.startsWith('--') && (outFlag < 0 || i !== outFlag + 1));
const id = positional.length === 1 ? positional[0] : undefined;

if (!id || !PACK_ID_PATTERN.test(id) || (outFlag >= 0 && !out)) {
  console.error('usage: npm run pack:new -- <kebab-case-id> [--out FILE]');
  process.exit(2);
}

const cwd = process.env.INIT_CWD ?? process.cwd();
const file = resolve(cwd, out ?? `${id}.json`);
if (existsSync(file)) {
  console.error(`${file} already exists; choose another id or --out`);
  process.exit(1);
}
const schema = resolve(dirname(fileURLToPath(import.meta.url)), '../data/story-pack.schema.json');
const schemaRef = relative(dirname(file), schema).split('\\').join('/');
writeFileSync(file, `${JSON.stringify(packSkeleton(id, schemaRef), null, 2)}\n`);
console.log(
  `wrote ${file}\nfill in every "Replace" text, then check it with: npm run validate -- ${relative(cwd, file).startsWith('..') ? file : relative(cwd, file)}`,
);
