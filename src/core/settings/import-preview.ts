/**
 * What importing a settings file would change, so the reader can confirm or cancel before
 * anything is replaced: the settings whose values differ, by path (`sensitivity`,
 * `sites.allow`), and how many of the reader's own phrases the file drops or brings.
 * Objects are compared field by field, lists and plain values as a whole, as storage
 * compares them (diff.ts).
 */
import { deepEqual } from './diff';
import { phraseKey } from './phrases';
import type { CustomPhrase, Settings } from './schema';

export interface ImportPreview {
  /** Paths of the settings the file changes, custom phrases aside. */
  changed: string[];
  /** The reader's phrases the file does not have: importing removes them. */
  phrasesRemoved: number;
  /** Phrases in the file the reader does not have yet. */
  phrasesAdded: number;
}

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

function changedPaths(current: unknown, incoming: unknown, path: string, out: string[]): void {
  // A group one side does not have (the colours kept for a style never used) compares as
  // empty, so what changes is named field by field, as the options page shows them.
  if (current === undefined && isPlain(incoming)) current = {};
  if (incoming === undefined && isPlain(current)) incoming = {};
  if (isPlain(current) && isPlain(incoming)) {
    const keys = new Set([...Object.keys(current), ...Object.keys(incoming)]);
    for (const key of keys) changedPaths(current[key], incoming[key], path === '' ? key : `${path}.${key}`, out);
  } else if (!deepEqual(current, incoming)) out.push(path);
}

/** How many of `from` are missing in `to`, comparing phrases as the matcher does. */
function missing(from: readonly CustomPhrase[], to: readonly CustomPhrase[]): number {
  const kept = new Set(to.map((p) => phraseKey(p.topic, p.phrase)));
  return from.filter((p) => !kept.has(phraseKey(p.topic, p.phrase))).length;
}

export function previewImport(current: Settings, incoming: Settings): ImportPreview {
  const { customPhrases: currentPhrases, ...currentRest } = current;
  const { customPhrases: incomingPhrases, ...incomingRest } = incoming;
  const changed: string[] = [];
  changedPaths(currentRest, incomingRest, '', changed);
  return {
    changed,
    phrasesRemoved: missing(currentPhrases, incomingPhrases),
    phrasesAdded: missing(incomingPhrases, currentPhrases),
  };
}
