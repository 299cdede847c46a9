import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { storyPacks } from '../build/vite-plugin-story-packs.ts';

/**
 * Bundles bench/entry.ts (the page side of `npm run bench`) as one classic script the
 * harness injects with page.addScriptTag. Output: .tmp/bench/page/lateral-bench.js.
 * Same minifier and target as the extension build, so the code the bench times is
 * the code the extension ships.
 */
const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  plugins: [storyPacks()],
  build: {
    // bench/profile.ts builds an unminified copy so profiles show function names.
    outDir: resolve(root, process.env.LATERAL_BENCH_UNMINIFIED ? '.tmp/bench/page-dev' : '.tmp/bench/page'),
    emptyOutDir: true,
    minify: !process.env.LATERAL_BENCH_UNMINIFIED,
    sourcemap: false,
    target: 'es2022',
    lib: {
      entry: resolve(root, 'bench/entry.ts'),
      formats: ['iife'],
      name: 'lateralBenchBundle',
      fileName: () => 'lateral-bench.js',
    },
  },
});
