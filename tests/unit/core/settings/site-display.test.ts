import { describe, expect, it } from 'vitest';
import { coversWholeDomain, decodePunycodeLabel, siteForDisplay } from '../../../../src/core/settings/site-display';
import { normaliseSitePattern } from '../../../../src/core/settings/site-patterns';

describe('a stored site shown as the reader typed it', () => {
  it.each(['пример.рф', 'київ.укр/новини', 'bücher.de', '*.münchen.de', 'ñandú.es/Sección'])('%s', (typed) => {
    const stored = normaliseSitePattern(typed);
    expect(stored.split('/')[0]).toMatch(/^[\x20-\x7e]+$/);
    expect(siteForDisplay(stored)).toBe(typed.replace(/^([^/]*)/, (host) => host.toLowerCase()));
  });

  it('leaves ASCII hosts, paths and broken Punycode as they are', () => {
    expect(siteForDisplay('example.com/xn--world')).toBe('example.com/xn--world');
    expect(siteForDisplay('xn--!!.com')).toBe('xn--!!.com');
    expect(decodePunycodeLabel('e1afmkfd')).toBe('пример');
    expect(decodePunycodeLabel('9')).toBeUndefined();
  });
});

describe('a pattern that reaches every site of a top-level domain', () => {
  it.each(['com', '*.com', 'xn--p1ai', '*.xn--p1ai'])('%s is one', (p) => expect(coversWholeDomain(p)).toBe(true));
  it.each(['example.com', '*.example.com', 'localhost', 'intranet:8080', '[::1]', '127.0.0.1', 'co.uk'])('%s is not', (p) =>
    expect(coversWholeDomain(p)).toBe(false),
  );
});
