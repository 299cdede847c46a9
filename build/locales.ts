import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * UI strings live in locales/<lang>/<area>.json (manifest, popover, popup, options,
 * classroom…) so each part of Lateral owns its own file. The build merges them into
 * the browser's _locales/<lang>/messages.json and refuses duplicate keys and any
 * language that lacks a key another language has: both languages ship complete.
 */
export const LOCALES_DIR = resolve(import.meta.dirname, '..', 'locales');

export type Messages = Record<string, { message: string; description?: string; placeholders?: unknown }>;

export function mergeLocales(dir = LOCALES_DIR): Map<string, Messages> {
  const merged = new Map<string, Messages>();
  const problems: string[] = [];
  for (const lang of readdirSync(dir).sort()) {
    const messages: Messages = {};
    for (const file of readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const entries = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Messages;
      for (const [key, value] of Object.entries(entries)) {
        if (!/^[A-Za-z0-9_]+$/.test(key)) problems.push(`${lang}/${file}: "${key}" is not a valid message name`);
        if (key in messages) problems.push(`${lang}/${file}: "${key}" is defined twice`);
        if (typeof value?.message !== 'string' || value.message === '') problems.push(`${lang}/${file}: "${key}" has no message`);
        messages[key] = value;
      }
    }
    merged.set(lang, messages);
  }
  const allKeys = new Set([...merged.values()].flatMap((m) => Object.keys(m)));
  for (const [lang, messages] of merged) {
    for (const key of allKeys) if (!(key in messages)) problems.push(`${lang}: missing "${key}"`);
  }
  if (problems.length > 0) throw new Error(`Locale problems:\n  ${problems.join('\n  ')}`);
  return merged;
}
