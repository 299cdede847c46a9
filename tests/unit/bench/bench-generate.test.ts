// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { generatePage, sizeLabel } from '../../../bench/lib/generate';

const PHRASES = ['Steve Witkoff', 'Yuri Ushakov', '28-point plan'];

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function count(text: string, phrases: readonly string[]): number {
  return phrases.reduce((n, p) => n + text.split(p).length - 1, 0);
}

describe('bench page generator', () => {
  it('produces about the requested amount of visible text', () => {
    for (const textChars of [10 * 1024, 200 * 1024]) {
      const page = generatePage({ textChars, mentions: 0, phrases: PHRASES });
      const text = parse(page.html).body.textContent ?? '';
      expect(text.length).toBeGreaterThanOrEqual(textChars * 0.95);
      expect(text.length).toBeLessThanOrEqual(textChars * 1.1);
      expect(page.textChars).toBeGreaterThanOrEqual(textChars);
    }
  });

  it('places exactly the requested mentions, drawn from the phrases', () => {
    for (const mentions of [0, 10, 100]) {
      const page = generatePage({ textChars: 50 * 1024, mentions, phrases: PHRASES, seed: 3 });
      expect(page.mentions).toBe(mentions);
      expect(count(parse(page.html).body.textContent ?? '', PHRASES)).toBe(mentions);
    }
  });

  it('spreads mentions over the whole page, some inside links and some across an element boundary', () => {
    const page = generatePage({ textChars: 100 * 1024, mentions: 100, phrases: PHRASES, seed: 5 });
    const doc = parse(page.html);
    const paragraphs = [...doc.querySelectorAll('article p, article li, article figcaption')];
    const withMention = paragraphs.map((p, i) => (count(p.textContent ?? '', PHRASES) > 0 ? i : -1)).filter((i) => i >= 0);
    expect(withMention[0]!).toBeLessThan(paragraphs.length * 0.1);
    expect(withMention[withMention.length - 1]!).toBeGreaterThan(paragraphs.length * 0.9);
    expect(page.splitMentions).toBeGreaterThan(0);
    const linked = [...doc.querySelectorAll('a')].filter((a) => PHRASES.includes(a.textContent ?? '')).length;
    expect(linked).toBeGreaterThan(0);
  });

  it('looks like an article: navigation, headline, sections, inline elements, footer', () => {
    const doc = parse(generatePage({ textChars: 60 * 1024, mentions: 0, phrases: PHRASES }).html);
    expect(doc.querySelector('header nav a')).not.toBeNull();
    expect(doc.querySelectorAll('article h1')).toHaveLength(1);
    expect(doc.querySelectorAll('article h2').length).toBeGreaterThan(3);
    expect(doc.querySelectorAll('article p em, article p a, article p span').length).toBeGreaterThan(20);
    expect(doc.querySelector('blockquote')).not.toBeNull();
    expect(doc.querySelector('footer')).not.toBeNull();
  });

  it('never produces a story phrase when asked for none', () => {
    const text = parse(generatePage({ textChars: 300 * 1024, mentions: 0, phrases: PHRASES }).html).body.textContent.toLowerCase();
    for (const word of ['witkoff', 'ushakov', 'point plan', 'ukraine', 'kremlin', 'putin', 'trump']) expect(text).not.toContain(word);
  });

  it('is deterministic for a seed', () => {
    const a = generatePage({ textChars: 20 * 1024, mentions: 10, phrases: PHRASES, seed: 9 });
    const b = generatePage({ textChars: 20 * 1024, mentions: 10, phrases: PHRASES, seed: 9 });
    const c = generatePage({ textChars: 20 * 1024, mentions: 10, phrases: PHRASES, seed: 10 });
    expect(a.html).toBe(b.html);
    expect(a.html).not.toBe(c.html);
  });

  it('needs phrases to place mentions', () => {
    expect(() => generatePage({ textChars: 1024, mentions: 1, phrases: [] })).toThrow();
  });

  it('labels sizes', () => {
    expect(sizeLabel(10 * 1024)).toBe('10 KB');
    expect(sizeLabel(5 * 1024 * 1024)).toBe('5 MB');
  });
});
