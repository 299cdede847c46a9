import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  ITEM_BYTES,
  loadSettings,
  migrate,
  repairSettings,
  resetSettings,
  saveSettings,
  settingsFromItems,
  type StorageAreaLike,
} from '../../../../src/core/settings';

function memoryArea(initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = structuredClone(initial);
  let writes = 0;
  const area: StorageAreaLike = {
    get: async () => structuredClone(items),
    set: async (next) => {
      writes++;
      Object.assign(items, structuredClone(next));
    },
    remove: async (keys) => {
      writes++;
      for (const key of [keys].flat()) delete items[key];
    },
  };
  return { area, items, writes: () => writes };
}

describe('settings storage', () => {
  it('stores nothing for the defaults and only differences otherwise', async () => {
    const { area, items } = memoryArea();
    await saveSettings(area, defaultSettings());
    expect(items).toEqual({});
    const changed = defaultSettings();
    changed.sites.paused = ['example.com'];
    await saveSettings(area, changed);
    expect(items).toEqual({ 'settings.version': 1, 'settings.sites': { paused: ['example.com'] } });
    expect((await loadSettings(area)).settings).toEqual(changed);
  });

  it('removes a field once it is back to its default, and writes nothing when nothing changed', async () => {
    const { area, items, writes } = memoryArea();
    const changed = defaultSettings();
    changed.enabled = false;
    await saveSettings(area, changed);
    const before = writes();
    await saveSettings(area, changed);
    expect(writes()).toBe(before);
    await saveSettings(area, defaultSettings());
    expect(items).toEqual({});
  });

  it('splits a field larger than one sync item into chunks and reads it back', async () => {
    const { area, items } = memoryArea();
    const big = defaultSettings();
    big.customPhrases = Array.from({ length: 50 }, (_, i) => ({ topic: 'plan', phrase: `${'дуже довга фраза '.repeat(4)}${i}`.trim() }));
    await saveSettings(area, big);
    expect(items['settings.customPhrases']).toMatchObject({ $chunks: expect.any(Number) as unknown });
    for (const [key, value] of Object.entries(items)) {
      expect(new TextEncoder().encode(key + JSON.stringify(value)).length).toBeLessThanOrEqual(ITEM_BYTES);
    }
    expect((await loadSettings(area)).settings).toEqual(big);
  });

  it('resets by removing every settings key and nothing else', async () => {
    const { area, items } = memoryArea({ other: 1, 'settings.enabled': false, 'settings.version': 1 });
    await resetSettings(area);
    expect(items).toEqual({ other: 1 });
  });

  it('never throws on a failing storage area', async () => {
    const area: StorageAreaLike = { get: () => Promise.reject(new Error('gone')), set: async () => {}, remove: async () => {} };
    expect((await loadSettings(area)).settings).toEqual(defaultSettings());
  });
});

