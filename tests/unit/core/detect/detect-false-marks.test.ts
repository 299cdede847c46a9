/**
 * Words that look like the story's but are not: a pronoun spelled like an acronym, an
 * event noun used as a verb, a role word joined to its principal across a verb.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { ruleSchema } from '../../../../src/core/detect/rules-schema';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());
const OPENING = 'Bloomberg published the leaked recording of the Witkoff–Ushakov call about the 28-point plan for Ukraine.\n';

/** The mention marks over `phrase` in `sentence` (under the opening line), as marked text. */
function marksOver(sentence: string, phrase: string): string[] {
  const text = OPENING + sentence;
  const at = text.indexOf(phrase, OPENING.length);
  if (at < 0) throw new Error(`${phrase} not in ${sentence}`);
  return matcher
    .scan(text)
    .filter((h) => h.kind === 'mention' && h.start < at + phrase.length && h.end > at)
    .map((h) => text.slice(h.start, h.end));
}
const marked = (sentence: string, phrase: string) => marksOver(sentence, phrase).length > 0;

describe('acronyms match only in capitals', () => {
  it('does not read the pronoun "us" as the country', () => {
    expect(marked('Readers keep writing to us about the Ukraine plan and its authors.', 'us')).toBe(false);
    expect(marked('Send us your questions on the peace plan for Ukraine.', 'us')).toBe(false);
    expect(marked('A neighbour told us the plan was already dead.', 'us')).toBe(false);
  });

  it('still reads the acronym where the page writes it in capitals', () => {
    expect(marked('Kyiv has not yet answered the US plan in writing.', 'US plan')).toBe(true);
    expect(marked('Europe reacted coolly to the U.S. draft, diplomats said.', 'U.S. draft')).toBe(true);
  });

  it('tells the acronym from a common word in other languages too', () => {
    expect(marked('Il governo usa il piano come base per trattare con Kyiv.', 'usa')).toBe(false);
    expect(marked('Der US-Plan sieht einen Verzicht auf die NATO vor.', 'US-Plan')).toBe(true);
  });

  it('refuses an acronym written as a stem, since capitals hold only for whole words', () => {
    const rule = (phrase: string) => ({
      id: 'r',
      topic: 'plan',
      lang: 'en',
      phrases: [phrase],
      ambiguous: false,
      description: 'a test rule',
    });
    expect(ruleSchema.safeParse(rule('US plan')).success).toBe(true);
    expect(ruleSchema.safeParse(rule('USA* plan')).success).toBe(false);
  });
});

describe('an event noun that is also a verb', () => {
  it('does not mark the verb', () => {
    expect(marked('Opponents call the draft a surrender, said Ushakov.', 'call')).toBe(false);
    expect(marked('Listeners can call us about Ushakov any time.', 'call')).toBe(false);
    expect(marked('Aides to Ushakov rarely call such papers final.', 'call')).toBe(false);
    expect(marked('Aides to Ushakov now call it a misunderstanding.', 'call')).toBe(false);
    expect(marked('Officials who leak to reporters about Witkoff risk their jobs.', 'leak')).toBe(false);
    expect(marked('Witkoff told officials not to leak anything.', 'leak')).toBe(false);
  });

  it('marks the noun after a determiner, an owner, a date or an adjective', () => {
    expect(marked('Witkoff’s call with Ushakov lasted five minutes.', 'call')).toBe(true);
    expect(marked('Witkoff and Ushakov spoke; the October 14 call was taped.', 'call')).toBe(true);
    expect(marked('Ushakov never denied that the leaked call took place.', 'call')).toBe(true);
    expect(marked('Witkoff said their calls with Ushakov were routine.', 'calls')).toBe(true);
  });

  it('reads the Italian participle "chiamata" as the verb after essere', () => {
    expect(marked('Ushakov disse che la bozza è stata chiamata una resa.', 'chiamata')).toBe(false);
    expect(marked('La chiamata tra Witkoff e Ushakov è durata cinque minuti.', 'chiamata')).toBe(true);
  });
});

describe('a role word tied to its principal', () => {
  it('joins them by an owner, a preposition or nothing between them', () => {
    expect(marksOver('Witkoff listened while the Kremlin’s envoy spoke.', 'envoy')).toContain('Kremlin’s envoy');
    expect(marksOver('Witkoff, an envoy for the Kremlin, said nothing.', 'envoy')).not.toEqual([]);
    expect(marksOver('Ushakov spoke to a Kremlin envoy in Geneva.', 'envoy')).toContain('Kremlin envoy');
  });

  it('does not join them across a verb', () => {
    const marks = marksOver('Weeks later the envoy briefed the Kremlin about the points.', 'envoy');
    expect(marks.some((m) => m.includes('briefed'))).toBe(false);
    expect(marksOver('Der Gesandte informierte den Kreml über die Punkte.', 'Gesandte').some((m) => m.includes('informierte'))).toBe(false);
  });
});

describe("a city's plan of points about getting around town", () => {
  it('is not the peace plan, in French or English, however the plan is numbered', () => {
    expect(marked('À Nantes, un « plan en 28 points » contre les trottinettes divise la métropole.', 'plan en 28 points')).toBe(false);
    expect(marked('Riverside unveils a 28-point plan for e-scooters and trams.', '28-point plan')).toBe(false);
  });
});
