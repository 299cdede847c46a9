/**
 * Flags a reader can trust, in the seven main languages: a claim that the page reports in
 * order to judge it (a fact-check's heading in quotation marks with its verdict, what
 * "posts claim" followed by "nothing of the sort") is never flagged, and correct facts put
 * in unusual ways, or beside other calls, meetings, dates and lengths, are left alone.
 * The same errors stated by the page itself, in headline tenses, verb-final German,
 * participles and other verbs of asking, are flagged, and the flag leaves the mentions in
 * it to their own marks.
 */
import { describe, expect, it } from 'vitest';
import { flagsAfterStory } from '../../../fixtures/flags/story-sentence';
import { clearOfMentions } from '../../../../src/core/detect/checks-near';
import type { Flag } from '../../../../src/core/detect/checks-run';

const flags = (sentence: string) => flagsAfterStory(sentence).map((f) => `${f.id ?? ''}: ${f.text}`);

describe('a fact-check heading quotes the claim it judges', () => {
  it.each([
    '« Witkoff a sollicité un appel entre Trump et Poutine » — TROMPEUR',
    '« Trump a limogé son envoyé Witkoff » — FAUX',
    '« La conversation a duré une heure » — FAUX',
    '« Witkoff pidió la llamada entre Trump y Putin » — ENGAÑOSO',
    '„Trump feuerte Witkoff nach dem Leak“ – IRREFÜHREND',
    '“Witkoff requested a Trump–Putin call” — MISLEADING',
    '„Witkoff zabiegał o rozmowę Trumpa z Putinem” — FAŁSZ',
    '« Уиткофф добивался звонка Трампа и Путину » — ЛОЖЬ',
    '« Віткофф добивався розмови Трампа з Путіним » — МАНІПУЛЯЦІЯ',
  ])('%s', (sentence) => {
    expect(flags(sentence)).toEqual([]);
  });
});

describe('a claim others make, denied by the next sentence', () => {
  it.each([
    'Posts on social media claim that Trump fired Witkoff after the leak. Nothing of the sort happened.',
    'Des comptes affirment que Trump aurait congédié Witkoff. Il n’en est rien.',
    'Trump a limogé Witkoff après la fuite, lit-on sur des forums. Rien de tel ne s’est produit.',
    'In Foren heißt es, Trump habe Witkoff gefeuert. Nichts dergleichen ist geschehen.',
    'Varias cuentas afirman que Trump despidió a Witkoff. Nada de eso ocurrió.',
    'Niektóre konta twierdzą, że Trump zwolnił Witkoffa. Nic takiego się nie stało.',
    'Некоторые каналы утверждают, что Трамп уволил Уиткоффа. Ничего подобного.',
    'Деякі канали стверджують, що Трамп звільнив Віткоффа. Нічого подібного не було.',
  ])('%s', (sentence) => {
    expect(flags(sentence)).toEqual([]);
  });
});