describe('writes only what the reader changed', () => {
  const phrases = Array.from({ length: 50 }, (_, i) => ({ topic: 'plan', phrase: `${'дуже довга фраза '.repeat(4)}${i}`.trim() }));

  it('leaves settings from a newer version untouched and says why', async () => {
    const stored = {
      'settings.version': 2,
      'settings.enabled': false,
      'settings.future': { shape: 'new' },
      'settings.sensitivity': 'psychic',
    };
    const { area, items, writes } = memoryArea(stored);
    const loaded = await loadSettings(area);
    const next = structuredClone(loaded.settings);
    next.sensitivity = 'broad';
    await expect(saveSettings(area, next, loaded.settings)).rejects.toMatchObject({
      name: 'SettingsNotWritten',
      reason: 'newer-version',
      fields: ['sensitivity'],
    });
    expect(items).toEqual(stored);
    expect(writes()).toBe(0);
  });

  it('never writes over a chunked field whose pieces are still arriving, and writes the field the reader changed', async () => {
    const full = memoryArea();
    const big = defaultSettings();
    big.customPhrases = phrases;
    await saveSettings(full.area, big);
    const pieces = Object.keys(full.items).filter((k) => k.startsWith('settings.customPhrases#'));
    expect(pieces.length).toBeGreaterThan(1);
    // Sync has delivered the marker and all pieces but the last.
    const partial = structuredClone(full.items);
    delete partial[pieces[pieces.length - 1]!];
    const { area, items } = memoryArea(partial);
    const loaded = await loadSettings(area);
    expect(loaded.pending).toEqual(['customPhrases']);
    expect(loaded.repaired).toEqual([]);
    const next = structuredClone(loaded.settings);
    next.sensitivity = 'strict';
    await saveSettings(area, next, loaded.settings);
    expect(items).toEqual({ ...partial, 'settings.sensitivity': 'strict' });
    next.customPhrases = [{ topic: 'plan', phrase: 'one phrase' }];
    await expect(saveSettings(area, next, loaded.settings)).rejects.toMatchObject({ reason: 'pending', fields: ['customPhrases'] });
    // The last piece arrives: everything is there again.
    Object.assign(items, { [pieces[pieces.length - 1]!]: full.items[pieces[pieces.length - 1]!] });
    expect((await loadSettings(area)).settings.customPhrases).toEqual(phrases);
  });

  it('writes nothing when the reader changed nothing, even over damaged or unknown fields', async () => {
    const stored = { 'settings.version': 1, 'settings.enabled': 'yes', 'settings.mystery': 1 };
    const { area, items, writes } = memoryArea(stored);
    const loaded = await loadSettings(area);
    await saveSettings(area, loaded.settings, loaded.settings);
    expect(writes()).toBe(0);
    expect(items).toEqual(stored);
  });

  it('touches only the changed field: a shorter chunked list drops its extra pieces, others stay', async () => {
    const { area, items } = memoryArea();
    const big = defaultSettings();
    big.customPhrases = phrases;
    big.enabled = false;
    await saveSettings(area, big);
    items['settings.future'] = 'kept';
    const small = structuredClone(big);
    small.customPhrases = phrases.slice(0, 2);
    await saveSettings(area, small, big);
    expect(Object.keys(items).filter((k) => k.includes('#'))).toEqual([]);
    expect(items).toEqual({
      'settings.version': 1,
      'settings.enabled': false,
      'settings.customPhrases': phrases.slice(0, 2),
      'settings.future': 'kept',
    });
  });
});

