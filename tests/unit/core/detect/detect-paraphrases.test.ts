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