describe('correct facts in unusual ways, and other events with other dates and lengths', () => {
  it.each([
    // en
    'Barely five minutes long, the October 14 call has been replayed for weeks.',
    'It was the Kremlin aide, not Witkoff, who raised the idea of a call between the presidents.',
    'Far from firing Witkoff, Trump said he was doing what a dealmaker does.',
    'The plan capped the army at 600,000, well below the roughly 880,000 serving in 2025.',
    'A two-hour meeting with Dmitriev in Miami followed ten days after the call.',
    'Putin and Trump talked for two and a half hours on 16 October, two days after the call.',
    'Ushakov and Dmitriev spoke on 29 October for about ten minutes, Bloomberg reported.',
    'The Geneva round on 23 November lasted several hours and cut the plan to 19 points.',
    // de
    'Gerade einmal fünf Minuten dauerte das Telefonat vom 14. Oktober.',
    'Nicht Witkoff, sondern Uschakow fragte, ob ein Gespräch der Präsidenten helfen würde.',
    'Trump nahm Witkoff in Schutz, statt ihn zu entlassen.',
    'Das zweistündige Gespräch zwischen Trump und Putin am 16. Oktober folgte zwei Tage später.',
    'Im August traf Witkoff Putin in Moskau zu einem dreistündigen Gespräch.',
    'Der Plan begrenzte die Armee auf 600.000 Soldaten, nach Genf war von 800.000 die Rede.',
    // fr
    "L'échange du 14 octobre n'a duré qu'un peu plus de cinq minutes.",
    "C'est Ouchakov qui a demandé si un appel entre les présidents serait utile ; Witkoff a dit oui.",
    'Loin de limoger Witkoff, Trump a défendu son envoyé.',
    "L'appel entre Trump et Poutine, le 16 octobre, a duré plus de deux heures.",
    'Le sommet en Alaska, en août, a duré près de trois heures.',
    // es
    'La llamada del 14 de octubre duró poco más de cinco minutos.',
    'Fue Ushakov quien preguntó si una llamada entre los presidentes sería útil.',
    'Lejos de despedir a Witkoff, Trump lo defendió ante la prensa.',
    'La conversación entre Trump y Putin del 16 de octubre duró más de dos horas.',
    'Witkoff se reunió con Putin en Moscú el 6 de agosto durante tres horas.',
    // pl
    'Rozmowa z 14 października trwała niewiele ponad pięć minut.',
    'To Uszakow zapytał, czy rozmowa prezydentów byłaby pomocna; Witkoff się zgodził.',
    'Zamiast zwolnić Witkoffa, Trump stanął w jego obronie.',
    'Rozmowa Trumpa z Putinem 16 października trwała ponad dwie godziny.',
    'Spotkanie Witkoffa z Putinem w sierpniu trwało trzy godziny.',
    // ru
    'Разговор 14 октября длился чуть больше пяти минут.',
    'Именно Ушаков спросил, будет ли полезен разговор президентов; Уиткофф согласился.',
    'Трамп не стал увольнять Уиткоффа и защитил его.',
    'Разговор Трампа и Путина 16 октября, длившийся более двух часов, Кремль назвал продуктивным.',
    'Встреча Уиткоффа с Путиным 6 августа, длившаяся три часа, прошла в Кремле.',
    'Разговор Ушакова с Дмитриевым 29 октября длился около десяти минут.',
    // uk
    'Розмова 14 жовтня тривала трохи більше п’яти хвилин.',
    'Саме Ушаков запитав, чи буде корисною розмова президентів; Віткофф погодився.',
    'Трамп не звільнив Віткоффа, а захистив його.',
    'Розмова Трампа з Путіним 16 жовтня, що тривала понад дві години, була продуктивною.',
    'Зустріч Віткоффа з Путіним у серпні, що тривала три години, відбулася в Москві.',
    // A conversation at an in-person meeting, in the sentence or the one before
    'In August Witkoff met Putin in Moscow for a three-hour conversation.',
    'Witkoff met Putin in Moscow in August. The conversation lasted three hours.',
    'Witkoff traf Putin im August in Moskau. Das Gespräch dauerte drei Stunden.',
    'En août, Witkoff a rencontré Poutine à Moscou pour une conversation de trois heures.',
    'En agosto, Witkoff se reunió con Putin en Moscú para una conversación de tres horas.',
    'W sierpniu Witkoff spotkał się z Putinem w Moskwie na trzygodzinną rozmowę.',
    'В августе Уиткофф встретился с Путиным в Москве для трехчасового разговора.',
    'У серпні Віткофф зустрівся з Путіним у Москві для тригодинної розмови.',
    // Half of something else
    'Wojska Ukrainy walczą o połowę obwodu, a plan Witkoffa nic nie zmienia.',
    'Het leger van Oekraïne verloor de helft van zijn tanks, lang voor het plan van Witkoff.',
  ])('%s', (sentence) => {
    expect(flags(sentence)).toEqual([]);
  });
});

