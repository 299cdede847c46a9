/**
 * Probes for false accusations in the seven main languages: correct facts put in unusual
 * ways, errors quoted in order to refute them, and other calls, meetings and plans with
 * their own dates, lengths and numbers are never flagged; new phrasings of each known
 * error are, a hedge elsewhere in the sentence leaving a role given to Trump his own. "On the phone" is composed from a preposition and a word for the phone, and
 * a call held by one of the parties with someone else (the second recording) is not this
 * call. Every sentence is Lateral's own.
 */
import { describe, expect, it } from 'vitest';
import { flagsAfterStory } from '../../../fixtures/flags/story-sentence';

const ids = (sentence: string) => flagsAfterStory(sentence).map((f) => f.id);

describe('never flagged', () => {
  it.each([
    // en
    'Witkoff and Ushakov were on the phone for a little over five minutes.',
    'Trump was on the phone with Putin for two hours on 16 October.',
    'Barely longer than five minutes, the Witkoff–Ushakov exchange of 14 October still dominates the news.',
    'The recording dates from a Tuesday, 14 October 2025, not from November as some reposts said.',
    'Bloomberg published the Witkoff recording on 25 November, six weeks after the call.',
    'Ushakov and Dmitriev spoke on 29 October; that second tape runs about ten minutes.',
    'Witkoff met Putin in Moscow on 6 August for three hours.',
    'At the Alaska summit on 15 August, Trump and Putin talked for nearly three hours.',
    'Trump, far from dismissing Witkoff, called his approach standard negotiating.',
    'Trump did not rebuke his special envoy; he said that is what a dealmaker does.',
    'Some commentators claimed Trump fired his envoy. He did no such thing.',
    'Don Bacon said Trump should fire his envoy.',
    'The claim that the call lasted an hour is false.',
    'It was Ushakov who asked whether a call between the presidents would help; Witkoff agreed.',
    'Witkoff did not ask for the Trump–Putin call: Ushakov raised it.',
    "The plan capped Ukraine's forces at 600,000, and Geneva reportedly raised that to 800,000.",
    'Kherson and Zaporizhzhia were to be frozen along the line of contact, with the buffer zone in Donetsk.',
    'Former president Joe Biden never commented on the Witkoff call.',
    'Some outlets wrongly called him former President Donald Trump.',
    'Former President Donald Trump, as one tabloid falsely put it, defended Witkoff.',
    '"The call lasted an hour," one tabloid wrote; the transcript shows otherwise.',
    'A viral post says the Witkoff call was on 14 November. The transcript says 14 October.',
    "Witkoff's hour-long interview with a podcast host came a week after the call.",
    'Witkoff spoke with Kushner on the phone for an hour on 20 November.',
    "Trump's envoy will speak to Ushakov again on 2 December.",
    'Trump later congratulated Witkoff, saying the call lasted only a few minutes.',
    // de
    'Die Behauptung, das Telefonat habe eine Stunde gedauert, ist falsch.',
    'Das Gespräch zwischen Witkoff und Uschakow fand am 14. Oktober statt und dauerte gut fünf Minuten.',
    'Trump verteidigte seinen Sondergesandten, statt ihn zu entlassen.',
    'Am 16. Oktober telefonierten Trump und Putin mehr als zwei Stunden.',
    'Ushakov und Dmitrijew telefonierten am 29. Oktober etwa zehn Minuten.',
    'Ein Boulevardblatt schrieb, Trump habe Witkoff gefeuert. Das Gegenteil ist wahr.',
    // fr
    "L'appel Witkoff-Ouchakov n'a pas eu lieu en novembre mais le 14 octobre.",
    "Trump n'a jamais limogé son émissaire.",
    'Le 29 octobre, Ouchakov et Dmitriev ont parlé au téléphone pendant une dizaine de minutes.',
    // es
    'La llamada entre Witkoff y Ushakov no duró una hora, sino poco más de cinco minutos.',
    'Trump no despidió a su enviado especial; lo defendió.',
    'El 16 de octubre, Trump y Putin hablaron por teléfono durante dos horas.',
    'Ushakov y Dmitriev hablaron por teléfono el 29 de octubre durante unos diez minutos.',
    // pl
    'Rozmowa Witkoffa z Uszakowem nie trwała godziny, tylko nieco ponad pięć minut.',
    'Trump nie zwolnił swojego wysłannika, lecz go bronił.',
    '16 października Trump i Putin rozmawiali przez telefon ponad dwie godziny.',
    'Uszakow i Dmitrijew rozmawiali 29 października przez telefon około dziesięciu minut.',
    // ru
    'Разговор Уиткоффа и Ушакова длился не час, а чуть больше пяти минут.',
    'Трамп не уволил своего спецпосланника, а защитил его.',
    '16 октября Трамп и Путин говорили по телефону больше двух часов.',
    'Ушаков и Дмитриев 29 октября говорили по телефону около десяти минут.',
    // uk
    "Розмова Віткоффа з Ушаковим тривала не годину, а трохи більше п'яти хвилин.",
    'Трамп не звільнив свого посланця, а захистив його.',
    '16 жовтня Трамп і Путін розмовляли телефоном понад дві години.',
    'Ушаков і Дмитрієв 29 жовтня розмовляли телефоном близько десяти хвилин.',
    // A date held by a verb of telling, with the call in what was told.
    'Ushakov told reporters on November 14 that the call had been a private matter.',
    'Uschakow sagte am 14. November, dass das Telefonat privat gewesen sei.',
    'Ушаков заявил 14 ноября, что разговор был частным.',
    'Ushakov dijo el 14 de noviembre que la llamada era privada.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('new phrasings of the known errors are flagged', () => {
  it.each([
    ['Witkoff was on the phone with Ushakov for an hour, the tape suggests.', 'd-call-length'],
    ['Witkoff war mit Uschakow eine Stunde am Telefon.', 'd-call-length'],
    ['Witkoff talked on the phone with Ushakov on 14 November 2025.', 'd-call-date-month'],
    // A cleft puts the date on the call itself: no verb of telling holds it.
    ['It was on 14 November that Witkoff called Ushakov.', 'd-call-date-month'],
    ["The envoy's hour-long call with Ushakov set off the scandal.", 'd-call-length'],
    ['The leaked call, held in November 2025, shocked Kyiv.', 'd-call-date-month'],
    ['Das Telefonat vom 14. Oktober 2024 sorgt für Aufregung.', 'd-call-date-year'],
    ["The plan limited Ukraine's army to 400,000 troops.", 'd-army-cap-misstated'],
    ['Der Plan begrenzte die ukrainische Armee auf 400.000 Soldaten.', 'd-army-cap-misstated'],
    ['Le plan prévoyait des zones démilitarisées à Kherson et Zaporijjia.', 'd-kherson-zaporizhzhia-dmz'],
    ['El plan creaba zonas desmilitarizadas en Jersón y Zaporiyia.', 'd-kherson-zaporizhzhia-dmz'],
    ['Former US president Donald Trump called the leak a standard thing.', 'd-former-president'],
    ['Der frühere Präsident Donald Trump verteidigte Witkoff.', 'd-former-president'],
    // A hedge on another predicate of the sentence does not take back the role given to Trump.
    [
      'Lawmakers fumed over a tape in which Witkoff allegedly coached Moscow on how to approach former President Donald Trump.',
      'd-former-president',
    ],
    ['Witkoff asked Ushakov whether a call between the presidents would be useful.', 'd-who-asked-reversed'],
    ['Witkoff zapytał Uszakowa, czy rozmowa prezydentów byłaby przydatna.', 'd-who-asked-reversed'],
    ['Уиткофф спросил Ушакова, будет ли полезен разговор президентов.', 'd-who-asked-reversed'],
    ['Трамп публично отчитал Уиткоффа после утечки.', 'd-trump-reaction-dismissal'],
    ['Trump a publiquement recadré Witkoff après la fuite.', 'd-trump-reaction-dismissal'],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toEqual([id]);
  });
});
