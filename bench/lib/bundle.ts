/**
 * Content-script weight: the files the manifest's content scripts load at page start,
 * following static imports (and the crxjs loader's immediate dynamic import of the
 * main chunk), gzipped. Chunks reached only through a lazy `import()` (e.g. the
 * popover) are reported separately. Also greps the start-up files for zod.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleReport {
  /** Files loaded at page start. */
  startup: BundleFile[];
  startupGzip: number;
  startupBytes: number;
  /** Chunks only reached by a lazy import() from the start-up files. */
  lazy: BundleFile[];
  lazyGzip: number;
  /** Start-up files whose text looks like zod (its issue codes, ZodError). */
  zodFound: string[];
  /** Lazily loaded content-script chunks that look like zod. */
  zodFoundLazy: string[];
  css: BundleFile[];
}

const STATIC_IMPORT = /(?:^|[;\s})])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g;
// `import("./x.js")` or the crxjs loader's `import(/* @vite-ignore */ chrome.runtime.getURL("assets/x.js"))`.
const DYNAMIC_IMPORT = /import\(\s*(?:\/\*[^]*?\*\/\s*)*(?:["'`]([^"'`$]+)["'`]|[\w.$]*getURL\(\s*["'`]([^"'`$]+)["'`]\s*\))\s*\)/g;

/** A path of an extension script written as a string. */
const NAMED_CHUNK = /["'`](assets\/[\w.-]+\.js)["'`]/g;

function measure(dist: string, file: string): BundleFile {
  const data = readFileSync(join(dist, file));
  return { file, bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/** Signs of zod in minified output; checked on the start-up files only. */
export function looksLikeZod(source: string): boolean {
  return /invalid_type|too_small|invalid_union|ZodError|\$ZodType|zod\.dev/.test(source);
}

function resolveSpecifier(dist: string, from: string, spec: string): string | null {
  if (/^(?:https?:|data:|chrome-extension:)/.test(spec)) return null;
  const path = spec.startsWith('/') ? normalize(spec.slice(1)) : normalize(join(dirname(from), spec));
  return existsSync(join(dist, path)) ? relative(dist, join(dist, path)) : null;
}

export function analyzeContentBundle(dist: string): BundleReport {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const entries = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const css = (manifest.content_scripts ?? []).flatMap((c) => c.css ?? []).map((f) => measure(dist, f));
  const startup = new Set<string>();
  const lazyRoots = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (startup.has(file)) continue;
    startup.add(file);
    const source = readFileSync(join(dist, file), 'utf8');
    const isLoader = /loader/i.test(file) && source.length < 2000;
    for (const m of source.matchAll(STATIC_IMPORT)) {
      const target = resolveSpecifier(dist, file, m[1]!);
      if (target) queue.push(target);
    }
    for (const m of source.matchAll(DYNAMIC_IMPORT)) {
      // getURL paths are relative to the extension root.
      const target = m[1] ? resolveSpecifier(dist, file, m[1]) : resolveSpecifier(dist, file, `/${m[2]!}`);
      if (!target) continue;
      // The crxjs loader imports the real content script straight away: that is start-up.
      if (isLoader) queue.push(target);
      else lazyRoots.add(target);
    }
  }
  // A chunk the start-up files name by path (imported by URL, see
  // build/vite-plugin-content-stages.ts) is lazy too.
  for (const file of startup) {
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(NAMED_CHUNK)) {
      const target = resolveSpecifier(dist, file, `/${m[1]!}`);
      if (target && !startup.has(target)) lazyRoots.add(target);
    }
  }
  // Lazy chunks plus everything they import that start-up does not already load.
  const lazy = new Set<string>();
  const lazyQueue = [...lazyRoots];
  while (lazyQueue.length > 0) {
    const file = lazyQueue.shift()!;
    if (startup.has(file) || lazy.has(file)) continue;
    lazy.add(file);
    const source = readFileSync(join(dist, file), 'utf8');
    for (const m of [...source.matchAll(STATIC_IMPORT), ...source.matchAll(DYNAMIC_IMPORT)]) {
      const target = m[1] ? resolveSpecifier(dist, file, m[1]) : resolveSpecifier(dist, file, `/${m[2]!}`);
      if (target) lazyQueue.push(target);
    }
  }
  const startupFiles = [...startup].map((f) => measure(dist, f));
  const lazyFiles = [...lazy].map((f) => measure(dist, f));
  return {
    startup: startupFiles,
    startupGzip: startupFiles.reduce((n, f) => n + f.gzip, 0),
    startupBytes: startupFiles.reduce((n, f) => n + f.bytes, 0),
    lazy: lazyFiles,
    lazyGzip: lazyFiles.reduce((n, f) => n + f.gzip, 0),
    zodFound: [...startup].filter((f) => looksLikeZod(readFileSync(join(dist, f), 'utf8'))),
    zodFoundLazy: [...lazy].filter((f) => looksLikeZod(readFileSync(join(dist, f), 'utf8'))),
    css,
  };
}
