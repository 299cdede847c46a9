/**
 * A paragraph about another story of the same people (the envoy in Cairo on the Gaza
 * truce) keeps its names unmarked on a page about the call, where no item wraps it; a
 * paragraph of the call's report that quotes its talk of Gaza stays marked. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';
import { marksUnder } from '../../../fixtures/detect/marks';

const matcher = createMatcher(compiledPack());

const marksIn = (opening: string, line: string) => marksUnder(matcher, opening, line);

const OPENING = {
  en: 'Bloomberg published the recording of the Witkoff–Ushakov call of 14 October about the 28-point plan for Ukraine.',
  es: 'Bloomberg publicó la grabación de la llamada entre Witkoff y Ushakov del 14 de octubre sobre el plan de 28 puntos para Ucrania.',
  uk: 'Bloomberg оприлюднив запис розмови Віткоффа з Ушаковим від 14 жовтня про план з 28 пунктів для України.',
};

describe('a paragraph about another story of the same people', () => {
  it('leaves the envoy of the Gaza talks unmarked, in every language', () => {
    expect(
      marksIn(
        OPENING.en,
        'Elsewhere, Witkoff flies to Cairo this week, where Egypt and Qatar will press the envoy on the next phase of the Hamas truce.',
      ),
    ).toEqual([]);
    expect(
      marksIn(
        OPENING.es,
        'En otro frente, Witkoff viaja a El Cairo: Egipto y Catar le esperan para negociar la segunda fase de la tregua con Hamás.',
      ),
    ).toEqual([]);
    expect(
      marksIn(OPENING.uk, "А тим часом Віткофф прилетів до Каїра, де з Єгиптом і Катаром обговорює другий етап перемир'я з ХАМАС."),
    ).toEqual([]);
  });

  it('gives a numbered plan in it to that story, unless words of the plan carry the count', () => {
    const gaza =
      "Au Proche-Orient, la presse israélienne rapporte que l'émissaire Steve Witkoff veut lancer la deuxième phase de la trêve à Gaza. Witkoff souhaite une force de stabilisation d'ici l'été, comme le prévoit le plan en 20 points d'octobre.";
    const opening =
      "Bloomberg a publié l'enregistrement de l'appel du 14 octobre entre Witkoff et Ouchakov sur le plan en 28 points pour l'Ukraine.";
    expect(marksIn(opening, gaza)).toEqual([]);
    expect(
      marksIn(OPENING.en, 'Middle East: Israeli papers say Witkoff wants the Gaza truce stabilised, as the 20-point plan foresees.'),
    ).toEqual([]);
    expect(
      marksIn(OPENING.en, 'Witkoff floated a 20-point peace plan for Ukraine and Russia, modelled on the one for Gaza and Israel.'),
    ).toContain('Witkoff');
  });

  it('keeps the report of the call that quotes its talk of Gaza, or speaks of the war', () => {
    expect(
      marksIn(
        OPENING.en,
        "On the call, Witkoff told Ushakov that Putin should praise the Gaza deal and Israel's hostage release before pitching a plan for Ukraine.",
      ),
    ).toContain('Witkoff told Ushakov');
    expect(
      marksIn(OPENING.en, 'Witkoff, who also brokered the Gaza truce with Egypt and Qatar, now carries the plan to Kyiv and Moscow.'),
    ).toContain('Witkoff');
  });
});
