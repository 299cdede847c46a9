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
    'Witkoff llamó a Ushakov el 14 de octubre, y no el 14 de noviembre.',
    'Bloomberg published the transcript of the Witkoff–Ushakov call, which became public on 25 November.',
    'Bloomberg hat die Abschrift des Gesprächs veröffentlicht, das am 25. November bekannt wurde.',
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
    // "On the phone" says how the clause's subject spoke: someone else's call.
    'Erdogan and Putin spent an hour on the phone.',
    'The presidents of Turkey and Russia spoke by phone for almost an hour.',
    'Los presidentes de Turquía y Rusia han hablado por teléfono durante casi una hora.',
    'Erdogan y Putin, una hora al teléfono.',
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

describe('a correction or denial of each known error, in ten languages', () => {
  it.each([
    'The call was not in November, as some outlets reported, but on 14 October.',
    'Several sites wrongly dated the call to 14 November.',
    'Contrary to claims that Trump fired Witkoff, the president defended his envoy.',
    'Reports that the call lasted an hour are false; it took a little over five minutes.',
    'It was Ushakov, not Witkoff, who asked whether a Trump–Putin call would help.',
    'Calling Trump a former president, as one blog did, is simply wrong.',
    'The claim that the plan capped the army at 400,000 is incorrect; the figure was 600,000.',
    'A viral post said the call took place in 2023, which is false.',
    'Das Telefonat fand nicht im November statt, wie einige berichteten, sondern am 14. Oktober.',
    'Anders als behauptet, hat Trump Witkoff nicht gefeuert.',
    'Fälschlich hieß es, das Telefonat habe eine Stunde gedauert.',
    "L'appel n'a pas eu lieu en novembre, comme certains l'ont écrit, mais le 14 octobre.",
    'Certains médias ont daté à tort l’appel du 14 novembre.',
    'La llamada no fue en noviembre, como dijeron algunos medios, sino el 14 de octubre.',
    'Algunos medios fecharon erróneamente la llamada el 14 de noviembre.',
    'Rozmowa nie odbyła się w listopadzie, jak podawały niektóre media, lecz 14 października.',
    'Niektóre portale błędnie datowały rozmowę na 14 listopada.',
    'Разговор состоялся не в ноябре, как писали некоторые СМИ, а 14 октября.',
    'Некоторые СМИ ошибочно датировали разговор 14 ноября.',
    'Розмова відбулася не в листопаді, як писали деякі ЗМІ, а 14 жовтня.',
    'Деякі ЗМІ помилково датували розмову 14 листопада.',
    'La telefonata non è avvenuta a novembre, come scritto da alcuni, ma il 14 ottobre.',
    'Alcuni siti hanno datato erroneamente la telefonata al 14 novembre.',
    'Non è vero che la telefonata sia durata un’ora.',
    'Trump non ha licenziato Witkoff, anzi lo ha difeso.',
    'Trump non ha mai criticato Witkoff per la telefonata.',
    'Het gesprek vond niet in november plaats, zoals sommigen meldden, maar op 14 oktober.',
    'Sommige sites dateerden het gesprek ten onrechte op 14 november.',
    'Het klopt niet dat het gesprek een uur duurde.',
    'Trump heeft Witkoff niet ontslagen, maar verdedigd.',
    'Trump heeft Witkoff nooit bekritiseerd om het gesprek.',
    'Percakapan itu bukan terjadi pada November, seperti diberitakan sebagian media, melainkan 14 Oktober.',
    'Beberapa media keliru menyebut percakapan itu terjadi pada 14 November.',
    'Tidak benar bahwa percakapan itu berlangsung satu jam.',
    'Trump tidak memecat Witkoff, malah membelanya.',
    'Trump tidak pernah mengkritik Witkoff soal percakapan itu.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it('a denial opening the next sentence, in Indonesian', () => {
    expect(ids('Sejumlah situs sempat menulis bahwa pembicaraan itu terjadi pada 14 November 2025. Itu keliru.')).toEqual([]);
  });
});

