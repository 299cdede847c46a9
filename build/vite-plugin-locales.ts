import type { Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES_DIR, mergeLocales } from './locales.ts';

/** Emits _locales/<lang>/messages.json from locales/<lang>/*.json (see build/locales.ts). */
export function locales(): Plugin {
  return {
    name: 'lateral-locales',
    buildStart() {
      for (const lang of readdirSync(LOCALES_DIR)) {
        for (const file of readdirSync(join(LOCALES_DIR, lang))) this.addWatchFile(join(LOCALES_DIR, lang, file));
      }
    },
    generateBundle() {
      for (const [lang, messages] of mergeLocales()) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: `${JSON.stringify(messages, null, 2)}\n`,
        });
      }
    },
  };
}
