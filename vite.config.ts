import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { manifestFor, parseTarget, type Manifest } from './build/targets.ts';
import { storyPacks } from './build/vite-plugin-story-packs.ts';
import { textOnlyPreact } from './build/vite-plugin-text-only-preact.ts';
import { locales } from './build/vite-plugin-locales.ts';
import { noEvalZod } from './build/vite-plugin-no-eval-zod.ts';
import { contentStages, type ContentScript } from './build/vite-plugin-content-stages.ts';
import { packSchema } from './build/vite-plugin-pack-schema.ts';

const target = parseTarget(process.env.LATERAL_TARGET);
// LATERAL_DIST_ROOT lets parallel builds (benchmarks, tests) write somewhere other than dist/.
const outDir = `${process.env.LATERAL_DIST_ROOT ?? 'dist'}/${target}`;
const sourceManifest = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')) as Manifest;
// The content script is built apart from crxjs (see build/vite-plugin-content-stages.ts).
const { content_scripts: contentScripts = [], ...extensionManifest } = manifestFor(target, sourceManifest) as {
  content_scripts?: ContentScript[];
};

export default defineConfig({
  plugins: [
    storyPacks(),
    packSchema(),
    textOnlyPreact(),
    noEvalZod(),
    contentStages(contentScripts, target === 'chrome'),
    locales(),
    preact(),
    crx({ manifest: extensionManifest as never, browser: target }),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    // Store reviewers read the code: keep it unminified-by-name but compact.
    // LATERAL_UNMINIFIED=1 builds a copy whose CPU profiles name functions (bench/long-tasks.ts).
    minify: !process.env.LATERAL_UNMINIFIED,
    sourcemap: false,
    target: 'es2022',
    modulePreload: false,
    // The classroom and welcome pages are reached from the popup and options, not named in the manifest.
    rollupOptions: {
      input: {
        classroom: resolve(import.meta.dirname, 'src/pages/classroom/index.html'),
        welcome: resolve(import.meta.dirname, 'src/pages/welcome/index.html'),
      },
    },
  },
  server: { port: 5173, strictPort: true, cors: { origin: /^(chrome|moz)-extension:\/\// } },
});
