import type { Plugin } from 'vite';

/**
 * Lateral renders page, pack and user text only as text. Preact keeps one path
 * that writes raw HTML (`dangerouslySetInnerHTML`); Lateral never uses it, so the
 * build turns that write into a text write. That closes the path for good and keeps
 * `web-ext lint` free of its unsafe-assignment warning. If a Preact upgrade changes
 * the code, the build stops here rather than shipping the raw-HTML path silently.
 */
const RAW_HTML_WRITE = 'u.innerHTML=h.__html';
const TEXT_WRITE = 'u.textContent=h.__html';

export function textOnlyPreact(): Plugin {
  return {
    name: 'lateral-text-only-preact',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      if (!code.includes(RAW_HTML_WRITE)) {
        this.error(`Preact's raw-HTML write was not found in ${id}; review build/vite-plugin-text-only-preact.ts`);
      }
      return { code: code.replace(RAW_HTML_WRITE, TEXT_WRITE), map: null };
    },
  };
}
