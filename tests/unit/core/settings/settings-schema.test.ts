import { DEFAULT_SETTINGS } from '../../../../src/core/settings/schema-constants';
import { describe, expect, it } from 'vitest';
import { CUSTOM_PHRASE_LIMITS } from '../../../../src/core/detect/index';
import {
  contrastRatio,
  DEFAULT_COLOURS,
  defaultSettings,
  hasEnoughContrast,
  HIGHLIGHT_STYLES,
  inactiveReason,
  LIMITS,
  normaliseSitePattern,
  phraseProblem,
  settingsSchema,
  siteKey,
  sitePatternMatches,
  sitePatternProblem,
} from '../../../../src/core/settings';

describe('settings schema', () => {
  it('parses {} into the defaults', () => {
    expect(settingsSchema.parse({})).toEqual(defaultSettings());
    // The zod-free copy the content script falls back to is the same object.
    expect(DEFAULT_SETTINGS).toEqual(defaultSettings());
    expect(defaultSettings().enabled).toBe(true);
    expect(defaultSettings().sensitivity).toBe('balanced');
  });

  it('keeps phrase limits equal to the matcher', () => {
    expect(LIMITS.customPhrases).toBe(CUSTOM_PHRASE_LIMITS.maxCount);
    expect(LIMITS.phraseMaxLength).toBe(CUSTOM_PHRASE_LIMITS.maxLength);
    expect(LIMITS.phraseMinLength).toBe(CUSTOM_PHRASE_LIMITS.minLength);
  });

  it('ships default colours that pass their own contrast check', () => {
    for (const style of HIGHLIGHT_STYLES) {
      expect(hasEnoughContrast(DEFAULT_COLOURS[style].mention, style)).toBe(true);
      expect(hasEnoughContrast(DEFAULT_COLOURS[style].discrepancy, style)).toBe(true);
    }
    expect(hasEnoughContrast('#fff3a3', 'underline')).toBe(false);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });
});

