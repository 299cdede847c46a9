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
  it("is the admiral's or the street's, so a local page with a recording of its own is not about the story", () => {
    const pages = [
      // Ukrainian: a renamed street, then the admiral by surname.
      'Депутати змінили назву вулиці Адмірала Ушакова. Ушаков, кажуть вони, служив Російській імперії, а не Україні. Після сесії у Кремлі й Києві ніхто цього не коментував, а в залі ввімкнули запис розмови двох посадовців.',
      // Russian, in another case.
      'На набережной Ушакова открыли сквер. Ушакову там поставят памятник, хотя в Киеве и в Кремле об этом молчат, а горожане слушают запись разговора двух депутатов.',
      // Polish: the first name stands between rank and surname.
      'Admirał Fiodor Uszakow dowodził flotą. Uszakow jest patronem okrętów Rosji, a w Kijowie i na Kremlu milczą; radni słuchają zapisu rozmowy dwóch urzędników.',
      'Admiral Ushakov never lost a battle. Ushakov is honoured in Russia and the Kremlin, not in Kyiv, and the council played a leaked recording of two officials.',
    ];
    for (const text of pages) expect(marks(text)).toEqual([]);
  });

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
