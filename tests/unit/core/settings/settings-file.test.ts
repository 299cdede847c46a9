import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, exportSettings, LIMITS, parseSettingsFile } from '../../../../src/core/settings';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'settings');
const files = readdirSync(DIR).sort();
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe('settings files', () => {
  it('has at least 20 bad files', () => expect(files.filter((f) => f.startsWith('bad-')).length).toBeGreaterThanOrEqual(20));

  it('round-trips an export', () => {
    const settings = defaultSettings();
    settings.sensitivity = 'broad';
    settings.customPhrases = [{ topic: 'call', phrase: 'Віткофф і Ушаков' }];
    expect(parseSettingsFile(exportSettings(settings))).toEqual({ ok: true, settings });
  });

  it.each(files.filter((f) => f.startsWith('good-')))('accepts %s', (name) => {
    expect(parseSettingsFile(read(name)).ok).toBe(true);
  });

  it.each(files.filter((f) => f.startsWith('bad-')))('refuses %s with located problems', (name) => {
    const result = parseSettingsFile(read(name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.length).toBeLessThanOrEqual(LIMITS.reportedProblems + 1);
    for (const problem of result.problems) expect(problem.path).not.toBe('');
  });

  it('lists every problem in a file, with paths', () => {
    const result = parseSettingsFile(read('bad-site-patterns.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path} ${p.code} ${p.detail ?? ''}`.trim())).toEqual([
      'settings.sites.allow[0] bad-site has-scheme',
      'settings.sites.allow[1] bad-site bad-host',
      'settings.sites.allow[2] bad-site bad-port',
      'settings.sites.allow[3] bad-site bad-host',
      'settings.sites.allow[4] bad-site bad-path',
      'settings.sites.allow[5] bad-site empty',
      'settings.sites.allow[7] duplicate',
    ]);
  });

  it('names newer versions and unknown fields', () => {
    expect(parseSettingsFile(read('bad-newer-version.json'))).toMatchObject({
      ok: false,
      problems: [{ path: 'schemaVersion', code: 'newer-version' }],
    });
    expect(parseSettingsFile(read('bad-prototype-pollution.json'))).toMatchObject({ ok: false, problems: [{ code: 'unknown-field' }] });
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });
});
