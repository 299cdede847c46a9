/**
 * Who asked for the presidents' call: a claim whose words name no asker ("He then asked
 * Ushakov whether…", "asked the Kremlin aide to set up a call") is the who-asked error only
 * when its asker is Witkoff, named before it or pointed back to by a pronoun. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { doneBySomeoneElse } from '../../../../src/core/detect/checks-agent';
import { PhraseSet, phraseWords } from '../../../../src/core/detect/checks-phrase';
import { tokenize } from '../../../../src/core/detect/checks-text';
import { compiledFullPack } from '../../../fixtures/flags/shared-pages';

const matcher = createMatcher(compiledFullPack());
const OPENING = 'Bloomberg published the leaked recording of the Witkoff–Ushakov call on 25 November.\n';
const asked = (text: string) =>
  matcher
    .scan(OPENING + text)
    .filter((h) => h.discrepancyId === 'd-who-asked-reversed')
    .map((h) => (OPENING + text).slice(h.start, h.end));

describe('an asker the claim does not name', () => {
  it.each([
    'Witkoff sounded relaxed. He asked Ushakov to arrange a call between Trump and Putin.',
    'In the call, the special envoy sounds like a consultant. He asked Yuri Ushakov to set up a conversation between Donald Trump and Vladimir Putin.',
    '"We should have the call with your boss before Friday," Witkoff said. He then asked Ushakov whether it would help for Putin to call Trump.',
    'Witkoff then asked Ushakov whether a call between the presidents would help.',
  ])('is Witkoff: %s', (text) => {
    expect(asked(text)).not.toEqual([]);
  });

  it.each([
    'Putin asked Ushakov whether a call with Trump would help.',
    'Trump was in a good mood. He then asked Ushakov whether a Trump–Putin call would help.',
    'Путин спросил Ушакова, нужен ли разговор с Трампом.',
    'Witkoff said little. She then asked Ushakov whether a call between the presidents would help.',
  ])('is someone else: %s', (text) => {
    expect(asked(text)).toEqual([]);
  });
});

describe('doneBySomeoneElse', () => {
  const agent = { who: new PhraseSet([phraseWords('witkoff')]), others: new PhraseSet([phraseWords('trump'), phraseWords('ushakov')]) };
  const sentence = (text: string) => ({ from: 0, to: text.length, tokens: tokenize(text) });

  it('reads past time words and stops at a comma', () => {
    const text = 'trump then also asked ushakov';
    expect(doneBySomeoneElse(agent, text, [sentence(text)], 0, 3, 5)).toBe(true);
    const comma = 'trump smiled, asked ushakov';
    expect(doneBySomeoneElse(agent, comma, [sentence(comma)], 0, 2, 4)).toBe(false);
  });

  it('follows a pronoun back to the last person named', () => {
    const first = 'witkoff smiled';
    const second = 'he asked ushakov';
    expect(
      doneBySomeoneElse(
        agent,
        `${first} ${second}`,
        [sentence(first), { ...sentence(second), tokens: tokenize(`${first} ${second}`).slice(2) }],
        1,
        1,
        3,
      ),
    ).toBe(false);
  });
});
