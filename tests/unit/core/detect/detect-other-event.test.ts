/**
 * Words for the call ("the call", "la llamada", "разговор") in a sentence that gives them
 * to another event: the presidents' call, a call still to come, a call on another day.
 * Sentences written for this test; each page opens with a line that makes it about the story.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { otherEventNoun } from '../../../../src/core/detect/other-event';
import { normalize } from '../../../../src/core/text/normalize';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());
const OPENING: Record<string, string> = {
  en: 'Bloomberg published the leaked recording of the Witkoff–Ushakov call on 25 November.',
  es: 'Bloomberg publicó la grabación filtrada de la llamada entre Witkoff y Ushakov.',
  pl: 'Bloomberg opublikował nagranie rozmowy Witkoffa z Uszakowem.',
  ru: 'Bloomberg опубликовал запись разговора Уиткоффа и Ушакова.',
  de: 'Bloomberg veröffentlichte den Mitschnitt des Telefonats zwischen Witkoff und Uschakow.',
  fr: 'Bloomberg a publié l’enregistrement de l’appel entre Witkoff et Ouchakov.',
};

/** Whether some mention mark overlaps `word` in `sentence`, on a page opened in `lang`. */
function marked(lang: string, sentence: string, word: string): boolean {
  const text = `${OPENING[lang]}\n${sentence}`;
  const at = text.indexOf(word, OPENING[lang]!.length);
  if (at < 0) throw new Error(`${word} not in ${sentence}`);
  return matcher.scan(text).some((h) => h.kind === 'mention' && h.start < at + word.length && h.end > at);
}

