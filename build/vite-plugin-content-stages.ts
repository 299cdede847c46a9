import preact from '@preact/preset-vite';
import { build, type BuildEnvironmentOptions, type Plugin, type Rollup } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importCycle, importsByUrl } from './imports-by-url.ts';
import { storyPacks } from './vite-plugin-story-packs.ts';
import { textOnlyPreact } from './vite-plugin-text-only-preact.ts';

/**
 * The content script in two stages:
 * - the page-start script (src/content/main.ts), which every page runs, as one classic
 *   script (`content-start.js`) built on its own and named in the manifest. Loaded as ES
 *   modules, the way the crxjs plugin loads content scripts, it took a loader, a
 *   dynamic import and a task per module to fetch, compile and cache: about five tasks
 *   on every page before Lateral's own code ran;
 * - the second stage (src/content/active-page.ts) as a build of its own, with the
 *   matcher and the popover as chunks it loads when it needs them. The first stage
 *   imports it by URL only on pages that pass the gate (`virtual:lateral/stages` gives
 *   the path). An import by URL also keeps Vite's preload helper out of the first stage.
 *
 * A content script may import only files listed in `web_accessible_resources`, so the
 * second stage and every chunk it reaches are added there once the manifest is written.
 * In Chrome they are listed with `use_dynamic_url`, so a page cannot find Lateral by
 * fetching them at a fixed address; every import between them therefore goes through
 * `runtime.getURL` (./imports-by-url.ts). Firefox gives each installation a random
 * address already and does not know the key, so its manifest leaves it out.
 */
const STAGES_ID = 'virtual:lateral/stages';
export const ACTIVE_PAGE_FILE = 'assets/content-active-page.js';
/** The second stage's chunks (matcher, popover, what they share), apart from the extension pages' own. */
const SECOND_STAGE_CHUNKS = 'assets/content-[name]-[hash].js';
export const CONTENT_START_FILE = 'content-start.js';
const CONTENT_DIR = resolve(import.meta.dirname, '..', 'src', 'content');
const ACTIVE_PAGE_SOURCE = join(CONTENT_DIR, 'active-page.ts');
const CONTENT_START_SOURCE = join(CONTENT_DIR, 'main.ts');

interface ChunkLike {
  type: 'chunk' | 'asset';
  imports?: string[];
  dynamicImports?: string[];
}

/** Every chunk `file` reaches through static and dynamic imports, itself included. */
export function reachable(bundle: Record<string, ChunkLike>, file: string): string[] {
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length > 0) {
    const next = queue.shift()!;
    const chunk = bundle[next];
    if (seen.has(next) || chunk?.type !== 'chunk') continue;
    seen.add(next);
    queue.push(...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []));
  }
  return [...seen].sort();
}

export interface ContentScript {
  matches?: string[];
  js?: string[];
  [key: string]: unknown;
}

type Manifest = {
  content_scripts?: ContentScript[];
  web_accessible_resources?: WebAccessible[];
};

interface WebAccessible {
  resources: string[];
  matches?: string[];
  use_dynamic_url?: boolean;
}

/** The manifest entry for the second stage's files: by a per-session address where the browser offers one. */
export function webAccessibleEntry(resources: string[], matches: string[], dynamicUrl: boolean): WebAccessible {
  return { resources, matches, ...(dynamicUrl ? { use_dynamic_url: true } : {}) };
}

/** Provides `virtual:lateral/stages` (where the second stage is built). */
function stagesModule(): Plugin {
  return {
    name: 'lateral-content-stages-module',
    resolveId(id) {
      return id === STAGES_ID ? `\0${STAGES_ID}` : null;
    },
    load(id) {
      return id === `\0${STAGES_ID}` ? `export const activePageFile = ${JSON.stringify(ACTIVE_PAGE_FILE)};` : null;
    },
  };
}

/** One content-script stage, built on its own into the extension's `outDir`. */
function buildStage(outDir: string, minify: boolean, plugins: Plugin[], options: Pick<BuildEnvironmentOptions, 'lib' | 'rollupOptions'>) {
  return build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [storyPacks(), stagesModule(), ...plugins],
    build: { outDir, emptyOutDir: false, minify, sourcemap: false, target: 'es2022', ...options },
  });
}

/** Builds the page-start script as one classic script into `outDir`. */
async function buildContentStart(outDir: string, minify: boolean): Promise<void> {
  await buildStage(outDir, minify, [], {
    lib: { entry: CONTENT_START_SOURCE, formats: ['iife'], name: 'lateralContentStart', fileName: () => CONTENT_START_FILE },
  });
}

/** Every import between the second stage's chunks goes through runtime.getURL (see the top of this file). */
function chunksByUrl(): Plugin {
  return {
    name: 'lateral-chunks-by-url',
    generateBundle(_options, bundle) {
      const graph: Record<string, string[]> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        graph[chunk.fileName] = chunk.imports;
        chunk.code = importsByUrl(chunk.code, chunk.fileName);
      }
      const cycle = importCycle(graph);
      if (cycle) this.error(`the content script's chunks import each other in a cycle: ${cycle.join(' -> ')}`);
    },
  };
}

/** Builds the second stage into `outDir`; returns the files it consists of. */
async function buildSecondStage(outDir: string, minify: boolean): Promise<string[]> {
  const result = (await buildStage(outDir, minify, [textOnlyPreact(), ...preact(), chunksByUrl()], {
    // Library mode: no preload helper around the lazy imports (it reads import.meta and
    // signals on the page's window), and the entry keeps its exports.
    lib: { entry: ACTIVE_PAGE_SOURCE, formats: ['es'], fileName: () => ACTIVE_PAGE_FILE },
    // Library mode keeps white space in ES output by default; these files are never read by a bundler again.
    rollupOptions: { output: { chunkFileNames: SECOND_STAGE_CHUNKS, ...(minify ? { minify: true } : {}) } },
  })) as Rollup.RollupOutput[];
  const files = result.flatMap((output) => output.output);
  return reachable(Object.fromEntries(files.map((file) => [file.fileName, file])), ACTIVE_PAGE_FILE);
}

/**
 * `contentScripts`: the manifest's content scripts whose `js` is src/content/main.ts.
 * The manifest handed to crxjs leaves them out; this plugin writes them back, pointing
 * at the classic script, once both builds are done.
 *
 * `dynamicUrl`: list the second stage's files with `use_dynamic_url` (Chrome).
 */
export function contentStages(contentScripts: ContentScript[], dynamicUrl: boolean): Plugin {
  let outDir = '';
  let minify = true;
  let written = false;
  return {
    ...stagesModule(),
    name: 'lateral-content-stages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      minify = config.build.minify !== false;
    },
    writeBundle() {
      written = true;
    },
    async closeBundle() {
      // Nothing to add to when the extension build itself did not finish.
      if (!outDir || !written) return;
      const resources = await buildSecondStage(outDir, minify);
      await buildContentStart(outDir, minify);
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      manifest.content_scripts = contentScripts.map((script) => ({ ...script, js: [CONTENT_START_FILE] }));
      const matches = [...new Set(contentScripts.flatMap((c) => c.matches ?? []))];
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        webAccessibleEntry(resources, matches, dynamicUrl),
      ];
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
}
