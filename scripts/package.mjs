#!/usr/bin/env node
// `npm run package`: builds both targets and writes store-ready zips to artifacts/.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { npxBin, run } from './run.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if ((await run('node', ['scripts/build.mjs'])) !== 0) process.exit(1);
mkdirSync('artifacts', { recursive: true });
for (const target of ['chrome', 'firefox']) {
  const filename = `lateral-${target}-${version}.zip`;
  rmSync(`artifacts/${filename}`, { force: true });
  const code = await run(npxBin('web-ext'), [
    'build',
    '--source-dir',
    `dist/${target}`,
    '--artifacts-dir',
    'artifacts',
    '--filename',
    filename,
    '--overwrite-dest',
    '--no-config-discovery',
  ]);
  if (code !== 0) process.exit(code);
  console.log(`artifacts/${filename}`);
}