describe('a word for the call that its sentence gives to another event', () => {
  it('is not marked where the presidents hold the call', () => {
    expect(marked('en', 'Two days later the call between Trump and Putin lasted over two hours, Witkoff said.', 'call')).toBe(false);
    expect(marked('es', 'Según Witkoff, la llamada telefónica entre Trump y Putin fue larga.', 'llamada')).toBe(false);
    expect(marked('pl', 'Witkoff mówił potem, że rozmowa telefoniczna Putina z Trumpem była dobra.', 'rozmowa')).toBe(false);
    expect(
      marked('ru', 'Уиткофф считает, что телефонный разговор между Дональдом Трампом и Владимиром Путиным прошёл хорошо.', 'разговор'),
    ).toBe(false);
    expect(marked('de', 'Witkoff lobte später das Telefonat der Präsidenten als Erfolg.', 'Telefonat')).toBe(false);
  });

  it('is not marked where the call is still to come', () => {
    expect(marked('en', 'Ushakov asked Witkoff whether they should arrange a call for the two leaders.', 'call')).toBe(false);
    expect(marked('ru', 'Ушаков предложил Уиткоффу организовать звонок лидеров до визита в Вашингтон.', 'звонок')).toBe(false);
    expect(marked('fr', 'Ouchakov voulait que Witkoff prépare le prochain appel sans attendre.', 'appel')).toBe(false);
    expect(marked('pl', 'Uszakow chciał, by Witkoff pomógł zorganizować rozmowę przed wizytą Zełenskiego.', 'rozmowę')).toBe(false);
  });

  it('is not marked where another day stands with it and neither of the call’s people is named', () => {
    expect(marked('en', 'The 16 October call lasted two and a half hours.', 'call')).toBe(false);
  });

  it('stays marked where the call’s own day stands in another month: the call misdated, a known error', () => {
    expect(marked('de', 'Das Gespräch fand am 14. November statt und dauerte gut fünf Minuten.', 'Gespräch')).toBe(true);
    expect(marked('ru', 'Разговор состоялся 14 ноября и длился около часа.', 'Разговор')).toBe(true);
    expect(marked('de', 'Das Gespräch fand am 16. November statt.', 'Gespräch')).toBe(false);
  });

  it('stays marked where the story’s people hold it, Dmitriev of the second recording among them', () => {
    expect(marked('en', 'In the call, Witkoff told Ushakov what Putin should say to Trump.', 'call')).toBe(true);
    expect(marked('en', 'A second recording: Ushakov and Dmitriev discuss the plan.', 'recording')).toBe(true);
    expect(marked('en', 'Trump on the recording: Witkoff was just doing his job.', 'recording')).toBe(true);
    expect(
      marked('en', "Bloomberg released his 14 October conversation with Putin's long-serving foreign-policy adviser.", 'conversation'),
    ).toBe(true);
    expect(marked('es', 'En la llamada, Witkoff aconsejó a Ushakov cómo hablar con Trump.', 'llamada')).toBe(true);
    expect(marked('pl', 'W tej rozmowie Witkoff doradzał Uszakowowi, jak rozmawiać z Trumpem.', 'rozmowie')).toBe(true);
  });

  it('is not marked where "запись" is an entry of the live blog itself', () => {
    expect(marked('ru', 'Поправка. В записи от 9:40 мы перепутали дату разговора Уиткоффа и Ушакова.', 'записи')).toBe(false);
    expect(marked('ru', 'Ушаков предложил созвониться, а не Уиткофф. Запись обновлена.', 'Запись')).toBe(false);
    expect(marked('ru', 'Ушаков, по данным Bloomberg, сам спросил о звонке. Запись дополнена в 14:05.', 'Запись')).toBe(false);
  });

  it('is not marked where it is the recording of a programme', () => {
    expect(marked('ru', 'Полную запись эфира с разбором разговора слушайте на нашем сайте.', 'запись')).toBe(false);
    expect(marked('pl', 'Nagranie audycji o rozmowie Witkoffa znajdą Państwo w naszej aplikacji.', 'Nagranie')).toBe(false);
    expect(marked('fr', 'L’enregistrement de l’émission consacrée à l’appel est disponible en podcast.', 'enregistrement')).toBe(false);
    expect(marked('en', 'A recording of the programme on the leaked call is on our website.', 'recording')).toBe(false);
    // "shows" is a verb: the transcript still is the call's.
    expect(marked('en', 'The transcript shows the call lasted a little over five minutes.', 'transcript')).toBe(true);
  });

  it('is not marked where it is the recording of an official the story has no part for', () => {
    expect(marked('pl', 'Radni słuchali nagrania burmistrza z deweloperem.', 'nagrania')).toBe(false);
    expect(marked('en', 'A recording of the mayor promising berths to a friend is online.', 'recording')).toBe(false);
    expect(marked('fr', "L'enregistrement d'un juge d'instruction a fuité lundi.", 'enregistrement')).toBe(false);
    expect(marked('ru', 'Запись губернатора с подчинённым разошлась по сетям.', 'Запись')).toBe(false);
    // An adviser may be the Kremlin aide himself.
    expect(marked('en', 'A recording of the adviser shows how the call was prepared.', 'recording')).toBe(true);
  });

  it('is not marked where whoever held the call stands after it, through the words of the call, and has no part in the story', () => {
    expect(marked('ru', 'В сети появилась аудиозапись телефонного разговора главного тренера с агентом футболиста.', 'аудиозапись')).toBe(
      false,
    );
    expect(marked('pl', 'Portal opublikował nagranie rozmowy prezesa klubu z agentem piłkarskim.', 'nagranie')).toBe(false);
    expect(marked('en', 'Police released a recording of a phone call with a contractor about the tender.', 'recording')).toBe(false);
    // The story's people on the way keep it the call; so does a word that only looks like an official's ("судьба", fate).
    expect(marked('en', "The recording of Witkoff's call with Ushakov and a contractor's reply.", 'recording')).toBe(true);
    expect(marked('ru', 'Утекший разговор и судьба мирного плана обсуждаются в Москве.', 'разговор')).toBe(true);
    expect(marked('fr', "Trump n'a pas écouté la bande et a jugé la démarche normale.", 'bande')).toBe(true);
    // Witkoff himself is a developer and a businessman: those are no one else.
    expect(marked('en', 'The recording of the former developer coaching the Kremlin leaked.', 'recording')).toBe(true);
  });

  it('is not marked where the recording is said to be audio, full or fake before whose it is', () => {
    expect(marked('fr', "L'enregistrement audio de l'émission reste disponible pendant un an.", 'enregistrement')).toBe(false);
    expect(marked('es', 'Los bulos de la semana: de la grabación falsa de un alcalde al vídeo trucado.', 'grabación')).toBe(false);
    expect(marked('en', 'The full recording of the programme is on our website.', 'recording')).toBe(false);
  });

  it('is not marked where the calls recorded are those of callers, patients or politicians', () => {
    expect(marked('pl', 'Przypomina to aferę z 2014 roku, kiedy nagrania rozmów polityków trafiły do mediów.', 'nagrania')).toBe(false);
    expect(marked('en', 'Separately, recordings of patients calling the hospital hotline leaked online.', 'recordings')).toBe(false);
    expect(marked('de', 'In Bremen tauchten Mitschnitte der Telefonzentrale des Klinikums auf.', 'Mitschnitte')).toBe(false);
    // The call's own people keep it.
    expect(marked('pl', 'Nagrania rozmów Witkoffa z Uszakowem opublikował Bloomberg.', 'Nagrania')).toBe(true);
  });

  it('is still the recording with a date or its people after it', () => {
    expect(marked('ru', 'Запись от 14 октября показывает, как Уиткофф советовал Ушакову.', 'Запись')).toBe(true);
    expect(marked('ru', 'Запись разговора Уиткоффа и Ушакова длится около пяти минут.', 'Запись')).toBe(true);
  });
});