describe('an error quoted, with the words saying whose it is after the quote', () => {
  it.each([
    '"The call lasted an hour," one tabloid wrote, which is false.',
    '“Trump fired Witkoff,” a blog wrote.',
    '„Trump entließ Witkoff“, schrieb ein Blog – eine Falschmeldung.',
    '«Трамп уволил Уиткоффа», — писал один канал, но это неправда.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it('a heading wholly in quotes is the page’s own words', () => {
    expect(ids('«Бывший президент Трамп и его переговорщик»')).toContain('d-former-president');
  });
});

describe('the call as the object or the topic of another event', () => {
  it.each([
    // Published, made public, criticised: the date is that event's.
    'Bloomberg published the recording of the call in November.',
    "In November, Bloomberg published Witkoff's call with Ushakov.",
    'The call was made public in November.',
    'Witkoff’s call with Ushakov, made public in November, is now in the news.',
    'The Witkoff call drew criticism in November.',
    'The call met with criticism in November.',
    'Het gesprek werd in november openbaar.',
    'La llamada, revelada en noviembre, tuvo lugar el 14 de octubre.',
    'La telefonata è stata resa pubblica a novembre.',
    'Percakapan itu baru terungkap pada November.',
    'Ende November wurde der Mitschnitt des Telefonats bekannt.',
    'Die im November veröffentlichte Aufnahme stammt vom 14. Oktober.',
    'Rekaman itu dipublikasikan pada 25 November, enam minggu setelah percakapan.',
    'La registrazione è stata diffusa il 25 novembre, sei settimane dopo la telefonata.',
    'De opname werd op 25 november gepubliceerd, zes weken na het gesprek.',
    // What is told about the call lasts, not the call.
    'Trump spoke about the call for ten minutes on Air Force One.',
    'Ushakov spoke for an hour on state TV about the leaked call.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it.each([
    // Joined by a link of its own, or by the call's own verb, the date is the call's.
    ['Bloomberg published the recording of the call of 14 November.', 'd-call-date-month'],
    ['Het gesprek met Witkoff vond plaats op 14 november.', 'd-call-date-month'],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toContain(id);
  });
});

