/**
 * The guide's known errors, in all seven languages and any date format, flagged only
 * when the claim is about this call; and corrections of them never flagged. Every
 * sentence sits after a sentence that names the story, as it would on a real page.
 */
import { describe, expect, it } from 'vitest';
import { flagsAfterStory as flags } from '../../../fixtures/flags/story-sentence';

const ids = (sentence: string) => flags(sentence).map((f) => f.id);

describe('a wrong date of the call, in any format and language', () => {
  it.each([
    ['The call between Witkoff and Ushakov took place on 14.11.', 'd-call-date-month', '14.11'],
    ['Witkoff and Ushakov spoke by phone on 14.11.2025.', 'd-call-date-month', '14.11.2025'],
    ['The call took place on November 14th.', 'd-call-date-month', 'November 14th'],
    ['One article placed the Witkoff call in 2023, it seems, and the call in 2023 never happened.', 'd-call-date-year', '2023'],
    ['Their phone call in 2023 was recorded.', 'd-call-date-year', '2023'],
    // An event word after the date, but past a comma: the date is still the call's.
    ['The call took place in November 2023, a year into the war.', 'd-call-date-year', 'November 2023'],
    ['Розмова Віткоффа з Ушаковим відбулася 14 листопада.', 'd-call-date-month', '14 листопада'],
    ['Разговор Уиткоффа с Ушаковым состоялся 14 ноября 2025 года.', 'd-call-date-month', '14 ноября 2025'],
    ['Das Telefonat von Witkoff mit Uschakow fand am 14. November statt.', 'd-call-date-month', '14. November'],
    ["L'appel entre Witkoff et Ouchakov a eu lieu le 14 novembre.", 'd-call-date-month', '14 novembre'],
    ['La llamada entre Witkoff y Ushakov tuvo lugar el 14 de noviembre de 2025.', 'd-call-date-month', '14 de noviembre de 2025'],
    ['Rozmowa Witkoffa z Uszakowem odbyła się 14 listopada.', 'd-call-date-month', '14 listopada'],
  ])('%s', (sentence, id, text) => {
    expect(flags(sentence)).toContainEqual({ id, text, strength: 'wrong' });
  });

  it.each([
    // Other calls and meetings, other events, dates in quotations.
    'Trump and Putin spoke by phone on 16 October, two days after the Witkoff call.',
    'Witkoff met Ushakov in Moscow on 6 August; the meeting lasted three hours.',
    'The Alaska summit between Trump and Putin took place on 15 August.',
    'A second recording, an October 29 call between Ushakov and Kirill Dmitriev, was also published.',
    'Das Telefonat zwischen Witkoff und Uschakow fand nach der Invasion im Februar 2022 statt.',
    'The call came more than three years after the invasion of February 2022.',
    // The date of an event named right after it, in a clause inside a sentence about the call.
    'Laut dem Protokoll meinte Witkoff während des Telefonats, dass Russland – das im Februar 2022 den Angriffskrieg begonnen hatte – Frieden wolle.',
    'Witkoff argued during the call that Russia — which in February 2022 launched its full-scale invasion — had always wanted peace.',
    'Podczas rozmowy Witkoff przekonywał, że Rosja – która w lutym 2022 rozpoczęła wojnę – zawsze chciała pokoju.',
    'Bloomberg published the transcript of the call on November 25.',
    'Witkoff told Ushakov: "We had the call on November 14 in my dreams."',
    'Bloomberg published its report on the Witkoff-Ushakov call on 25 November 2025.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('a call length far from five minutes', () => {
  it.each([
    ['During the ten-minute call, the two men discussed Gaza.', 'ten-minute'],
    ['The call lasted an hour.', 'lasted an hour'],
    ['В ходе десятиминутного разговора Уиткофф давал советы.', 'десятиминутного'],
    ['Das zehnminütige Telefonat von Witkoff sorgte für Aufsehen.', 'zehnminütige'],
    ['La llamada duró una hora.', 'duró una hora'],
    ['Rozmowa trwała godzinę.', 'trwała godzinę'],
  ])('%s', (sentence, text) => {
    expect(flags(sentence)).toContainEqual({ id: 'd-call-length', text, strength: 'wrong' });
  });

  it.each([
    'Під час розмови Віткофф порадив Ушакову, як говорити з Трампом.',
    'Trump et Poutine ont eu une conversation de deux heures le 16 octobre.',
    'The five-minute call changed little.',
    'Witkoff called Ushakov again 30 minutes later.',
    'The Trump-Putin call lasted two hours.',
    // A call between heads of state, named by what they are rather than who.
    "The presidents' call lasted two hours.",
    'Der Anruf der beiden Präsidenten dauerte zwei Stunden.',
    'Звонок президентов длился два часа.',
    'Розмова лідерів тривала дві години.',
    // Both presidents hold the call; the envoy is further from it, in another clause.
    'Trump and Putin held the two-hour call that Witkoff had helped to arrange.',
    // The presidents named early in the sentence, their call described late in it.
    'Two days on, Trump phoned Putin, and afterwards the US president praised the two-and-a-half-hour conversation.',
    'Через два дня Трамп созвонился с Путиным, и американский президент назвал двухчасовой разговор очень продуктивным.',
    // The call as a reference point: the sentence's own call is another one.
    "Deux jours après l'appel Witkoff-Ouchakov, à la demande du Kremlin, vint une conversation de deux heures et demie.",
    'Zwei Tage nach dem Telefonat von Witkoff und Uschakow folgte ein zweieinhalbstündiges Gespräch der Präsidenten.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence).filter((id) => id === 'd-call-length')).toEqual([]);
  });
});

describe('who asked for the Trump–Putin call, reversed', () => {
  it.each([
    'He then asked Ushakov whether a phone call between the presidents would help.',
    'Witkoff asked Ushakov if a call between Trump and Putin would be useful.',
    'The US side pushed for a Trump-Putin conversation.',
    'Уиткофф спросил Ушакова, нужен ли разговор Путина и Трампа.',
    'Віткофф запитав Ушакова, чи потрібна розмова Путіна і Трампа.',
    'Witkoff fragte Uschakow, ob ein Telefonat helfen würde.',
    'Er fragte Uschakow, ob ein Telefonat helfen würde.',
    'Dann fragte Witkoff Uschakow, ob ein Telefonat helfen würde.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toContain('d-who-asked-reversed');
  });

  it.each([
    'Ushakov asked Witkoff whether a call between the presidents would help, and Witkoff said yes.',
    // German puts the verb second: after an opening phrase, the subject follows it.
    'Im Gespräch fragte Uschakow zunächst, ob ein Telefonat der Präsidenten sinnvoll wäre.',
    'Ушаков спросил, не стоит ли организовать звонок Путина и Трампа, и Уиткофф ответил, что да.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('"former president" and a dismissal, in seven languages', () => {
  it.each([
    'Former President Donald Trump defended Witkoff.',
    'Колишній президент Трамп захистив Віткоффа.',
    'Бывший президент Трамп заступился за Уиткоффа.',
    'Der ehemalige Präsident Trump verteidigte Witkoff.',
    "L'ancien président Trump a défendu Witkoff.",
    'El expresidente Trump defendió a Witkoff.',
    'Były prezydent Trump bronił Witkoffa.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toContain('d-former-president');
  });

  it.each(['Trump dismissed Witkoff after the leak.', 'Трамп осудил Уиткоффа.', 'Trump a condamné Witkoff.', 'Trump potępił Witkoffa.'])(
    '%s',
    (sentence) => {
      expect(ids(sentence)).toContain('d-trump-reaction-dismissal');
    },
  );
});

describe('corrections are never flagged, in every language', () => {
  it.each([
    // en
    'Some outlets wrongly dated the call to November 14.',
    'The call was not on November 14 but on October 14.',
    'Several reposts described him as former president Donald Trump.',
    'Trump did not condemn Witkoff; he defended him.',
    'Contrary to some reports, Trump never dismissed Witkoff.',
    'Some outlets said the call took place on November 14, but it was on October 14.',
    'What some sites said: that Witkoff and Ushakov spoke on November 14.',
    'One reposted article even placed the call in 2023.',
    // uk
    'Деякі видання помилково датували розмову Віткоффа з Ушаковим 14 листопада.',
    // ru
    'Некоторые СМИ ошибочно назвали Трампа бывший президент Трамп.',
    'Разговор состоялся не 14 ноября, а 14 октября.',
    // de
    'Einige Medien datierten das Telefonat fälschlich auf den 14. November.',
    // fr
    "Certains médias ont daté à tort l'appel du 14 novembre.",
    // es
    'Algunos medios fecharon erróneamente la llamada el 14 de noviembre.',
    // pl
    'Niektóre media błędnie podały, że rozmowa odbyła się 14 listopada.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it.each([
    // A claim in quotation marks is reported, not made: the page rates it below.
    'Claim: "Trump fired Witkoff after the leak." Rating: false.',
    'A viral post read: \u201cThe 28-point plan caps the army at 450,000.\u201d',
    'Der Beitrag behauptete: \u201eTrump entließ Witkoff nach dem Leak.\u201c',
  ])('quoted: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it.each([
    // Under a label of clarification, in a sentence or on a line of its own, the page
    // reports what it said before in order to correct it.
    'Clarification. This post first said the call lasted about an hour.',
    'Уточнення\nУ першій редакції новини йшлося, що розмова тривала годину.',
    'Correction\nThis post first said the call lasted about an hour.',
  ])('labelled: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
    // The label is the reason: the same sentence without it is the page's claim.
    expect(ids(sentence.replace(/^\S+[.\n]\s*/, ''))).toEqual(['d-call-length']);
  });
});

describe('the plan: army cap and demilitarised zones', () => {
  it.each([
    ["The 28-point plan would cap Ukraine's army at 400,000 troops.", 'd-army-cap-misstated'],
    [
      'Der 28-Punkte-Plan sieht vor, die ukrainische Armee auf 500.000 Soldaten zu begrenzen, eine Obergrenze von 500.000.',
      'd-army-cap-misstated',
    ],
    ['План из 28 пунктов предлагает ограничить численность армии до 400 тысяч.', 'd-army-cap-misstated'],
    ['The plan creates demilitarised zones in Kherson and Zaporizhzhia.', 'd-kherson-zaporizhzhia-dmz'],
    ['Kherson and Zaporizhzhia would become demilitarized under the 28-point plan.', 'd-kherson-zaporizhzhia-dmz'],
    ['Plan przewiduje strefę zdemilitaryzowaną w Chersoniu.', 'd-kherson-zaporizhzhia-dmz'],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toContain(id);
  });

  it.each([
    "The plan caps Ukraine's army at 600,000 troops, down from about 880,000.",
    'After Geneva the cap on the armed forces was reportedly raised to 800,000.',
    'Ukraine withdraws from Donetsk, which becomes a demilitarised buffer zone, while Kherson and Zaporizhzhia are frozen along the line of contact.',
    'The plan does not create demilitarised zones in Kherson and Zaporizhzhia.',
    'The plan, a 28-point list, caps nothing at 28 points.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('the plan as the record states it, in other languages', () => {
  it.each([
    'Херсонская и Запорожская области замораживаются по линии соприкосновения, без демилитаризованных зон.',
    'Численность ВСУ ограничивается 600 тысячами.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('more ways of saying the known errors', () => {
  it.each([
    // A relative clause between the call and its length ("що"/"что" open one too).
    ['Розмова, що відбулася 14 жовтня, тривала близько десяти хвилин.', 'd-call-length'],
    ['Разговор, что состоялся 14 октября, длился около часа.', 'd-call-length'],
    // Verbs of a rebuke and a dismissal.
    ['Trump hat Witkoff dafür öffentlich gerüffelt.', 'd-trump-reaction-dismissal'],
    ['Trump rüffelte Witkoff nach dem Leak.', 'd-trump-reaction-dismissal'],
    ['Po wycieku Trump wyrzucił Witkoffa.', 'd-trump-reaction-dismissal'],
    // A chat is a call; introduced with "una", it is the one its sentence's party holds.
    ['En una charla de casi una hora, Witkoff habló de un plan de 20 puntos.', 'd-call-length'],
    // A limiting verb whose stem runs long.
    ['Численность ВСУ ограничивается 300 тысячами военнослужащих.', 'd-army-cap-misstated'],
    ['Чисельність ЗСУ обмежується 300 тисячами військових.', 'd-army-cap-misstated'],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toEqual([id]);
  });

  it('gives a call that its sentence introduces to the party that holds it, not to the presidents before', () => {
    const before = 'Trump called Putin on 16 October. ';
    expect(ids(`${before}In a call of two and a half hours, Witkoff laid out a plan.`)).toEqual(['d-call-length']);
    expect(ids(`${before}In a call of two and a half hours, according to Ushakov, they spoke of Tomahawks.`)).toEqual([]);
  });
});