describe('otherEventNoun, pure', () => {
  const noBreak = () => false;
  const judge = (sentence: string, word: string) => {
    const n = normalize(sentence).text;
    const w = normalize(word).text;
    const at = n.indexOf(w);
    return otherEventNoun(n, { from: at, to: at + w.length }, noBreak);
  };

  it('reads holders after the word over links and one adjective, not across a clause', () => {
    expect(judge('The phone call between Trump and Putin was long.', 'call')).toBe(true);
    expect(judge('In the call, the envoy said Trump and Putin should talk soon.', 'call')).toBe(false);
    expect(judge('The call, as several reports said in some detail, worried Trump and Putin.', 'call')).toBe(false);
    expect(judge('The Trump–Putin call came two days later.', 'call')).toBe(true);
    expect(judge('The call with the Russian president was planned.', 'call')).toBe(true);
  });

  it('reads a date between the word and its holders, in the ways languages write a date', () => {
    expect(judge('Das Telefonat vom 16. Oktober dauerte lange.', 'Telefonat')).toBe(true);
    expect(judge('La conversación del 16 de octubre entre Trump y Putin fue larga.', 'conversación')).toBe(true);
    expect(judge('Chiese se servisse una telefonata tra i due presidenti.', 'telefonata')).toBe(true);
    expect(judge('Разговор между Дональдом Трампом и Владимиром Путиным длился долго.', 'Разговор')).toBe(true);
    // The story's day, then a new clause about the presidents: the word is the story's.
    expect(judge('Zwei Tage nach dem Telefonat vom 14. Oktober griffen Trump und Putin zum Hörer.', 'Telefonat')).toBe(false);
  });

  it('keeps a dated word when the sentence names the call’s people: a wrong date is for the claim checks', () => {
    expect(judge('The 16 October call lasted long.', 'call')).toBe(true);
    expect(judge('The 16 October call between Witkoff and Ushakov lasted long.', 'call')).toBe(false);
    expect(judge('The 14 October call lasted five minutes.', 'call')).toBe(false);
  });
});
