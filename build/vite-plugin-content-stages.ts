import { build, type Plugin } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { storyPacks } from './vite-plugin-story-packs.ts';

/**
 * The content script in two stages:
 * - the page-start script (src/content/main.ts), which every page runs, as one classic
 *   script (`content-start.js`) built on its own and named in the manifest. Loaded as ES
 *   modules, the way the crxjs plugin loads content scripts, it took a loader, a
 *   dynamic import and a task per module to fetch, compile and cache: about five tasks
 *   on every page before Lateral's own code ran;
 * - the second stage (src/content/active-page.ts) as a chunk of the extension build at
 *   a fixed path, which the first imports by URL only on pages that pass the gate
 *   (`virtual:lateral/stages` gives the path). An import by URL also keeps Vite's
 *   preload helper out of the first stage.
 *
 * A content script may import only files listed in `web_accessible_resources`, so the
 * second stage and every chunk it reaches are added there once the manifest is written.
 */
const STAGES_ID = 'virtual:lateral/stages';
export const ACTIVE_PAGE_FILE = 'assets/content-active-page.js';
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
  web_accessible_resources?: { resources: string[]; matches?: string[]; use_dynamic_url?: boolean }[];
};

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

/** Builds the page-start script as one classic script into `outDir`. */
async function buildContentStart(outDir: string, minify: boolean): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [storyPacks(), stagesModule()],
    build: {
      outDir,
      emptyOutDir: false,
      minify,
      sourcemap: false,
      target: 'es2022',
      lib: { entry: CONTENT_START_SOURCE, formats: ['iife'], name: 'lateralContentStart', fileName: () => CONTENT_START_FILE },
    },
  });
}

/**
 * `contentScripts`: the manifest's content scripts whose `js` is src/content/main.ts.
 * The manifest handed to crxjs leaves them out; this plugin writes them back, pointing
 * at the classic script, once both builds are done.
 */
export function contentStages(contentScripts: ContentScript[]): Plugin {
  let outDir = '';
  let minify = true;
  let resources: string[] = [];
  return {
    ...stagesModule(),
    name: 'lateral-content-stages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      minify = config.build.minify !== false;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: ACTIVE_PAGE_SOURCE, fileName: ACTIVE_PAGE_FILE, preserveSignature: 'strict' });
    },
    writeBundle(_options, bundle) {
      resources = reachable(bundle, ACTIVE_PAGE_FILE);
    },
    async closeBundle() {
      if (!outDir || resources.length === 0) return;
      await buildContentStart(outDir, minify);
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      manifest.content_scripts = contentScripts.map((script) => ({ ...script, js: [CONTENT_START_FILE] }));
      const matches = [...new Set(contentScripts.flatMap((c) => c.matches ?? []))];
      manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), { resources, matches, use_dynamic_url: false }];
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
}
