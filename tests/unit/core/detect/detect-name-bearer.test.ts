/**
 * A surname that the text first gives to another bearer (the admiral, a street, a medal)
 * is that bearer's further down the same text or item, unless the place names the story
 * outright. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';
import { mentionMarks } from '../../../fixtures/detect/marks';

const matcher = createMatcher(compiledPack());

const marks = (text: string) => mentionMarks(matcher, text);

describe('a surname another bearer took first', () => {
  it('stays the aide where the same text names the story outright or gives his full name', () => {
    expect(
      marks(
        'Bloomberg published the leaked recording of the Witkoff–Ushakov call about the 28-point plan for Ukraine. Unlike Admiral Ushakov, whose statue stands in Sevastopol, Ushakov the aide rarely speaks in public.',
      ).filter((m) => m === 'Ushakov'),
    ).toHaveLength(1);
    expect(
      marks(
        'Юрій Ушаков прокоментував запис розмови з Віткоффом про мирний план для України. На вулиці Адмірала Ушакова про це не говорили, але Ушаков наполягав на своєму.',
      ),
    ).toContain('Ушаков');
  });
});
