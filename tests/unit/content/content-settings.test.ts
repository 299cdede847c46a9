import { describe, expect, it } from 'vitest';
import { settingsFromStorage } from '../../../src/content/settings';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/schema-constants';
import { encodeItems } from '../../../src/core/settings/storage';

describe('settings read at page start, straight from storage', () => {
  it('are the defaults when nothing is stored', () => {
    expect(settingsFromStorage({})).toEqual(DEFAULT_SETTINGS);
  });

  it('lay what the options page stored over the defaults', () => {
    const items = encodeItems({
      enabled: false,
      highlight: { style: 'underline' },
      sites: { paused: ['example.org'] },
      customPhrases: [{ topic: 'call', phrase: 'the envoy call' }],
    });
    expect(settingsFromStorage(items)).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      highlight: { ...DEFAULT_SETTINGS.highlight, style: 'underline' },
      sites: { ...DEFAULT_SETTINGS.sites, paused: ['example.org'] },
      customPhrases: [{ topic: 'call', phrase: 'the envoy call' }],
    });
  });

  it('drop a bad field to its default and keep the rest', () => {
    const settings = settingsFromStorage({
      'settings.version': 1,
      'settings.enabled': 'yes',
      'settings.sensitivity': 'strict',
      'settings.highlight': { mentionColor: 'red; background: url(x)' },
      'settings.sites': { paused: 'example.org' },
      'settings.rules': { disabled: [1, 2] },
      'settings.customPhrases': null,
      unrelated: 42,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'strict' });
  });

  it('leave to the background what only it can read: pieces of a field, another schema version', () => {
    const deny = Array.from({ length: 100 }, (_, i) => `site-${i}.${'long-name.'.repeat(8)}example`);
    const items = encodeItems({ sites: { deny } });
    expect(Object.keys(items).some((key) => key.includes('#'))).toBe(true);
    expect(settingsFromStorage(items)).toBeNull();
    expect(settingsFromStorage({ 'settings.version': 2, 'settings.enabled': false })).toBeNull();
  });
});
