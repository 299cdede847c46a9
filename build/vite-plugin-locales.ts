import type { Plugin } from 'vite';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCALES_DIR, mergeLocales } from './locales.ts';

const serialise = (messages: object) => `${JSON.stringify(messages, null, 2)}\n`;

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
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: serialise(messages) });
      }
    },
    // `npm run dev` writes the extension without a bundle step: put the files there too,
    // once the dev server (and the extension's own file writer) has started.
    configureServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.httpServer?.once('listening', () => {
        for (const [lang, messages] of mergeLocales()) {
          mkdirSync(join(outDir, '_locales', lang), { recursive: true });
          writeFileSync(join(outDir, '_locales', lang, 'messages.json'), serialise(messages));
        }
      });
    },
  };
}
