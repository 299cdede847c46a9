/**
 * No remote code and a strict CSP, checked on what ships: the built extension in
 * $LATERAL_DIST_ROOT (default dist/) for both browsers. The scripts may name web
 * addresses as data (source homepages, XML namespaces), but nothing loads code or data
 * from the network: no remote <script src>, import(), importScripts(), fetch() of a web
 * address, XMLHttpRequest, WebSocket, EventSource or sendBeacon, and no code built from
 * strings (eval, Function, string timers) at all: zod's probe for `new Function` is
 * answered at build time (build/vite-plugin-no-eval-zod.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DIST = join(ROOT, process.env.LATERAL_DIST_ROOT ?? 'dist');
const TARGETS = ['chrome', 'firefox'] as const;

/** The parts of a built manifest.json these checks read. */
interface BuiltManifest {
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  permissions?: string[];
  optional_permissions?: string[];
  externally_connectable?: unknown;
  host_permissions?: string[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** String-to-code sites allowed in the bundle: none. */
const ALLOWED_CODEGEN: string[] = [];

const CODEGEN = [
  /\beval\s*\(/g,
  /\bnew\s+Function\b/g,
  /(?<![.\w$])Function\s*\(/g,
  /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g,
  /\bdocument\.write(?:ln)?\s*\(/g,
  /\.insertAdjacentHTML\s*\(/g,
  /\.createContextualFragment\s*\(/g,
  // Clearing with an empty literal (Preact does) writes no markup.
  /\.(?:inner|outer)HTML\s*=(?!=)(?!\s*(?:``|""|''))/g,
];
const NETWORK = [
  /\bimportScripts\s*\(/g,
  /\bimport\s*\(\s*["'`](?!\.{0,2}\/)/g,
  /\bfrom\s*["'`]https?:/g,
  /\bfetch\s*\(\s*["'`]https?:/g,
  /\bnew\s+XMLHttpRequest\b/g,
  /\bnew\s+WebSocket\b/g,
  /\bnew\s+EventSource\b/g,
  /\bsendBeacon\s*\(/g,
  /\bnew\s+Worker\s*\(\s*["'`]https?:/g,
];

function hits(source: string, patterns: RegExp[]): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    for (const m of source.matchAll(pattern)) {
      const around = source.slice(Math.max(0, m.index - 40), m.index + 60);
      if (ALLOWED_CODEGEN.some((allowed) => around.includes(allowed) || source.slice(m.index - 12, m.index + 40).includes(allowed)))
        continue;
      found.push(around.replace(/\s+/g, ' '));
    }
  }
  return found;
}

for (const target of TARGETS) {
  const dir = join(DIST, target);
  const built = existsSync(join(dir, 'manifest.json'));
  if (!built) console.warn(`robust-dist: SKIPPED for ${target}: no build in ${dir}; run \`node scripts/build.mjs\` first`);

  describe.skipIf(!built)(`built ${target} extension (${relative(ROOT, dir)})`, () => {
    const files = built ? filesUnder(dir) : [];
    const scripts = files.filter((f) => f.endsWith('.js'));
    const pages = files.filter((f) => f.endsWith('.html'));
    const styles = files.filter((f) => f.endsWith('.css'));
    const manifest = built ? (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest) : ({} as BuiltManifest);

    it('has scripts and pages to check', () => {
      expect(scripts.length).toBeGreaterThan(3);
      expect(pages.length).toBeGreaterThanOrEqual(3);
    });

    it('loads no script, module, worker or data from the network', () => {
      const found = scripts.flatMap((f) => hits(readFileSync(f, 'utf8'), NETWORK).map((h) => `${relative(dir, f)}: ${h}`));
      expect(found).toEqual([]);
    });

    it('builds no code from strings and writes no raw HTML (eval, Function, string timers, innerHTML)', () => {
      const found = scripts.flatMap((f) => hits(readFileSync(f, 'utf8'), CODEGEN).map((h) => `${relative(dir, f)}: ${h}`));
      expect(found).toEqual([]);
    });

    it('its HTML pages load only packaged scripts and styles, and carry no inline script', () => {
      const problems: string[] = [];
      for (const page of pages) {
        const html = readFileSync(page, 'utf8');
        for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
          const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(m[1] ?? '')?.[1];
          if (!src) problems.push(`${relative(dir, page)}: inline <script>`);
          else if (/^(?:[a-z]+:)?\/\//i.test(src)) problems.push(`${relative(dir, page)}: remote script ${src}`);
        }
        for (const m of html.matchAll(/<(?:link|img|iframe|object|embed)\b[^>]*(?:href|src)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)) {
          problems.push(`${relative(dir, page)}: remote resource ${m[1]}`);
        }
        if (/\son[a-z]+\s*=/i.test(html)) problems.push(`${relative(dir, page)}: inline event handler`);
      }
      expect(problems).toEqual([]);
    });

    it('its stylesheets import no remote fonts or images', () => {
      const found = styles.flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/(?:@import\s+|url\(\s*["']?)((?:https?:)?\/\/[^"')\s]+)/gi)].map(
          (m) => `${relative(dir, f)}: ${m[1]}`,
        ),
      );
      expect(found).toEqual([]);
    });

    it('declares a strict CSP for its pages: only its own scripts, no eval, no plugins', () => {
      const csp = manifest.content_security_policy;
      expect(typeof csp, 'MV3 takes an object keyed by extension_pages').toBe('object');
      const directives = new Map<string, string[]>(
        String(csp?.extension_pages)
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((parts) => parts[0])
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      const objectSrc = directives.get('object-src');
      expect(objectSrc && objectSrc.every((v) => v === "'none'" || v === "'self'")).toBe(true);
      for (const [name, values] of directives) {
        for (const value of values) {
          expect(value, `${name} must not allow ${value}`).not.toMatch(
            /unsafe-eval|unsafe-inline|^https?:|^\*$|^data:$|^blob:$|wasm-unsafe-eval/,
          );
        }
      }
      expect(csp?.sandbox, 'no sandboxed pages with a looser policy').toBeUndefined();
    });

    it('asks for no permission it does not need and opens no channel to web pages', () => {
      const risky = [
        'debugger',
        'nativeMessaging',
        'cookies',
        'history',
        'webRequest',
        'webRequestBlocking',
        'proxy',
        'management',
        'clipboardRead',
        'geolocation',
        'privacy',
        'browsingData',
        'webNavigation',
        'scripting',
        'declarativeNetRequest',
      ];
      const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
      expect(asked.filter((p) => risky.includes(p))).toEqual([]);
      expect(manifest.externally_connectable).toBeUndefined();
      expect(JSON.stringify(manifest.host_permissions ?? [])).not.toContain('<all_urls>');
    });

    if (target === 'firefox') {
      it('declares to Firefox that it collects no data', () => {
        expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      });
    }
  });
}
