import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, mergeLocales } from '../../../build/locales';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/locales/${name}`, import.meta.url));

describe('locale files', () => {
  it('merges every area file of a language', () => {
    const merged = mergeLocales(fixture('good'));
    expect(Object.keys(merged.get('en')!).sort()).toEqual(['a', 'b']);
    expect(merged.get('uk')!.b!.message).toBe('Б');
  });

  it('names missing and duplicated keys', () => {
    expect(() => mergeLocales(fixture('missing'))).toThrow(/uk\/y\.json: "a" is defined twice[\s\S]*uk: missing "b"/);
  });

  it('ships English and Ukrainian complete', () => {
    const merged = mergeLocales(LOCALES_DIR);
    expect([...merged.keys()].sort()).toEqual(['en', 'uk']);
    expect(Object.keys(merged.get('uk')!).sort()).toEqual(Object.keys(merged.get('en')!).sort());
  });
});
