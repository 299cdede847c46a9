import type { Plugin } from 'vite';

/**
 * zod probes whether it may compile validators with `new Function`. Lateral's
 * extension pages forbid that in their CSP, so the probe can only ever answer
 * "no"; the build answers it directly. That keeps string-built code out of the
 * package (web-ext lint's DANGEROUS_EVAL) and spares the CSP violation report the
 * probe would trigger. If a zod upgrade moves the probe, the build stops here.
 */
const PROBE = /try \{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}/;

export function noEvalZod(): Plugin {
  return {
    name: 'lateral-no-eval-zod',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!PROBE.test(code)) this.error(`zod's eval probe was not found in ${id}; review build/vite-plugin-no-eval-zod.ts`);
      return { code: code.replace(PROBE, 'try {\n        return false;\n    }'), map: null };
    },
  };
}
