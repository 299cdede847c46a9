/**
 * Wrong-flag defence: sentences that carry a known error's words without making the
 * claim, in the seven languages. A correction or denial, speech the page reports and
 * disputes, another outlet's error quoted to correct it (in any quotation marks), and
 * another call or meeting's date or length: each must stay unflagged.
 */
import { describe, expect, it } from 'vitest';
import { flagsAfterStory as flags } from '../../../fixtures/flags/story-sentence';

const ids = (sentence: string) => flags(sentence).map((f) => f.id);

describe('words of an error in single quotes are someone else’s', () => {
  it.each([
    "The headline read 'Trump fired Witkoff' for an hour on Tuesday.",
    'Readers were told ‘the call lasted an hour’ in the first version of the story.',
    'Die Schlagzeile lautete ‚Trump entließ Witkoff‘ und wurde später geändert.',
    "Le titre disait ‘Trump a limogé Witkoff’ avant d'être modifié.",
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it.each([
    // Apostrophes are not quotes: the claim is the page's own.
    ["Witkoff's call lasted an hour.", 'd-call-length'],
    ["L'appel de Witkoff a duré une heure.", 'd-call-length'],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toContain(id);
  });
});

describe('denials and disputed reports, in seven languages', () => {
  it.each([
    'It is not true that Trump fired Witkoff; he defended him.',
    'Nein, Trump hat Witkoff nicht entlassen.',
    "Non, Trump n'a pas limogé Witkoff après la fuite.",
    'No, Trump no destituyó a Witkoff tras la filtración.',
    'Nie, Trump nie zwolnił Witkoffa po przecieku.',
    'Нет, Трамп не увольнял Уиткоффа после утечки.',
    'Ні, Трамп не звільняв Віткоффа після витоку.',
    'A blogger claimed the call took place on 14 November, but the transcript is dated 14 October.',
    'Ein Blogger behauptete, das Telefonat habe am 14. November stattgefunden; das stimmt nicht.',
    "Un blogueur a affirmé que l'appel avait eu lieu le 14 novembre, ce qui est faux.",
    'Un bloguero afirmó que la llamada fue el 14 de noviembre, lo cual es falso.',
    'Bloger twierdził, że rozmowa odbyła się 14 listopada, co jest nieprawdą.',
    'Блогер утверждал, что разговор состоялся 14 ноября, но это неправда.',
    'Блогер стверджував, що розмова відбулася 14 листопада, але це неправда.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('another outlet’s error, reported to correct it', () => {
  it.each([
    'Another outlet reported that Witkoff asked Ushakov to arrange the Trump–Putin call; the transcript shows the reverse.',
    'Laut einem Boulevardblatt bat Witkoff um das Telefonat zwischen Trump und Putin, doch das Protokoll zeigt das Gegenteil.',
    "Selon un tabloïd, Witkoff aurait demandé l'appel Trump-Poutine ; la transcription montre l'inverse.",
    'Según un tabloide, Witkoff pidió la llamada entre Trump y Putin; la transcripción muestra lo contrario.',
    'Według tabloidu to Witkoff poprosił o rozmowę Trumpa z Putinem; zapis pokazuje coś odwrotnego.',
    'По версии одного таблоида, Уиткофф попросил о звонке Трампа Путину; стенограмма показывает обратное.',
    'За версією одного таблоїду, Віткофф попросив про дзвінок Трампа Путіну; стенограма показує протилежне.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('another call or meeting’s date and length', () => {
  it.each([
    'The Trump–Putin call on 16 October lasted two and a half hours.',
    'Das Treffen von Witkoff mit Putin am 6. August dauerte drei Stunden.',
    'La rencontre entre Witkoff et Poutine le 6 août a duré trois heures.',
    'La reunión de Witkoff con Putin el 6 de agosto duró tres horas.',
    'Spotkanie Witkoffa z Putinem 6 sierpnia trwało trzy godziny.',
    'Встреча Уиткоффа с Путиным 6 августа длилась три часа.',
    'Зустріч Віткоффа з Путіним 6 серпня тривала три години.',
    "Ushakov's call with Dmitriev on 29 October lasted about an hour.",
    'Das Gespräch von Uschakow mit Dmitrijew am 29. Oktober dauerte eine Stunde.',
    "L'appel d'Ouchakov avec Dmitriev le 29 octobre a duré une heure.",
    'La llamada de Ushakov con Dmitriev el 29 de octubre duró una hora.',
    'Rozmowa Uszakowa z Dmitrijewem 29 października trwała godzinę.',
    'Звонок Ушакова с Дмитриевым 29 октября длился около часа.',
    'Розмова Ушакова з Дмитрієвим 29 жовтня тривала близько години.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('a comma and a conjunction start another predicate', () => {
  it.each([
    'The plan hands Russia the rest of Donetsk, made a demilitarised zone, and freezes Kherson and Zaporizhzhia where they stand.',
    'El plan entrega a Rusia el resto de Donetsk, convertido en zona desmilitarizada, y deja Jersón y Zaporiyia en la línea actual.',
    'Der Plan macht den Rest von Donezk zur entmilitarisierten Zone, und Cherson bleibt an der heutigen Linie.',
    'План делает остаток Донецкой области демилитаризованной зоной, и Херсонская область остаётся на нынешней линии.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it.each([
    'The plan creates demilitarised zones in Kherson and Zaporizhzhia.',
    'El plan crea zonas desmilitarizadas en Jersón y Zaporiyia.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toContain('d-kherson-zaporizhzhia-dmz');
  });
});
