/**
 * Claim checks must generalise past any one article's wording: each case here is a
 * different phrasing of the same known error (or a correct statement that must not
 * be flagged). Every sentence sits next to a story anchor, as it would on a real page.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';

const m = createMatcher(compiledPack());
const flags = (text: string) =>
  m
    .scan(text)
    .filter((h) => h.kind === 'discrepancy')
    .map((h) => `${h.discrepancyId}: ${text.slice(h.start, h.end)}`);

const ANCHOR = ' The leaked Witkoff-Ushakov recording concerns the 28-point peace plan for Ukraine.';

describe('call date', () => {
  it.each([
    ['Witkoff called Ushakov on October 14, 2023.', 'd-call-date-year: October 14, 2023'],
    ['The call between Witkoff and Ushakov took place on 14 October 2024.', 'd-call-date-year: 14 October 2024'],
    ['Witkoff and Ushakov held their call in October 2023.', 'd-call-date-year: October 2023'],
    ['In the Nov. 14 call, Witkoff coached Ushakov.', 'd-call-date-month: Nov. 14'],
    ['Witkoff spoke to Ushakov on September 14.', 'd-call-date-month: September 14'],
    ['The Witkoff call with Ushakov (14/11) was recorded.', 'd-call-date-month: 14/11'],
    ['Witkoff rang Ushakov on Oct. 21 in a brief call.', 'd-call-date-month: Oct. 21'],
    ['Das Telefonat von Witkoff mit Uschakow fand am 14. November statt.', 'd-call-date-month: 14. November'],
    ['Розмова Віткоффа з Ушаковим відбулася 14 листопада.', 'd-call-date-month: 14 листопада'],
  ])('%s', (sentence, expected) => {
    expect(flags(sentence + ANCHOR)).toContain(expected);
  });

  it.each([
    'Witkoff called Ushakov on October 14, 2025.',
    'Witkoff phoned Ushakov on Oct. 14; the Trump-Putin call followed on October 16.',
    'Le 14 octobre, Witkoff a appelé Ouchakov.',
    'Bloomberg published the Witkoff-Ushakov call transcript on November 25.',
  ])('no flag: %s', (sentence) => {
    expect(flags(sentence + ANCHOR)).toEqual([]);
  });

  it('flags wrong year and wrong month when both are wrong', () => {
    expect(flags('Witkoff called Ushakov on November 14, 2024.' + ANCHOR)).toEqual([
      'd-call-date-year: November 14, 2024',
      'd-call-date-month: November 14, 2024',
    ]);
  });
});

describe('former president', () => {
  it.each([
    'Former President Donald Trump defended his envoy Witkoff.',
    'Trump, the former president, said Witkoff did nothing wrong.',
    'Ex-president Trump reacted to the Witkoff tape.',
    'Der frühere Präsident Trump verteidigte Witkoff.',
    'Бывший президент Трамп заступился за Уиткоффа.',
  ])('%s', (sentence) => {
    expect(flags(sentence + ANCHOR).some((f) => f.startsWith('d-former-president'))).toBe(true);
  });

  it('does not flag other former presidents', () => {
    expect(flags('Former President Joe Biden said Trump had chosen Witkoff badly.' + ANCHOR)).toEqual([]);
    expect(flags('President Trump met former president Obama.' + ANCHOR)).toEqual([]);
  });
});

describe('call length', () => {
  it.each([
    ['In an hour-long call, Witkoff advised Ushakov.', 'an hour-long'],
    ['The 30-minute phone call between Witkoff and Ushakov', '30-minute'],
    ['Their conversation lasted about 45 minutes, Witkoff and Ushakov agreed.', 'lasted about 45 minutes'],
    ['The two-hour call was leaked.', 'two-hour'],
    ['Ein einstündiges Telefonat von Witkoff und Uschakow.', 'einstündiges'],
  ])('%s', (sentence, span) => {
    // The story is named before the length, as a reader meets it.
    expect(flags(`${ANCHOR.trim()} ${sentence}`)).toContain(`d-call-length: ${span}`);
  });

  it.each([
    'In a five-minute call, Witkoff advised Ushakov.',
    'The call lasted just over five minutes.',
    'Witkoff called Ushakov 30 minutes later.',
  ])('no flag: %s', (sentence) => {
    expect(flags(sentence + ANCHOR).filter((f) => f.startsWith('d-call-length'))).toEqual([]);
  });
});

describe('who asked', () => {
  it.each([
    'Witkoff asked Ushakov whether a Trump-Putin call would help.',
    'It was Witkoff who asked if the two presidents should talk.',
    'Witkoff inquired whether a phone call between the leaders made sense.',
    'Уиткофф спросил Ушакова, нужен ли разговор Путина и Трампа.',
    'Witkoff fragte Uschakow, ob ein Telefonat helfen würde.',
  ])('%s', (sentence) => {
    expect(flags(sentence + ANCHOR).some((f) => f.startsWith('d-who-asked-reversed'))).toBe(true);
  });

  it('does not flag the correct version', () => {
    expect(flags('Ushakov asked Witkoff whether a call between the presidents would help.' + ANCHOR)).toEqual([]);
  });
});

describe("Trump's reaction", () => {
  it.each([
    'Trump dismissed Witkoff after the leak.',
    'Trump publicly condemned Witkoff.',
    "Trump's rebuke of Witkoff was swift.",
    'Witkoff was slammed by Trump on Tuesday.',
    'Трамп осудил Уиткоффа.',
    'Trump a condamné Witkoff.',
  ])('%s', (sentence) => {
    expect(flags(sentence + ANCHOR).some((f) => f.startsWith('d-trump-reaction-dismissal'))).toBe(true);
  });

  it.each(['Trump dismissed criticism of Witkoff.', 'Trump defended Witkoff, calling it what a dealmaker does.'])(
    'no flag: %s',
    (sentence) => {
      expect(flags(sentence + ANCHOR)).toEqual([]);
    },
  );
});

describe('gating', () => {
  it('checks stay silent on pages that are not about the story', () => {
    expect(flags('Former President Bill Clinton held an hour-long call with donors on October 14, 2023.')).toEqual([]);
    expect(flags('Trump slammed Witkoff Tower tenants in 2015.')).toEqual([]);
  });
});