describe('repair of stored values', () => {
  it('keeps valid fields and resets only broken ones', () => {
    const { settings, repaired } = settingsFromItems({
      'settings.version': 1,
      'settings.enabled': 'yes',
      'settings.sensitivity': 'strict',
      'settings.sites': { deny: ['ok.example', 42, 'ok.example', 'https://bad'], paused: 'nope' },
      'settings.highlight': { style: 'underline' },
      'settings.customPhrases': [
        { topic: 'plan', phrase: 'peace plan' },
        { topic: 'plan', phrase: '---' },
      ],
      'settings.rules': { disabled: ['en-witkoff'], off: ['topic:call', 'topic:Bad Key', 'topic:call'], languagesOff: ['de', 7] },
    });
    expect(settings.enabled).toBe(true);
    expect(settings.sensitivity).toBe('strict');
    expect(settings.sites.deny).toEqual(['ok.example']);
    expect(settings.sites.paused).toEqual([]);
    expect(settings.highlight).toEqual({ style: 'underline', mentionColor: '#2f7fd8', discrepancyColor: '#d1343a', coloursByStyle: {} });
    expect(settings.customPhrases).toEqual([{ topic: 'plan', phrase: 'peace plan' }]);
    expect(repaired).toEqual(
      expect.arrayContaining(['enabled', 'sites.deny[1]', 'sites.deny[2]', 'sites.deny[3]', 'sites.paused', 'customPhrases[1]']),
    );
    // Old single-rule switches and the new ones by meaning are kept side by side; only the broken entries go.
    expect(settings.rules).toEqual({ disabled: ['en-witkoff'], off: ['topic:call'], languagesOff: ['de'] });
    expect(repaired).toEqual(expect.arrayContaining(['rules.off[1]', 'rules.off[2]', 'rules.languagesOff[1]']));
  });

  it("keeps each style's saved colours that pass that style's checks, and drops only the others", () => {
    const { settings, repaired } = settingsFromItems({
      'settings.version': 1,
      'settings.highlight': {
        style: 'underline',
        mentionColor: '#2f7fd8',
        discrepancyColor: '#d1343a',
        coloursByStyle: {
          background: { mentionColor: '#ffe08a', discrepancyColor: '#ffc9c9' },
          outline: { mentionColor: '#ffffff', discrepancyColor: '#d1343a' },
        },
      },
    });
    expect(settings.highlight.coloursByStyle).toEqual({ background: { mentionColor: '#ffe08a', discrepancyColor: '#ffc9c9' } });
    expect(settings.highlight.mentionColor).toBe('#2f7fd8');
    expect(repaired).toEqual(['highlight.coloursByStyle.outline']);
  });

  it.each([null, 42, 'text', [], { highlight: 'x', sites: [], rules: null }])('turns %j into valid settings', (value) => {
    expect(settingsFromItems({ 'settings.sites': value, 'settings.highlight': value }).settings).toEqual(defaultSettings());
    expect(() => repairSettings(value)).not.toThrow();
  });

  it('reads a chunked field with pieces missing as not arrived yet, not as damage, and keeps the rest', () => {
    const loaded = settingsFromItems({
      'settings.customPhrases': { $chunks: 3 },
      'settings.customPhrases#0': '[{',
      'settings.enabled': false,
    });
    expect(loaded.settings.customPhrases).toEqual([]);
    expect(loaded.settings.enabled).toBe(false);
    expect(loaded.pending).toEqual(['customPhrases']);
    expect(loaded.repaired).toEqual([]);
  });

  it('resets a field whose chunk marker cannot be a count', () => {
    const loaded = settingsFromItems({ 'settings.customPhrases': { $chunks: 'many' }, 'settings.enabled': false });
    expect(loaded.settings.customPhrases).toEqual([]);
    expect(loaded.repaired).toEqual(['customPhrases']);
    expect(loaded.pending).toBeUndefined();
  });

  it('reads settings from a newer version as best it can, without calling anything damaged', () => {
    const loaded = settingsFromItems({
      'settings.version': 7,
      'settings.enabled': false,
      'settings.future': 1,
      'settings.sensitivity': 'psychic',
    });
    expect(loaded.settings.enabled).toBe(false);
    expect(loaded.settings.sensitivity).toBe('balanced');
    expect(loaded.unreadableVersion).toBe(7);
    expect(loaded.newerVersion).toBe(7);
    expect(loaded.repaired).toEqual([]);
  });

  it('trims lists that exceed their limit', () => {
    const { settings } = settingsFromItems({ 'settings.rules': { disabled: Array.from({ length: 400 }, (_, i) => `rule-${i}`) } });
    expect(settings.rules.disabled).toHaveLength(300);
  });
});

describe('migrations', () => {
  const steps = { 1: (s: Record<string, unknown>) => ({ ...s, renamed: s.old }), 2: (s: Record<string, unknown>) => ({ ...s, v3: true }) };
  it('runs every step from the stored version to the current one', () => {
    expect(migrate({ old: 1 }, 1, 3, steps)).toEqual({ ok: true, settings: { old: 1, renamed: 1, v3: true } });
    expect(migrate({}, 2, 3, steps)).toEqual({ ok: true, settings: { v3: true } });
  });
  it('refuses newer, unknown and gap versions', () => {
    expect(migrate({}, 4, 3, steps)).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(migrate({}, 'two', 3, steps)).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(migrate({}, 1, 3, { 2: steps[2] })).toMatchObject({ ok: false, reason: 'unknown-version' });
  });
});
