import type { Plugin } from 'vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The content script's second stage (src/content/active-page.ts) as a chunk of its own
 * at a fixed path, which the page-start script imports by URL only on pages that pass
 * the gate (`virtual:lateral/stages` gives the path).
 *
 * Why not a plain `import('./active-page')`: Vite wraps every bundled dynamic import in
 * its preload helper (about 0.7 KB gzipped), and that helper would be in the one script
 * every page loads. An import by URL is left as it is.
 *
 * A content script may import only files listed in `web_accessible_resources`; the
 * crxjs plugin lists the page-start script's own chunks, and this plugin adds the
 * second stage and every chunk it reaches, once the manifest is written.
 */
const STAGES_ID = 'virtual:lateral/stages';
export const ACTIVE_PAGE_FILE = 'assets/content-active-page.js';
const ACTIVE_PAGE_SOURCE = resolve(import.meta.dirname, '..', 'src', 'content', 'active-page.ts');

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

type Manifest = {
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches?: string[]; use_dynamic_url?: boolean }[];
};

export function contentStages(): Plugin {
  let outDir = '';
  return {
    name: 'lateral-content-stages',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: ACTIVE_PAGE_SOURCE, fileName: ACTIVE_PAGE_FILE, preserveSignature: 'strict' });
    },
    resolveId(id) {
      return id === STAGES_ID ? `\0${STAGES_ID}` : null;
    },
    load(id) {
      return id === `\0${STAGES_ID}` ? `export const activePageFile = ${JSON.stringify(ACTIVE_PAGE_FILE)};` : null;
    },
    writeBundle(_options, bundle) {
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      const matches = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []))];
      const resources = reachable(bundle as unknown as Record<string, ChunkLike>, ACTIVE_PAGE_FILE);
      if (matches.length === 0 || resources.length === 0) return;
      manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), { resources, matches, use_dynamic_url: false }];
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
}