describe('other events’ dates, lengths and people in a sentence about the call', () => {
  it.each([
    'Trump and Putin spoke by phone on 16 October for more than two hours.',
    'In August Witkoff met Putin in Moscow for three hours.',
    'The Alaska summit on 15 August lasted nearly three hours.',
    'Witkoff spent an hour on a Gaza call with Israeli officials on 3 November.',
    'The Witkoff–Ushakov call, published by Bloomberg on 25 November, took place on 14 October.',
    'In November the plan was leaked, a month after the call.',
    'Two days after the call, on 16 October, Trump spoke with Putin for two and a half hours.',
    'Dmitriev and Ushakov spoke on 29 October for about an hour.',
    'Russland, das im Februar 2022 die Ukraine überfiel, wurde in dem Gespräch geschont.',
    'Разговор Уиткоффа и Ушакова состоялся через три года после вторжения в феврале 2022 года.',
    'Nel febbraio 2022 la Russia ha invaso l’Ucraina; la telefonata è del 14 ottobre 2025.',
    'Trump e Putin hanno avuto un colloquio di due ore il 16 ottobre.',
    'Het gesprek tussen Trump en Poetin op 16 oktober duurde twee uur.',
    'Percakapan Trump dan Putin pada 16 Oktober berlangsung dua jam.',
    "L'incontro di Mosca ad agosto è durato tre ore.",
    'De ontmoeting in Moskou in augustus duurde drie uur.',
    'Pertemuan di Moskow pada Agustus berlangsung tiga jam.',
    // A length written as one adjective is the noun's after it.
    'Witkoff defended the call in a one-hour interview on 30 November.',
    'Witkoff, who had a five-hour drive to the airport, did not comment on the call.',
    'A two-hour meeting in Geneva followed the leak of the call.',
    'A 90-minute press conference in Geneva followed the leak of the call.',
    // "Former" for others, other armies.
    'Former president Joe Biden criticised the call.',
    'Former ambassador Ushakov, who served in Washington until 2008, took the call.',
    'Der frühere Immobilienunternehmer Witkoff führte das Telefonat.',
    'L’ex ambasciatore Ushakov ha risposto alla telefonata.',
    'Oud-ambassadeur Oesjakov nam het gesprek aan.',
    'Mantan presiden Joe Biden mengkritik percakapan itu.',
    'The Russian army numbers 1.5 million troops, while the plan would cap Ukraine at 600,000.',
    "Ukraine's army currently numbers about 880,000 troops, far above the plan's 600,000.",
    'Il piano limita l’esercito ucraino a 600.000 soldati.',
    'Het plan beperkt het Oekraïense leger tot 600.000 militairen.',
    'La bozza fissava un tetto di 600 mila uomini per l’esercito ucraino.',
    'Rencana itu membatasi tentara Ukraina hingga 600 ribu personel.',
    'Rencana itu membatasi tentara Ukraina hingga 600.000 personel.',
    // Someone else asks Trump to dismiss him: a demand, not what Trump did.
    'Don Bacon urged Trump to fire Witkoff over the call.',
    'Le républicain Don Bacon a demandé que Trump limoge Witkoff.',
    'Bacon forderte, Trump müsse Witkoff feuern.',
    // Ushakov asked, in the languages the reversal is checked in.
    'Ushakov chiese a Witkoff se una telefonata tra Trump e Putin fosse utile.',
    'Oesjakov vroeg Witkoff of een gesprek tussen Trump en Poetin zinvol zou zijn.',
    'Ushakov bertanya kepada Witkoff apakah percakapan Trump dan Putin akan berguna.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('negation, topic and holders of a call word, read in their clause', () => {
  it.each([
    // A negator before the call word denies its clause.
    'The Kremlin did not confirm the call in November.',
    'Der Kreml bestätigte das Telefonat im November nicht.',
    // The call as what is told about.
    "Trump a parlé de l'appel pendant une heure devant la presse.",
    'Über das Telefonat sprach Trump am 25. November eine Stunde lang mit Reportern.',
    // "Entretien" with one party is an interview.
    "L'entretien de deux heures avec Witkoff a été publié en décembre.",
    // A date opening the sentence belongs to the call verb after it: here another call's.
    '16 października Trump zadzwonił do Putina.',
    '16 октября Трамп позвонил Путину.',
    'Le 16 octobre Trump a appelé Poutine.',
    'Il 16 ottobre Trump ha telefonato a Putin.',
    '29 октября Ушаков позвонил Дмитриеву.',
    'Op 29 oktober belde Oesjakov met Dmitrijev.',
    'Pada 16 Oktober, Trump menelepon Putin.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it.each([
    // "Did not dispute that ..." asserts what follows.
    ['He did not dispute that the call, made on November 14, had taken place.', 'd-call-date-month'],
    ["L'entretien de Witkoff avec Ouchakov a duré une heure.", 'd-call-length'],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toContain(id);
  });
});

describe('a name between "former president" and Trump holds the role', () => {
  it.each([
    'Ex-Präsident Poroschenko warf Trump Naivität vor.',
    'Mantan presiden Jokowi memuji Trump.',
    'Former president Zelensky? No. Former president Bush told Trump to act.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it.each([
    'Der ehemalige Präsident Donald Trump verteidigte Witkoff.',
    'Former President Donald Trump defended Witkoff.',
    'Der frühere US-Präsident Trump verteidigte Witkoff.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toContain('d-former-president');
  });
});

describe('datelines, timelines and what followed the call', () => {
  it.each([
    'WASHINGTON, Dec 1 (Reuters) - The call between Witkoff and Ushakov still divides Republicans.',
    'MOSKAU, 2. Dezember (dpa) - Das Telefonat zwischen Witkoff und Uschakow beschäftigt den Kreml.',
    'Updated December 2, 2025 — The call between Witkoff and Ushakov remains in the news.',
    'Aktualisiert am 02.12.2025, 10:32 Uhr: Das Telefonat sorgt weiter für Kritik.',
    '16 October: Trump and Putin speak for two and a half hours.',
    'The call lasted five minutes, Bloomberg said, shorter than the two-hour Trump–Putin call.',
    'Less than an hour after the call, Trump posted on Truth Social.',
    'The call was followed by an hour-long meeting at the White House on 17 October.',
    'Das Telefonat fand zwei Tage vor dem Treffen von Trump und Selenskyj am 17. Oktober statt.',
    'Rozmowa odbyła się dwa dni przed wizytą Zełenskiego 17 października.',
    'Percakapan itu terjadi tiga hari sebelum kunjungan Zelensky pada 17 Oktober.',
    'Разговор Трампа и Путина 16 октября длился два с половиной часа, а звонок Уиткоффа — пять минут.',
    'Uschakow sagte am 26. November in einem zehnminütigen Interview, das Leck solle die Gespräche stören.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it.each([
    ['On 14 November – Witkoff phoned Ushakov.', 'd-call-date-month'],
    ['The 14 November Witkoff–Ushakov call leaked.', 'd-call-date-month'],
    ['During an hour-long call, Witkoff coached Ushakov.', 'd-call-length'],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toContain(id);
  });
});

describe('a date before the call word dating what became of the call, and times of day', () => {
  it.each([
    'Im November wurde das Telefonat veröffentlicht.',
    'Mitte November wurde das Telefonat bekannt.',
    'In November the call leaked to Bloomberg.',
    'En novembre, l’appel entre Witkoff et Ouchakov a été révélé.',
    'W listopadzie ujawniono rozmowę Witkoffa z Uszakowem.',
    'В ноябре стала известна запись разговора Уиткоффа с Ушаковым.',
    'A novembre è emersa la telefonata tra Witkoff e Ushakov.',
    'In november lekte het gesprek tussen Witkoff en Oesjakov uit.',
    'Pada November, percakapan Witkoff dan Ushakov bocor ke publik.',
    'Bloomberg menerbitkan rekaman percakapan itu pada November.',
    'Het gesprek begon om 14 uur Moskouse tijd.',
    'Het gesprek tussen Witkoff en Oesjakov vond om 15 uur plaats.',
    'La telefonata, 24 ore su 24 sui media, ha diviso i repubblicani.',
    "Un'ora dopo la telefonata, Trump ha scritto su Truth Social.",
    'Satu jam setelah percakapan itu, Trump menulis di Truth Social.',
    'Secondo alcuni giornali la telefonata sarebbe avvenuta a novembre, ma è falso.',
    'Volgens sommige media vond het gesprek in november plaats, maar dat klopt niet.',
    'Menurut beberapa media, percakapan itu terjadi pada November, namun itu keliru.',
    'Il repubblicano Don Bacon ha chiesto che Trump licenzi Witkoff.',
    'De Republikein Don Bacon zei dat Trump Witkoff moet ontslaan.',
    'Anggota Kongres Don Bacon mendesak Trump memecat Witkoff.',
    "L'esercito russo conta circa 1,3 milioni di soldati.",
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it.each([
    ['In 2023 Witkoff phoned Ushakov about a peace plan.', 'd-call-date-year'],
    ['On 14 November the call took place.', 'd-call-date-month'],
  ])('%s', (sentence, id) => {
    expect(ids(sentence)).toContain(id);
  });
});

describe('"the call" with no holder refers to the last call named before it', () => {
  it.each([
    'Trump called Putin on 16 October. The call lasted two and a half hours.',
    'Two days later Trump and Putin spoke by phone. The conversation lasted more than two hours.',
    'Ushakov also spoke with Dmitriev on 29 October. That call lasted about an hour.',
    'Трамп позвонил Путину 16 октября. Разговор длился два с половиной часа.',
    "Trump a appelé Poutine le 16 octobre. L'appel a duré deux heures et demie.",
    'Trump menelepon Putin pada 16 Oktober. Percakapan itu berlangsung dua setengah jam.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it.each(['Witkoff called Ushakov on 14 October. The call lasted an hour.', 'Witkoff advised Ushakov. The call lasted an hour.'])(
    '%s',
    (sentence) => {
      expect(ids(sentence)).toContain('d-call-length');
    },
  );
});

describe('a call still to come, or another one of the same people', () => {
  it.each([
    'Witkoff will call Ushakov again in December, the Kremlin said.',
    'Witkoff plans another call with Ushakov in January 2026.',
    'Ushakov said a new call could take place in December.',
    'The next call between Witkoff and Ushakov is expected in December.',
    'Witkoff und Uschakow wollen im Dezember erneut telefonieren.',
    'Уиткофф и Ушаков планируют новый разговор в декабре.',
    'Witkoff e Ushakov avranno una nuova telefonata a dicembre.',
    'Witkoff dan Ushakov akan kembali berbicara pada Desember.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});
