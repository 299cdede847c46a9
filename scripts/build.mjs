#!/usr/bin/env node
// Builds both browser targets from the one manifest: dist/chrome and dist/firefox.
import { build } from 'vite';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
// Sources import without file extensions (bundler resolution); Vite's native config
// loader would warn about each one.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
for (const target of targets) {
  process.env.LATERAL_TARGET = target;
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
  console.log(`built ${process.env.LATERAL_DIST_ROOT ?? 'dist'}/${target}`);
}
