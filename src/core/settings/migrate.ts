/**
 * Settings carry a schema version. A migration turns the stored shape of version N into
 * version N+1; they run in order up to SCHEMA_VERSION before validation and repair.
 * Version 1 is the first shape Lateral shipped, and a stored value with no version is
 * read as version 1. When the shape changes, bump SCHEMA_VERSION and add a step here.
 */
import { SCHEMA_VERSION } from './schema-constants';

export type Migration = (settings: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades version n to n + 1. */
export const MIGRATIONS: Record<number, Migration> = {};

export type MigrationOutcome =
  { ok: true; settings: Record<string, unknown> } | { ok: false; reason: 'newer-version' | 'unknown-version'; version: unknown };

export function migrate(
  settings: Record<string, unknown>,
  version: unknown,
  target: number = SCHEMA_VERSION,
  steps: Record<number, Migration> = MIGRATIONS,
): MigrationOutcome {
  const from = version === undefined ? 1 : version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, reason: 'unknown-version', version };
  if (from > target) return { ok: false, reason: 'newer-version', version };
  let current = settings;
  for (let v = from; v < target; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: 'unknown-version', version };
    current = step(structuredClone(current));
  }
  return { ok: true, settings: current };
}
