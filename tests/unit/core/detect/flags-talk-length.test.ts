/**
 * A length hung on two people's verb of talking ("they talked for an hour", "hanno
 * parlato per un'ora", "годину говорили") is the call's length when its parties are near
 * and no one else can be the two; the Trump–Putin call, a meeting in Moscow and lengths
 * near the record stay unflagged. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { flagsIn as flags } from '../../../fixtures/flags/story-sentence';

describe('the length of the parties’ talk', () => {
  it.each([
    [
      'La registrazione della telefonata tra Witkoff e Ushakov è stata pubblicata. Secondo me il problema è la durata: hanno parlato per un’ora intera.',
      'd-call-length: hanno parlato per un’ora',
    ],
    ['Witkoff called Ushakov in October. They talked for almost an hour about the plan.', 'd-call-length: talked for almost an hour'],
    [
      'Запис розмови Віткоффа з Ушаковим оприлюднив Bloomberg. Та вони там годину говорили, все про нас без нас.',
      'd-call-length: годину говорили',
    ],
    ['Witkoff rozmawiał z Uszakowem w październiku. Rozmawiali godzinę o planie pokojowym.', 'd-call-length: Rozmawiali godzinę'],
    ['Witkoff und Uschakow telefonierten im Oktober. Sie sprachen eine Stunde lang über den Plan.', 'd-call-length: sprachen eine Stunde'],
  ])('flags %s', (text, flag) => {
    expect(flags(text)).toEqual([flag]);
  });

  it.each([
    // Other people are the two: the presidents' call lasted two and a half hours.
    'Witkoff called Ushakov in October. Trump and Putin spoke the next day; they talked for two and a half hours.',
    'Witkoff called Ushakov in October. On 16 October Trump phoned Putin. They talked for two hours.',
    // A meeting's talk.
    'Witkoff met Putin in Moscow. They talked for five hours.',
    // The record's length.
    'Witkoff called Ushakov in October. They talked for about five minutes.',
    // One man's speech is no conversation.
    'Witkoff called Ushakov in October. Later Ushakov spoke for an hour on state television.',
    // Nothing of the story near.
    'The council met on Tuesday. The two neighbours talked for an hour about the fence.',
  ])('leaves %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
