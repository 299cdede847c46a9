/**
 * A claim answered in the next sentence by another speaker of a transcript was still made:
 * a studio guest's wrong length stays flagged when the presenter's turn corrects it. The
 * same voice correcting itself, and a fact-check's "Claim:" and "Verdict:" lines, report
 * the error to correct it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { speakerLabel } from '../../../../src/core/detect/speaker-turns';
import { tokenize } from '../../../../src/core/detect/checks-text';
import { flagsIn } from '../../../fixtures/flags/story-sentence';

const OPENING = 'Bloomberg published the recording of the Witkoff–Ushakov call of 14 October.';

describe('a correction in another speaker’s turn', () => {
  it('leaves the guest’s claim flagged, with labels inline or on lines of their own', () => {
    expect(
      flagsIn(
        `${OPENING}\n[22:15] ERNESTO VALLEJO: Witkoff spoke to Ushakov in a ten-minute call. [22:16] PRESENTADORA: Sorry, the call lasted a little over five minutes.`,
      ),
    ).toEqual(['d-call-length: ten-minute']);
    expect(
      flagsIn(
        `${OPENING}\nGuest:\nWitkoff spoke to Ushakov in a ten-minute call.\nMorandi:\nNo, the call lasted a little over five minutes.`,
      ),
    ).toEqual(['d-call-length: ten-minute']);
  });

  it('does not flag a claim its own voice or a verdict line corrects', () => {
    expect(
      flagsIn(
        `${OPENING}\nANCHOR: We first said Witkoff spoke to Ushakov in a ten-minute call. The call lasted a little over five minutes.`,
      ),
    ).toEqual([]);
    expect(
      flagsIn(
        `${OPENING}\nClaim: Witkoff spoke to Ushakov in a ten-minute call.\nVerdict: False, the call lasted a little over five minutes.`,
      ),
    ).toEqual([]);
    expect(flagsIn(`${OPENING}\nWitkoff spoke to Ushakov in a ten-minute call. The call lasted a little over five minutes.`)).toEqual([]);
  });
});

describe('speakerLabel', () => {
  const sentence = (text: string) => ({ from: 0, to: text.length, tokens: tokenize(text.toLowerCase(), 0, text.length) });
  const label = (text: string) => speakerLabel(text.toLowerCase(), sentence(text), (at) => /\p{Lu}/u.test(text[at] ?? ''));

  it('reads one to three capitalised words before a colon, after a timestamp', () => {
    expect(label('[22:16] PRESENTADORA: Perdone')).toBe('presentadora');
    expect(label('Ernesto Vallejo: Pues')).toBe('ernesto vallejo');
    expect(label('Morandi:')).toBe('morandi');
  });

  it('reads no label in a sentence, a lower-case phrase, a verdict or a fact box line', () => {
    expect(label('The call: a summary')).toBeUndefined();
    expect(label('Franco, da Pavia: buonasera')).toBeUndefined();
    expect(label('Verdict: False')).toBeUndefined();
    expect(label('Чутка: запис')).toBeUndefined();
    expect(label('When: 14 October')).toBeUndefined();
    expect(label('Who Called Whom First: Ushakov')).toBeUndefined();
  });
});
