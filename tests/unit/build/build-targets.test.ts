import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, manifestFor, parseTarget, type Manifest } from '../../../build/targets';

const source = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as Manifest;

describe('one manifest, two browsers', () => {
  it('keeps the service worker for Chromium', () => {
    const chrome = manifestFor('chrome', source);
    expect(chrome.background).toEqual({ service_worker: 'src/background/main.ts', type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox background scripts, a gecko id and its data-collection declaration', () => {
    const firefox = manifestFor('firefox', source);
    expect(firefox.background).toEqual({ scripts: ['src/background/main.ts'], type: 'module' });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('does not change the source manifest', () => {
    const before = JSON.stringify(source);
    manifestFor('firefox', source);
    expect(JSON.stringify(source)).toBe(before);
  });

  it('rejects an unknown target by name', () => {
    expect(parseTarget(undefined)).toBe('chrome');
    expect(parseTarget('firefox')).toBe('firefox');
    expect(() => parseTarget('safari')).toThrow(/"safari"/);
  });
});
