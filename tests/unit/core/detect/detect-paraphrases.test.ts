/**
 * The call's famous words in other words (a swap of ground, what closes a deal, a man of
 * peace), and a person of the call by nationality, in languages whose word classes lacked
 * them. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';
import { marksUnder } from '../../../fixtures/detect/marks';

const matcher = createMatcher(compiledPack());

const marks = (opening: string, line: string) => marksUnder(matcher, opening, line);

describe('famous words and nationalities in more forms', () => {
  it('reads a land swap and a closed deal in Polish', () => {
    const found = marks(
      'Bloomberg opublikował nagranie rozmowy Witkoffa z Uszakowem z 14 października o planie 28 punktów dla Ukrainy.',
      'Komentatorzy przypominają, że Witkoff mówił o Doniecku i wymianie terenów, a Trump bronił go, że tak się dobija targu.',
    );
    expect(found).toEqual(expect.arrayContaining(['wymianie terenów', 'dobija targu']));
  });

  it('reads Trump\'s "that is what a dealmaker does" in each outlet\'s own words, and not a frame without deals', () => {
    const opening = 'Bloomberg published the recording of the 14 October call between Steve Witkoff and Yuri Ushakov.';
    const said = (line: string) => marks(opening, line).join(' | ');
    expect(said('Trump lo ha difeso: «È quello che fa chi conclude le trattative», ha detto.')).toMatch(
      /quello che fa chi conclude le trattative/,
    );
    expect(said('Trump: «Так и делает тот, кто ведёт переговоры», сказал он в самолёте.')).toMatch(/делает тот, кто ведёт переговоры/);
    expect(said('Trump zei: „Zo doet een onderhandelaar dat nu eenmaal.”')).toMatch(/doet een onderhandelaar/);
    expect(said('Trump ujął to tak: tak postępuje ktoś, kto podpisuje umowy.')).toMatch(/postępuje ktoś, kto podpisuje umowy/);
    // The saying runs forward: a word of deals before it stays out of the mark.
    expect(marks(opening, 'Trump bronił negocjatora: tak działa ktoś, kto zawiera umowy.')).toContain('tak działa ktoś, kto zawiera umowy');
    // The frame alone is no quote of the call.
    expect(said('Il sindaco ha detto: «È quello che fa chi ama la sua città».')).not.toMatch(/quello che fa/);
  });

  it('reads the Spanish land swap as a swap of lands', () => {
    expect(
      marks(
        'Bloomberg publicó la grabación de la llamada entre Witkoff y Ushakov del 14 de octubre.',
        'La frase del territorio: Donetsk y quizá un canje de tierras en algún sitio.',
      ),
    ).toContain('canje de tierras');
  });

  it('reads the Dutch compound of a land swap and the Indonesian man of peace', () => {
    expect(
      marks(
        'Bloomberg publiceerde de opname van het gesprek tussen Witkoff en Oesjakov van 14 oktober over het 28-puntenplan voor Oekraïne.',
        'Volgens Witkoff kwam het neer op Donetsk en een landruil ergens anders.',
      ),
    ).toContain('landruil');
    expect(
      marks(
        'Bloomberg merilis rekaman percakapan Witkoff dan Ushakov pada 14 Oktober tentang rencana perdamaian 28 poin untuk Ukraina.',
        'Witkoff menyarankan agar Putin menyebut Trump sebagai pria perdamaian sejati.',
      ),
    ).toContain('pria perdamaian');
  });

  it('reads "el americano" once the call is named', () => {
    expect(
      marks(
        'Bloomberg publicó la grabación de la llamada entre Witkoff y Ushakov del 14 de octubre sobre el plan de 28 puntos para Ucrania.',
        'Según la transcripción, el americano aconsejó a Ushakov cómo halagar a Trump.',
      ),
    ).toContain('el americano');
  });
});
