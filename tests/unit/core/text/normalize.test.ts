import { describe, expect, it } from 'vitest';
import { normalize, normalizePhrase, toOriginalSpan } from '../../../../src/core/text/normalize';

const fold = (s: string) => normalize(s).text;

describe('normalize', () => {
  it('folds case and diacritics in Latin and Cyrillic', () => {
    expect(fold('Zełenski ÉTÉ Ünïcödé Straße')).toBe('zelenski ete unicode strasse');
    expect(fold('Ёлка ЙОД Їжак')).toBe('елка иод іжак');
  });

  it('maps every dash and minus to "-" and drops spaces around it', () => {
    for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '-']) {
      expect(fold(`Witkoff${dash}Ushakov`)).toBe('witkoff-ushakov');
    }
    expect(fold('Witkoff \u2013 Ushakov')).toBe('witkoff-ushakov');
  });

  it('removes soft hyphens and zero-width characters', () => {
    expect(fold('Wit\u00adkoff U\u200bsha\u200ckov\u200d \u2060call\ufeff')).toBe('witkoff ushakov call');
  });

  it('unifies quotes and collapses whitespace, line breaks and NBSP', () => {
    expect(fold('Trump\u2019s \u201cdeal\u201d  \n\t plan\u00a0here «x»')).toBe('trump\'s "deal" plan here "x"');
  });

  it('turns number words into digits in all seven languages', () => {
    expect(fold('twenty-eight-point plan')).toBe('28-point plan');
    expect(fold('twenty eight points, twenty, five')).toBe('28 points, 20, 5');
    expect(fold('план из двадцати восьми пунктов')).toBe('план из 28 пунктов');
    expect(fold('двадцать восемь')).toBe('28');
    expect(fold('двадцять вісім')).toBe('28');
    expect(fold('Achtundzwanzig-Punkte-Plan')).toBe('28-punkte-plan');
    expect(fold('vingt-huit')).toBe('28');
    expect(fold('veintiocho puntos')).toBe('28 puntos');
    expect(fold('dwadzieścia osiem')).toBe('28');
    expect(fold('treinta y ocho')).toBe('38');
  });

  it('reads the teens, in every case the plan is written in, and Italian and Dutch numbers', () => {
    expect(fold('около девятнадцати пунктов')).toBe('около 19 пунктов');
    expect(fold('близько дев’ятнадцяти пунктів')).toBe('близько 19 пунктів');
    expect(fold('do dziewiętnastu punktów')).toBe('do 19 punktow');
    expect(fold('dix-neuf points, dix-huit, dix')).toBe('19 points, 18, 10');
    expect(fold('piano in ventotto punti, diciannove punti')).toBe('piano in 28 punti, 19 punti');
    expect(fold('vredesplan van achtentwintig punten, negentien')).toBe('vredesplan van 28 punten, 19');
  });

  it('leaves ordinary words that look like numbers alone', () => {
    expect(fold('no one knows; un plan; sept. 14')).toBe('no one knows; un plan; sept. 14');
    expect(fold('5five')).toBe('5five');
  });

  it('maps normalised offsets back to the original text', () => {
    const original = 'The Twenty\u2011Eight-po\u00adint plan';
    const n = normalize(original);
    const from = n.text.indexOf('28');
    const span = toOriginalSpan(n, from, n.text.indexOf('plan') + 4);
    expect(original.slice(span.start, span.end)).toBe('Twenty\u2011Eight-po\u00adint plan');
    expect(n.map.length).toBe(n.text.length);
  });

  it('keeps surrogate pairs and decomposed accents mapped', () => {
    const original = 'A 😀 cafe\u0301 Witkoff';
    const n = normalize(original);
    const at = n.text.indexOf('witkoff');
    const span = toOriginalSpan(n, at, at + 7);
    expect(original.slice(span.start, span.end)).toBe('Witkoff');
    const cafe = n.text.indexOf('cafe');
    expect(original.slice(n.map.startOf(cafe), n.map.endOf(cafe + 3))).toBe('cafe\u0301');
  });

  it('reads number words only as whole words', () => {
    // Words named like Object's own keys are words, not table entries.
    expect(fold('the constructor and toString')).toBe('the constructor and tostring');
    // Inside a longer word, next to letters of another script, or after "letter + '".
    expect(fold('often twentyish tone')).toBe('often twentyish tone');
    expect(fold('two\u{1D400} \u{1D400}two')).toBe('two\u{1D400} \u{1D400}two');
    expect(fold("o'two rock'n'roll")).toBe("o'two rock'n'roll");
    // At word starts after quotes, dashes and digits' neighbours.
    expect(fold("'twenty-eight' points, (vingt et un), п'ять")).toBe("'28' points, (21), 5");
    expect(fold('treinta y ocho, 2twenty')).toBe('38, 2twenty');
  });

  it('grows its buffers when folding makes the text longer than the page', () => {
    // "ß" becomes "ss": after many of them, the plain ASCII that follows no longer fits.
    const original = 'Straße '.repeat(3000) + 'Witkoff '.repeat(3000);
    const n = normalize(original);
    expect(n.text).toBe('strasse '.repeat(3000) + 'witkoff '.repeat(2999) + 'witkoff ');
    const last = n.text.lastIndexOf('witkoff');
    expect(original.slice(n.map.startOf(last), n.map.endOf(last + 6))).toBe('Witkoff');
    expect(n.map.length).toBe(n.text.length);
  });

  it('normalizePhrase trims', () => {
    expect(normalizePhrase('  28\u2011Point Plan ')).toBe('28-point plan');
  });
});
