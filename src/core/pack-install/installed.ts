/**
 * The form an installed pack is kept in (storage.local): the validated pack for the
 * popover and classroom, its compiled matcher, and its gate as escaped literal
 * patterns, so the content script does no parsing or compiling on a page. Compiling
 * uses the same compilePack the build uses.
 */
import { prepareChecks } from '../detect/checks-run';
import { compilePack } from '../detect/compile';
import { literalPattern } from '../detect/gate';
import { COMPILED_FORMAT, type CompiledPack } from '../detect/types';
import type { StoryPack } from '../pack/schema';
import type { Problem } from '../pack/validate';
import { INSTALL_LIMITS } from './limits';

export const INSTALLED_FORMAT = 1;

export interface PackCounts {
  facts: number;
  discrepancies: number;
  rules: number;
  checks: number;
}

export interface PackSummary {
  id: string;
  version: string;
  title: string;
  languages: string[];
  counts: PackCounts;
}

export interface InstalledPack extends PackSummary {
  format: typeof INSTALLED_FORMAT;
  enabled: boolean;
  /** Regular-expression sources for the page gate, built here from literal words. */
  gate: string[];
  compiled: CompiledPack;
  pack: StoryPack;
}

export function summarize(pack: StoryPack): PackSummary {
  return {
    id: pack.id,
    version: pack.version,
    title: pack.title,
    languages: [...new Set(pack.rules.map((r) => r.lang))].sort(),
    counts: { facts: pack.facts.length, discrepancies: pack.discrepancies.length, rules: pack.rules.length, checks: pack.checks.length },
  };
}

/** Compiles a pack that passed checkInstallable; a compile failure or an oversized result is a problem, not a throw. */
export function compileInstalled(pack: StoryPack): { ok: true; installed: InstalledPack } | { ok: false; problems: Problem[] } {
  let compiled: CompiledPack;
  try {
    compiled = compilePack(pack);
    // Prepare every check once now (checks are word lists, never expressions), so a pack
    // whose checks cannot be read is refused here, not on a page.
    prepareChecks(compiled.checks);
  } catch (error) {
    return { ok: false, problems: [{ path: 'checks', message: `the pack does not compile: ${(error as Error).message}` }] };
  }
  const size = JSON.stringify(compiled).length;
  if (size > INSTALL_LIMITS.compiledChars) {
    return {
      ok: false,
      problems: [{ path: 'rules', message: `the compiled matcher would take ${size} characters; at most ${INSTALL_LIMITS.compiledChars}` }],
    };
  }
  return {
    ok: true,
    installed: { format: INSTALLED_FORMAT, ...summarize(pack), enabled: true, gate: pack.gate.map(literalPattern), compiled, pack },
  };
}

/** A stored record the content script can use as it is; anything else is skipped. */
export function isUsableInstalled(value: unknown): value is InstalledPack {
  const v = value as Partial<InstalledPack> | null;
  return (
    !!v &&
    v.format === INSTALLED_FORMAT &&
    typeof v.id === 'string' &&
    typeof v.enabled === 'boolean' &&
    Array.isArray(v.gate) &&
    v.gate.every((g) => typeof g === 'string') &&
    !!v.compiled &&
    v.compiled.format === COMPILED_FORMAT &&
    v.compiled.packId === v.id &&
    !!v.pack &&
    v.pack.id === v.id
  );
}

/** Semver order: positive when `a` is higher. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export interface UpdateSummary {
  from: string;
  to: string;
  /** One line per part that changes, e.g. "facts: 2 added, 1 removed, 3 changed". */
  changes: string[];
}

/** JSON with keys in sorted order: storage may hand objects back with their keys reordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** What installing `next` over `current` changes, part by part (compared by id). */
export function summarizeUpdate(current: StoryPack, next: StoryPack): UpdateSummary {
  const changes: string[] = [];
  if (current.title !== next.title) changes.push(`title: "${current.title}" → "${next.title}"`);
  for (const key of ['topics', 'sources', 'entities', 'facts', 'discrepancies', 'rules', 'checks'] as const) {
    const before = new Map<string, string>(current[key].map((item: { id: string }) => [item.id, canonical(item)]));
    const after = new Map<string, string>(next[key].map((item: { id: string }) => [item.id, canonical(item)]));
    const added = [...after.keys()].filter((id) => !before.has(id)).length;
    const removed = [...before.keys()].filter((id) => !after.has(id)).length;
    const changed = [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id)).length;
    const parts = [added && `${added} added`, removed && `${removed} removed`, changed && `${changed} changed`].filter(Boolean);
    if (parts.length > 0) changes.push(`${key}: ${parts.join(', ')}`);
  }
  if (canonical(current.gate) !== canonical(next.gate)) changes.push('gate words changed');
  return { from: current.version, to: next.version, changes };
}
