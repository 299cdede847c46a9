/**
 * The call's people by role in the shapes articles use: a role word set beside a name
 * ("Russian presidential aide Yuri Ushakov", "Witkoff, a senior adviser"), the other side
 * as a counterpart where a name stands nearby, and the two first names together where the
 * page names them in full. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());
const OPENING = 'Bloomberg published the leaked recording of the Witkoff–Ushakov call about the 28-point plan for Ukraine.\n';

/** Whether a mention mark overlaps `phrase` in `sentence` under the opening line. */
function marked(sentence: string, phrase: string): boolean {
  const text = OPENING + sentence;
  const at = text.indexOf(phrase, OPENING.length);
  if (at < 0) throw new Error(`${phrase} not in ${sentence}`);
  return matcher.scan(text).some((h) => h.kind === 'mention' && h.start < at + phrase.length && h.end > at);
}

describe('the call’s people by role', () => {
  it('marks a role word set beside one of their names, before or after it', () => {
    expect(marked('The tape has veteran aide Yuri Ushakov listening.', 'veteran aide')).toBe(true);
    expect(marked('Steve Witkoff, a longtime negotiator, did most of the talking.', 'negotiator')).toBe(true);
    expect(marked('Kirill Dmitriev, ein weiterer Berater, meldete sich später.', 'Berater')).toBe(true);
    expect(marked('Il negoziatore Steve Witkoff ha parlato per primo.', 'negoziatore')).toBe(true);
    expect(marked('Советник Юрий Ушаков выслушал предложение.', 'Советник')).toBe(true);
  });

  it('marks the other side as a counterpart where one of their names stands nearby, and not otherwise', () => {
    expect(marked('Witkoff spoke warmly. He told his Russian counterpart what to say.', 'Russian counterpart')).toBe(true);
    expect(marked('Witkoff riet seinem russischen Gesprächspartner zu einem Lob.', 'russischen Gesprächspartner')).toBe(true);
    expect(marked('Witkoff conseille à son interlocuteur russe de flatter Trump.', 'interlocuteur russe')).toBe(true);
    expect(marked('Uszakow słuchał, a Witkoff doradzał swojemu rosyjskiemu rozmówcy.', 'rosyjskiemu rozmówcy')).toBe(true);
    const farAway =
      'Markets were calm on Wednesday, grain prices held steady, and the weather service expected rain across the north for the rest of the week, ' +
      'while the rail operator promised that the delayed trains would run on time again from Monday. ';
    expect(marked(`${farAway}The foreign minister met his Russian counterpart in Geneva.`, 'Russian counterpart')).toBe(false);
    // Beside the envoy's role the counterpart is the call's, with no name in reach.
    expect(marked(`${farAway}Trump's special envoy tells his Russian counterpart what a deal will take.`, 'Russian counterpart')).toBe(
      true,
    );
  });

  it("marks a principal's man as the role it stands for, tied by grammar to the principal", () => {
    expect(marked('El hombre de Trump para Moscú tomó notas.', 'hombre de Trump')).toBe(true);
    expect(marked("Trump's man in the talks kept quiet.", "Trump's man")).toBe(true);
    expect(marked("L'homme de Poutine a répondu le premier.", "L'homme de Poutine")).toBe(true);
    expect(marked('A man told Trump the plan was dead.', 'A man')).toBe(false);
  });

  it('marks the land swap in any number of its words', () => {
    expect(marked('Se habló de un intercambio de territorio en el este.', 'intercambio de territorio')).toBe(true);
    expect(marked('Un échange de terrains fut évoqué.', 'échange de terrains')).toBe(true);
    expect(marked('Si parlò di uno scambio di territorio.', 'scambio di territorio')).toBe(true);
  });

  it('marks the two first names together on a page that names them in full', () => {
    const page = 'Steve Witkoff advised Yuri Ushakov. ';
    expect(marked(`${page}Tell him Steve and Yuri talked about a plan.`, 'Steve and Yuri')).toBe(true);
    expect(marked(`${page}Sag ihm, Steve und Juri hätten geredet.`, 'Steve und Juri')).toBe(true);
    expect(marked(`${page}Скажите ему, что Стив и Юрий всё обсудили.`, 'Стив и Юрий')).toBe(true);
  });

  it('leaves first names alone on a page that is not about the story', () => {
    const text = 'Steve and Yuri opened a bakery on Main Street last spring.';
    expect(matcher.scan(text)).toEqual([]);
  });
});
