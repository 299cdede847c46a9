/**
 * Export and import of settings as a JSON file. Import is all or nothing: the file is
 * size-checked, parsed, version-checked, migrated and validated strictly, and every
 * problem comes back with its path. Only a file with no problems yields settings; the
 * caller saves them, so a bad file never touches the current settings.
 */
import { jsonErrorPlace } from './json-error-place';
import { LIMITS } from './limits';
import { migrate } from './migrate';
import { formatPath, problemFromIssue, type Problem } from './problems';
import { SCHEMA_VERSION } from './schema-constants';
import { settingsSchema, type Settings } from './schema';

export const FILE_FORMAT = 'lateral-settings';

export interface SettingsFile {
  format: typeof FILE_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = { format: FILE_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now: Date = new Date()): string {
  return `lateral-settings-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: Problem[] };

const fail = (...problems: Problem[]): ImportResult => ({ ok: false, problems });
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const ALLOWED_TOP_LEVEL = ['format', 'schemaVersion', 'exportedAt', 'settings'];

/** Keeps the list readable when a file has thousands of problems (a 10,000-phrase list). */
function capped(problems: Problem[]): Problem[] {
  if (problems.length <= LIMITS.reportedProblems) return problems;
  const shown = problems.slice(0, LIMITS.reportedProblems);
  shown.push({ path: '(file)', code: 'more-problems', detail: String(problems.length - shown.length) });
  return shown;
}

export function parseSettingsFile(text: string): ImportResult {
  if (new TextEncoder().encode(text).length > LIMITS.importBytes) {
    return fail({ path: '(file)', code: 'too-large', detail: String(Math.round(LIMITS.importBytes / 1024)) });
  }
  if (text.trim() === '') return fail({ path: '(file)', code: 'empty-file' });
  let data: unknown;
  const json = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (error) {
    // The reader gets where the file breaks (line:column), never the engine's own words.
    const place = jsonErrorPlace(json, error instanceof Error ? error.message : String(error));
    return fail({ path: '(file)', code: 'not-json', ...(place && { detail: `${place.line}:${place.column}` }) });
  }
  if (!isRecord(data) || data.format !== FILE_FORMAT) {
    return fail({ path: isRecord(data) ? 'format' : '(file)', code: 'not-settings-file', detail: FILE_FORMAT });
  }
  const problems: Problem[] = [];
  for (const key of Object.keys(data)) {
    if (!ALLOWED_TOP_LEVEL.includes(key)) problems.push({ path: formatPath([key]), code: 'unknown-field', detail: key });
  }
  if (data.exportedAt !== undefined && typeof data.exportedAt !== 'string') {
    problems.push({ path: 'exportedAt', code: 'wrong-type', detail: 'string' });
  }
  if (!isRecord(data.settings)) {
    problems.push({ path: 'settings', code: data.settings === undefined ? 'missing' : 'wrong-type', detail: 'object' });
    return fail(...problems);
  }
  if (data.schemaVersion === undefined) {
    return fail(...problems, { path: 'schemaVersion', code: 'missing', detail: 'number' });
  }
  const migrated = migrate(data.settings, data.schemaVersion);
  if (!migrated.ok) {
    return fail(...problems, { path: 'schemaVersion', code: migrated.reason, detail: String(JSON.stringify(migrated.version)) });
  }
  const result = settingsSchema.safeParse(migrated.settings);
  if (!result.success) problems.push(...result.error.issues.map((issue) => problemFromIssue(issue, migrated.settings, ['settings'])));
  if (problems.length > 0 || !result.success) return fail(...capped(problems));
  return { ok: true, settings: result.data };
}