describe('known errors in new phrasings', () => {
  it.each([
    // Headline present tense
    ['Trump rebukes Witkoff over leaked call', 'd-trump-reaction-dismissal'],
    ['Trump rügt Witkoff nach dem Leak', 'd-trump-reaction-dismissal'],
    ['Trump despide a Witkoff tras la filtración', 'd-trump-reaction-dismissal'],
    ['Trump zwalnia Witkoffa po przecieku', 'd-trump-reaction-dismissal'],
    ['Трамп отчитывает Уиткоффа после утечки', 'd-trump-reaction-dismissal'],
    ['Трамп звільняє Віткоффа після витоку', 'd-trump-reaction-dismissal'],
    // German perfect: the participle ends the clause
    ['Trump hat Witkoff nach der Veröffentlichung der Aufnahme scharf gerügt.', 'd-trump-reaction-dismissal'],
    ['Präsident Trump hat seinen Sondergesandten am Mittwoch öffentlich kritisiert.', 'd-trump-reaction-dismissal'],
    // Other verbs of asking
    ["D'après la transcription, c'est Witkoff qui a sollicité un appel avec Poutine.", 'd-who-asked-reversed'],
    ['Witkoff requested a call between the two presidents.', 'd-who-asked-reversed'],
    // A length hung on the call by a participle
    ['Разговор Уиткоффа и Ушакова, длившийся около часа, начался с Газы.', 'd-call-length'],
    ['Розмова тривалістю близько години почалася з Гази.', 'd-call-length'],
    ['Rozmowa Witkoffa z Uszakowem, trwająca około godziny, zaczęła się od Gazy.', 'd-call-length'],
    ["L'appel de Witkoff, d'une durée d'une heure, a commencé par Gaza.", 'd-call-length'],
    ['La llamada de Witkoff, de una duración de una hora, empezó por Gaza.', 'd-call-length'],
    // A negator after "and" belongs to the next verb, not to the claim before it
    ['Het plan van Witkoff eist dat Oekraïne zijn leger halveert en nooit lid wordt van de NAVO.', 'd-army-cap-misstated'],
  ])('%s', (sentence, id) => {
    expect(flags(sentence).some((f) => f.startsWith(`${id}:`))).toBe(true);
  });
});

describe('a flag leaves the mentions in it to their own marks', () => {
  const flag = (from: number, to: number): Flag => ({
    from,
    to,
    id: 'x',
    discrepancyId: 'd',
    topic: 't',
    factIds: [],
    sourceIds: [],
    strength: 'wrong',
  });
  const text = 'trump rebuked witkoff';

  it('gives up a mention at its end', () => {
    expect(clearOfMentions(text, flag(0, 21), [{ from: 14, to: 21 }])).toMatchObject({ from: 0, to: 13 });
  });

  it('keeps the words after a mention at its start', () => {
    const t = 'the call lasted an hour';
    expect(clearOfMentions(t, flag(0, 23), [{ from: 0, to: 8 }])).toMatchObject({ from: 9, to: 23 });
  });

  it('stands over a mention that reaches out of it', () => {
    const t = "the plan would halve ukraine's army";
    expect(clearOfMentions(t, flag(15, 35), [{ from: 4, to: 28 }])).toMatchObject({ from: 15, to: 35 });
  });

  it('gives up a whole word when the mention ends inside it', () => {
    const t = "trump rebuked ukraine's envoy witkoff";
    expect(
      clearOfMentions(t, flag(0, 37), [
        { from: 14, to: 21 },
        { from: 30, to: 37 },
      ]),
    ).toMatchObject({ from: 24, to: 29 });
  });

  it('stays whole when it is nothing but a mention', () => {
    expect(clearOfMentions(text, flag(14, 21), [{ from: 14, to: 21 }])).toMatchObject({ from: 14, to: 21 });
  });

  it('keeps both marks on a page sentence', () => {
    const found = flagsAfterStory('Trump rebukes Witkoff over leaked call');
    expect(found.map((f) => f.text)).toEqual(['Trump rebukes']);
  });
});