describe('site patterns', () => {
  it.each([
    ['example.com', undefined],
    ['*.example.com', undefined],
    ['example.com/world', undefined],
    ['localhost:8080', undefined],
    ['127.0.0.1', undefined],
    ['', 'empty'],
    ['https://example.com', 'has-scheme'],
    ['exa mple.com', 'bad-host'],
    ['*.*.com', 'bad-host'],
    ['Example.com', 'bad-host'],
    ['example.com:99999', 'bad-port'],
    ['example.com/?q', 'bad-path'],
    [`${'a'.repeat(101)}.com`, 'too-long'],
    ['[::1]', undefined],
    ['[::1]:8080', undefined],
    ['[2001:db8::7]/world', undefined],
    ['::1', 'bad-ipv6'],
    ['2001:db8::7', 'bad-ipv6'],
    ['[::1', 'bad-ipv6'],
    ['[::1]8080', 'bad-ipv6'],
    ['[::g]', 'bad-ipv6'],
    ['[1::2::3]', 'bad-ipv6'],
    ['*.[::1]', 'bad-ipv6'],
    ['[::1]:http', 'bad-port'],
    ['[::1]:99999', 'bad-port'],
    ['example.com:80:90', 'bad-port'],
  ])('%s -> %s', (pattern, problem) => {
    expect(sitePatternProblem(pattern)).toBe(problem);
  });

  it('takes a host typed in its own script as the address browsers give its pages', () => {
    expect(normaliseSitePattern('пример.рф')).toBe('xn--e1afmkfd.xn--p1ai');
    expect(normaliseSitePattern('https://*.Müller.de/welt')).toBe('*.xn--mller-kva.de/welt');
    expect(sitePatternProblem(normaliseSitePattern('пример.рф'))).toBeUndefined();
    expect(sitePatternMatches(normaliseSitePattern('пример.рф'), new URL('https://новости.пример.рф/'))).toBe(true);
    // Not a host in any script: left for the validator to name.
    expect(sitePatternProblem(normaliseSitePattern('пример рф'))).toBe('bad-host');
  });

  it('takes an IPv6 address in brackets, in the short form browsers give its pages', () => {
    expect(normaliseSitePattern(' http://[::1]:8080/ ')).toBe('[::1]:8080');
    expect(normaliseSitePattern('[0:0:0:0:0:0:0:1]')).toBe('[::1]');
    expect(normaliseSitePattern('[2001:DB8:0::7]/World')).toBe('[2001:db8::7]/World');
    expect(normaliseSitePattern('[::1')).toBe('[::1');
    const at = (url: string) => new URL(url);
    expect(sitePatternMatches('[::1]', at('http://[::1]:8080/page'))).toBe(true);
    expect(sitePatternMatches('[::1]:8080', at('http://[0:0::1]:8080/'))).toBe(true);
    expect(sitePatternMatches('[::1]:8080', at('http://[::1]:8081/'))).toBe(false);
    expect(sitePatternMatches('[::1]', at('http://[::2]/'))).toBe(false);
    expect(sitePatternMatches('[::1]', at('http://127.0.0.1/'))).toBe(false);
    // A file may carry the long form: it matches the same pages.
    expect(sitePatternMatches('[0:0:0:0:0:0:0:1]', at('http://[::1]/'))).toBe(true);
  });

  it('pauses a page at an IPv6 address under the host name its address gives', () => {
    const s = defaultSettings();
    s.sites.paused = [siteKey(new URL('http://[::1]:8080/'))];
    expect(settingsSchema.safeParse(s).success).toBe(true);
    expect(inactiveReason(s, 'http://[::1]:9000/')).toBe('paused');
    s.sites.paused = ['[0::1]'];
    expect(settingsSchema.safeParse(s).success).toBe(false);
  });

  it('matches hosts, subdomains, ports and paths', () => {
    const at = (url: string) => new URL(url);
    expect(sitePatternMatches('example.com', at('https://news.example.com/a'))).toBe(true);
    expect(sitePatternMatches('example.com', at('https://badexample.com/'))).toBe(false);
    expect(sitePatternMatches('*.example.com', at('https://example.com/'))).toBe(false);
    expect(sitePatternMatches('example.com/world', at('https://example.com/world/europe'))).toBe(true);
    expect(sitePatternMatches('example.com/world', at('https://example.com/sport'))).toBe(false);
    expect(sitePatternMatches('localhost:8080', at('http://localhost:8081/'))).toBe(false);
  });

  it('takes a section to the end of a path segment, with the case of the address', () => {
    const at = (url: string) => new URL(url);
    for (const pattern of ['example.com/world', 'example.com/world/']) {
      for (const path of ['/world', '/world/', '/world/europe/a']) {
        expect(sitePatternMatches(pattern, at(`https://example.com${path}`)), `${pattern} ${path}`).toBe(true);
      }
      for (const path of ['/worldcup/final', '/worlds', '/World/europe', '/']) {
        expect(sitePatternMatches(pattern, at(`https://example.com${path}`)), `${pattern} ${path}`).toBe(false);
      }
    }
    expect(sitePatternMatches('example.com/news/world', at('https://example.com/news/worldcup'))).toBe(false);
  });

  it('keeps a section out of the denied sites to the same segment boundary', () => {
    const s = defaultSettings();
    s.sites.deny = ['example.com/world'];
    expect(inactiveReason(s, 'https://example.com/world/europe')).toBe('denied');
    expect(inactiveReason(s, 'https://example.com/worldcup/final')).toBeUndefined();
    expect(inactiveReason(s, 'https://example.com/World/europe')).toBeUndefined();
  });

  it('tidies a section typed with or without its trailing slash to one entry, keeping its case', () => {
    expect(normaliseSitePattern('Example.COM/world/')).toBe('example.com/world');
    expect(normaliseSitePattern('HTTPS://example.com/world//')).toBe('example.com/world');
    expect(normaliseSitePattern('example.com/World')).toBe('example.com/World');
    expect(normaliseSitePattern('example.com/')).toBe('example.com');
  });
});

describe('inactiveReason', () => {
  const url = 'https://news.example.com/story';
  it('is undefined with the defaults', () => expect(inactiveReason(defaultSettings(), url)).toBeUndefined());
  it('checks off, paused, denied, not listed in that order', () => {
    const s = defaultSettings();
    s.sites.mode = 'listed';
    expect(inactiveReason(s, url)).toBe('not-listed');
    s.sites.deny = ['example.com'];
    expect(inactiveReason(s, url)).toBe('denied');
    s.sites.paused = ['news.example.com'];
    expect(inactiveReason(s, url)).toBe('paused');
    s.enabled = false;
    expect(inactiveReason(s, url)).toBe('disabled');
  });
  it('runs on listed sites', () => {
    const s = defaultSettings();
    s.sites.mode = 'listed';
    s.sites.allow = ['example.com'];
    expect(inactiveReason(s, url)).toBeUndefined();
  });
});

describe('custom phrases', () => {
  it.each([
    ['peace framework', undefined],
    ['Віткофф', undefined],
    ['', 'empty'],
    ['   ', 'empty'],
    ['x', 'too-short'],
    ['a'.repeat(81), 'too-long'],
    // Plain text: characters that mean something in a regular expression mean themselves here.
    ['(a+)+$', undefined],
    ['plan|deal', undefined],
    ['deal?', undefined],
    ['*the* plan', undefined],
    ['---', 'no-letters'],
    ['plan\u202eevil', 'control-characters'],
    [' padded', 'extra-spaces'],
    ['two  spaces', 'extra-spaces'],
  ])('%j -> %s', (phrase, problem) => {
    expect(phraseProblem(phrase)).toBe(problem);
  });
});
