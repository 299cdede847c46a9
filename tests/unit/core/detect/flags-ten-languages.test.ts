/**
 * Each known error of the annotation guide in several phrasings and date formats, in the
 * ten languages Lateral reads, flagged wherever it is made about this call. Each
 * sentence sits after one that names the story; their near misses are in
 * flags-defence.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { flagsAfterStory as flags } from '../../../fixtures/flags/story-sentence';
import { ASKED, CAP, DATE, DISMISSAL, DMZ, FORMER, LENGTH, YEAR } from '../../../fixtures/flags/check-ids';

const ids = (sentence: string) => flags(sentence).map((f) => f.id);

describe('every known error, in ten languages and several phrasings', () => {
  it.each([
    // en
    ['The call took place on 14 November 2025.', DATE],
    ['Witkoff and Ushakov spoke on November 14th.', DATE],
    ['The call of 14.11.2025 was leaked.', DATE],
    ['The 14/11 call between Witkoff and Ushakov was leaked.', DATE],
    ['The call, which took place on November 14th, was leaked.', DATE],
    ['On 14/11, Witkoff phoned Ushakov.', DATE],
    ["Witkoff's November call with Ushakov was leaked.", DATE],
    ['Witkoff phoned Ushakov in 2023.', YEAR],
    ['In 2023 Witkoff phoned Ushakov about a peace plan.', YEAR],
    ['The Witkoff–Ushakov call lasted ten minutes.', LENGTH],
    ['Witkoff and Ushakov spent an hour on the phone.', LENGTH],
    ['During an hour-long call, Witkoff coached Ushakov.', LENGTH],
    ['A 10-minute phone call between Witkoff and Ushakov was leaked.', LENGTH],
    ['The conversation between Witkoff and Ushakov lasted around 20 minutes.', LENGTH],
    ['Former president Trump defended Witkoff.', FORMER],
    ['Ex-President Donald Trump defended Witkoff.', FORMER],
    ['Trump fired Witkoff after the call leaked.', DISMISSAL],
    ['Trump publicly rebuked Witkoff over the call.', DISMISSAL],
    ['Witkoff was fired by Trump after the leak.', DISMISSAL],
    ['Witkoff asked Ushakov whether a call between Trump and Putin would be useful.', ASKED],
    ['He then asked Ushakov whether a Trump–Putin call would help, to which Witkoff said yes.', ASKED],
    ['The plan caps the Ukrainian army at 400,000 troops.', CAP],
    ['The plan creates demilitarised zones in Kherson and Zaporizhzhia.', DMZ],
    // de
    ['Das Telefonat zwischen Witkoff und Uschakow fand am 14. November statt.', DATE],
    ['Das Gespräch vom 14.11.2025 wurde veröffentlicht.', DATE],
    // A day's ordinal dot ends no sentence, a participle at the clause's end is the verb of
    // calling, and a relative clause after the main clause's verb is about the call word.
    ['Witkoff hat am 14. November mit Uschakow telefoniert.', DATE],
    ['Das Gespräch, das Witkoff am 14. November mit Uschakow geführt hat, wurde veröffentlicht.', DATE],
    ['Bloomberg hat die Abschrift eines Gesprächs veröffentlicht, das Witkoff am 14. November mit Uschakow geführt hat.', DATE],
    ['Bloomberg published the transcript of a call on Tuesday, which Witkoff held with Ushakov on 14 November.', DATE],
    ['Das Telefonat zwischen Witkoff und Uschakow im Jahr 2023 wurde bekannt.', YEAR],
    ['Witkoffs zehnminütiges Telefonat mit Uschakow wurde geleakt.', LENGTH],
    ['Der ehemalige Präsident Trump verteidigte Witkoff.', FORMER],
    ['Trump entließ Witkoff nach dem Telefonat.', DISMISSAL],
    ['Der Plan begrenzt die ukrainische Armee auf 400.000 Soldaten.', CAP],
    // fr
    ["L'appel entre Witkoff et Ouchakov a eu lieu le 14 novembre.", DATE],
    ["L'appel du 14/11 entre Witkoff et Ouchakov a fuité.", DATE],
    ["L'appel a duré une heure.", LENGTH],
    ["L'ancien président Trump a défendu Witkoff.", FORMER],
    ['Trump a limogé Witkoff après la fuite.', DISMISSAL],
    // es
    ['La llamada entre Witkoff y Ushakov tuvo lugar el 14 de noviembre.', DATE],
    ['La llamada de diez minutos entre Witkoff y Ushakov se filtró.', LENGTH],
    // A sentence that opens "And it is no joke:" goes on from the one before; it corrects nothing.
    ['Y no es una broma: es una llamada de diez minutos en la que Witkoff aconseja a Ushakov.', LENGTH],
    ['El expresidente Trump defendió a Witkoff.', FORMER],
    ['Trump despidió a Witkoff tras la filtración.', DISMISSAL],
    // pl
    ['Rozmowa Witkoffa z Uszakowem odbyła się 14 listopada.', DATE],
    ['Dziesięciominutowa rozmowa Witkoffa z Uszakowem wyciekła.', LENGTH],
    ['Były prezydent Trump bronił Witkoffa.', FORMER],
    ['Trump zwolnił Witkoffa po przecieku.', DISMISSAL],
    // ru
    ['Разговор Уиткоффа и Ушакова состоялся 14 ноября.', DATE],
    ['Часовой разговор Уиткоффа с Ушаковым попал в сеть.', LENGTH],
    ['Десятиминутный разговор Уиткоффа с Ушаковым стал достоянием общественности.', LENGTH],
    ['Бывший президент Трамп защитил Уиткоффа.', FORMER],
    ['Трамп уволил Уиткоффа после утечки.', DISMISSAL],
    // uk
    ['Розмова Віткоффа з Ушаковим відбулася 14 листопада.', DATE],
    ['Розмова тривала годину.', LENGTH],
    ['Колишній президент Трамп захистив Віткоффа.', FORMER],
    ['Трамп звільнив Віткоффа після витоку.', DISMISSAL],
    // it
    ['La telefonata tra Witkoff e Ushakov è avvenuta il 14 novembre.', DATE],
    ['Il colloquio telefonico tra Witkoff e Ushakov del 14 novembre è trapelato.', DATE],
    ['La telefonata tra Witkoff e Ushakov, avvenuta il 14/11/2025, è stata diffusa.', DATE],
    ['La telefonata tra Witkoff e Ushakov risale al 2023.', YEAR],
    ["La telefonata è durata un'ora.", LENGTH],
    ["Una conversazione di circa un'ora tra Witkoff e Ushakov.", LENGTH],
    ['La telefonata di dieci minuti tra Witkoff e Ushakov è trapelata.', LENGTH],
    ["L'ex presidente Trump ha difeso Witkoff.", FORMER],
    ['Trump ha licenziato Witkoff dopo la fuga di notizie.', DISMISSAL],
    ['Trump ha criticato Witkoff per la telefonata.', DISMISSAL],
    ['Witkoff ha chiesto a Ushakov se una telefonata tra Trump e Putin fosse utile.', ASKED],
    ['Il piano limita l’esercito ucraino a 400.000 soldati.', CAP],
    ['La bozza fissava un tetto di 400 mila uomini per l’esercito ucraino.', CAP],
    ['Il piano crea zone demilitarizzate a Kherson e Zaporizhzhia.', DMZ],
    // nl
    ['Het gesprek tussen Witkoff en Oesjakov vond plaats op 14 november.', DATE],
    ['Het telefoongesprek dat op 14-11-2025 plaatsvond, lekte uit.', DATE],
    ['Het gesprek duurde een uur.', LENGTH],
    ['Het telefoongesprek van tien minuten tussen Witkoff en Oesjakov lekte uit.', LENGTH],
    ['Voormalig president Trump verdedigde Witkoff.', FORMER],
    ['Trump ontsloeg Witkoff na het lek.', DISMISSAL],
    ['Trump bekritiseerde Witkoff om het gesprek.', DISMISSAL],
    ['Witkoff vroeg Oesjakov of een gesprek tussen Trump en Poetin nuttig zou zijn.', ASKED],
    ['Het plan beperkt het Oekraïense leger tot 400.000 militairen.', CAP],
    ['Het plan beperkt het Oekraïense leger tot 400 duizend militairen.', CAP],
    ['Het plan creëert gedemilitariseerde zones in Cherson en Zaporizja.', DMZ],
    // id
    ['Percakapan telepon Witkoff dan Ushakov terjadi pada 14 November.', DATE],
    ['Percakapan Witkoff dan Ushakov pada 14/11/2025 bocor ke publik.', DATE],
    ['Percakapan itu berlangsung satu jam.', LENGTH],
    ['Percakapan telepon Witkoff dengan Ushakov berlangsung sepuluh menit.', LENGTH],
    ['Mantan presiden Trump membela Witkoff.', FORMER],
    ['Trump memecat Witkoff setelah bocornya rekaman.', DISMISSAL],
    ['Trump mengecam Witkoff atas percakapan itu.', DISMISSAL],
    ['Witkoff bertanya kepada Ushakov apakah percakapan antara Trump dan Putin akan berguna.', ASKED],
    ['Rencana itu membatasi tentara Ukraina hingga 400.000 personel.', CAP],
    ['Rencana itu membatasi tentara Ukraina hingga 400 ribu personel.', CAP],
    ['Rencana itu menciptakan zona demiliterisasi di Kherson dan Zaporizhzhia.', DMZ],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toContain(id);
  });
});

describe('a date opening the sentence, with or without its comma, before the call verb', () => {
  it.each([
    'On November 14, Witkoff called Ushakov.',
    'Am 14. November telefonierte Witkoff mit Uschakow.',
    'Le 14 novembre, Witkoff a appelé Ouchakov.',
    'El 14 de noviembre, Witkoff llamó a Ushakov.',
    '14 listopada Witkoff zadzwonił do Uszakowa.',
    '14 ноября Уиткофф позвонил Ушакову.',
    '14 листопада Віткофф зателефонував Ушакову.',
    'Il 14 novembre Witkoff ha telefonato a Ushakov.',
    'Op 14 november belde Witkoff met Oesjakov.',
    'Pada 14 November, Witkoff menelepon Ushakov.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toContain(DATE);
  });

  it.each([
    ['Trump hat Witkoff entlassen.', DISMISSAL],
    ['La telefonata è durata circa mezz’ora.', LENGTH],
    ['Het gesprek duurde ongeveer een half uur.', LENGTH],
    ['Percakapan itu berlangsung sekitar setengah jam.', LENGTH],
    ['Percakapan telepon itu terjadi pada 2023.', YEAR],
    ['Het gesprek vond plaats in 2023.', YEAR],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toContain(id);
  });
});

describe('who asked, reversed, with the presidents as the subject of talking', () => {
  it.each([
    'Witkoff asked whether Putin would agree to a call with Trump.',
    "Witkoff a demandé s'il serait utile que Trump et Poutine se parlent.",
    'Witkoff preguntó si sería útil que Trump y Putin hablaran.',
    'Віткофф запитав, чи варто Трампу і Путіну поговорити.',
    'Witkoff zapytał, czy Trump i Putin powinni porozmawiać.',
    'Witkoff fragte, ob Trump und Putin miteinander telefonieren sollten.',
    'Witkoff chiese se fosse utile che Trump e Putin si sentissero.',
    'Witkoff bertanya apakah Trump dan Putin sebaiknya berbicara.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toContain(ASKED);
  });

  it('a length of the time on the phone', () => {
    expect(ids('Witkoff was on the phone with Ushakov for an hour.')).toContain(LENGTH);
  });

  it.each([
    "Ouchakov a demandé à Witkoff s'il serait utile que Trump et Poutine se parlent.",
    'Ushakov preguntó a Witkoff si sería útil que Trump y Putin hablaran.',
    'Ushakov chiese a Witkoff se fosse utile che Trump e Putin si sentissero.',
    'Trump spent an hour on the phone with Putin.',
    'Witkoff spent an hour on the phone with reporters.',
    'Witkoff was on the phone with Ushakov for just over five minutes.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});
