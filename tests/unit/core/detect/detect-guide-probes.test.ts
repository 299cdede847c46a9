/**
 * Every category of the annotation guide (a role, the call described, the plan described
 * or by its number in words, the famous words, Dmitriev tied to the recordings) in each of
 * the seven languages, in sentences written for this test: each probe stands under an
 * opening sentence that makes the page about the story, and the phrase after "=>" must be
 * marked. Look-alikes on the same page and unrelated pages must stay unmarked.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());

/** The phrases of `expected` that no mention mark overlaps in the probe under `opening`. */
function unmarked(opening: string, probe: string, expected: readonly string[]): string[] {
  const text = `${opening}\n${probe}`;
  const hits = matcher.scan(text).filter((h) => h.kind === 'mention');
  return expected.filter((e) => {
    const at = text.indexOf(e, opening.length);
    return at < 0 || !hits.some((h) => h.start < at + e.length && h.end > at);
  });
}

const PROBES: Record<string, { opening: string; probes: [string, string[]][] }> = {
  en: {
    opening:
      'Bloomberg published the recording of the October 14 call between Steve Witkoff and Yuri Ushakov about the 28-point plan for Ukraine.',
    probes: [
      ["The president's special envoy coached the Russian.", ['special envoy']],
      ["The Kremlin's foreign-policy aide listened.", ['foreign-policy aide']],
      ['An adviser to the Russian president confirmed the exchange.', ['adviser to the Russian president']],
      ["Trump's negotiator spoke for five minutes.", ["Trump's negotiator"]],
      ['The White House envoy denied wrongdoing.', ['White House envoy']],
      ["Putin's top foreign affairs adviser declined to comment.", ['foreign affairs adviser']],
      ['The audio leaves no doubt.', ['audio']],
      ['The phone conversation of October 14 lasted five minutes.', ['phone conversation of October 14']],
      ['A second recording features Ushakov and Kirill Dmitriev.', ['second recording', 'Kirill Dmitriev']],
      ['The American draft called for territorial concessions.', ['American draft']],
      ["Washington's peace proposal was revised in Geneva.", ['peace proposal']],
      ["The twenty-eight-point framework capped Ukraine's army.", ['twenty-eight-point framework']],
      ['The 28-point document leaked on November 19.', ['28-point document']],
      ['The 19-point version came out of Geneva.', ['19-point version']],
      ['The US blueprint demanded the Donbas.', ['US blueprint']],
      ["Washington's plan got a cold welcome in Kyiv.", ["Washington's plan"]],
      ['Witkoff proposed a 20-point peace plan for Ukraine to Ushakov.', ['20-point peace plan']],
      ['Trump is "a real man of peace," Witkoff said.', ['man of peace']],
      ['"That\'s what a dealmaker does," Trump replied.', ['dealmaker']],
      ["Kirill Dmitriev, head of Russia's sovereign wealth fund, spoke to Ushakov two weeks later.", ['Kirill Dmitriev']],
      ["Putin's economic envoy, Kirill Dmitriev, is also heard on the tapes.", ['economic envoy', 'Kirill Dmitriev']],
      ['The leaked tape rattled Washington.', ['leaked tape']],
      ["The Trump administration's peace blueprint was rewritten.", ['peace blueprint']],
    ],
  },
  de: {
    opening:
      'Bloomberg veröffentlichte am 25. November die Aufnahme des Telefonats zwischen Steve Witkoff und Juri Uschakow über den 28-Punkte-Plan für die Ukraine.',
    probes: [
      ['Der Sondergesandte riet dem Russen, Trump zu loben.', ['Sondergesandte']],
      ['Der außenpolitische Berater des Kremlchefs hörte zu.', ['außenpolitische Berater']],
      ['Der Berater des russischen Präsidenten bestätigte das Gespräch.', ['Berater des russischen Präsidenten']],
      ['Trumps Unterhändler sprach gut fünf Minuten.', ['Unterhändler']],
      ['Der Gesandte aus Washington rief in Moskau an.', ['Gesandte']],
      ['Der Mitschnitt lässt keinen Zweifel.', ['Mitschnitt']],
      ['Das Telefongespräch vom 14. Oktober dauerte gut fünf Minuten.', ['Telefongespräch vom 14. Oktober']],
      ['Das Gespräch vom 14. Oktober wurde geleakt.', ['Gespräch vom 14. Oktober']],
      ['Eine zweite Aufnahme zeigt Uschakow im Gespräch mit Kirill Dmitrijew.', ['zweite Aufnahme', 'Kirill Dmitrijew']],
      ['Der amerikanische Entwurf sah Gebietsabtretungen vor.', ['amerikanische Entwurf']],
      ['Der Friedensvorschlag Washingtons wurde in Genf überarbeitet.', ['Friedensvorschlag']],
      ['Der Plan mit achtundzwanzig Punkten begrenzte die ukrainische Armee.', ['Plan mit achtundzwanzig Punkten']],
      ['Das 28-Punkte-Papier wurde am 19. November bekannt.', ['28-Punkte-Papier']],
      ['Die 19-Punkte-Version kam aus Genf.', ['19-Punkte-Version']],
      ['Der Plan der USA verlangte den Donbass.', ['Plan der USA']],
      ['Der Washingtoner Plan stieß in Kiew auf Ablehnung.', ['Washingtoner Plan']],
      ['Witkoff schlug Uschakow einen 20-Punkte-Friedensplan für die Ukraine vor.', ['20-Punkte-Friedensplan']],
      ['Trump sei „ein wahrer Mann des Friedens“, sagte Witkoff.', ['Mann des Friedens']],
      ['„Das ist es, was ein Dealmaker tut“, antwortete Trump.', ['Dealmaker']],
      ['„Donezk und vielleicht irgendwo ein Landtausch“, schlug Witkoff vor.', ['Landtausch']],
      ['Kirill Dmitrijew, Chef des russischen Staatsfonds, sprach zwei Wochen später mit Uschakow.', ['Kirill Dmitrijew']],
      ['Putins Wirtschaftsgesandter Kirill Dmitrijew ist auch auf den Aufnahmen zu hören.', ['Wirtschaftsgesandter', 'Kirill Dmitrijew']],
      ['Putins rechte Hand in der Außenpolitik antwortete.', ['Putins rechte Hand']],
      ['In Genf wurde das Washingtoner Rahmenwerk gekürzt.', ['Washingtoner Rahmenwerk']],
    ],
  },
  es: {
    opening:
      'Bloomberg publicó el 25 de noviembre la grabación de la llamada entre Steve Witkoff y Yuri Ushakov sobre el plan de 28 puntos para Ucrania.',
    probes: [
      ['El enviado especial aconsejó al ruso cómo presentar la propuesta a Trump.', ['enviado especial']],
      ['Según el audio, el asesor de política exterior del Kremlin escuchó con atención.', ['asesor de política exterior del Kremlin']],
      ['El emisario de la Casa Blanca negó haber actuado a espaldas de nadie.', ['emisario']],
      ['El emisario estadounidense pidió calma.', ['emisario estadounidense']],
      ['El asesor en política exterior de Putin no desmintió el contenido.', ['asesor en política exterior de Putin']],
      ['El consejero del presidente ruso confirmó que la charla existió.', ['consejero del presidente ruso']],
      ['El asesor presidencial ruso dijo que no comentaría filtraciones.', ['asesor presidencial ruso']],
      ['El negociador de Trump habló durante algo más de cinco minutos.', ['negociador de Trump']],
      ['El enviado de Washington llamó a Moscú.', ['enviado de Washington']],
      ['La grabación no deja lugar a dudas.', ['grabación']],
      ['La conversación telefónica del 14 de octubre duró poco más de cinco minutos.', ['conversación telefónica del 14 de octubre']],
      ['La llamada filtrada sacudió Washington.', ['llamada filtrada']],
      ['La transcripción difundida por Bloomberg muestra el tono.', ['transcripción']],
      ['Una segunda grabación recoge a Ushakov hablando con Kiril Dmítriev.', ['segunda grabación', 'Kiril Dmítriev']],
      ['En la conversación del 29 de octubre, Dmitriev y Ushakov hablaron del documento.', ['conversación del 29 de octubre', 'Dmitriev']],
      ['Los audios revelan la cercanía entre ambos.', ['audios']],
      ['La cinta se publicó un mes después.', ['cinta']],
      ['El borrador estadounidense incluía concesiones territoriales.', ['borrador estadounidense']],
      ['La propuesta de paz de Washington fue revisada en Ginebra.', ['propuesta de paz de Washington']],
      ['El plan de veintiocho puntos limitaba el ejército ucraniano.', ['plan de veintiocho puntos']],
      ['El documento de 28 puntos se filtró el 19 de noviembre.', ['documento de 28 puntos']],
      ['La versión de 19 puntos salió de Ginebra.', ['versión de 19 puntos']],
      ['El plan de Estados Unidos exigía ceder el Donbás.', ['plan de Estados Unidos']],
      ['El plan norteamericano fue recibido con frialdad en Kiev.', ['plan norteamericano']],
      ['El proyecto de acuerdo de paz circuló entre los aliados.', ['proyecto de acuerdo de paz']],
      ['El borrador de acuerdo fue enmendado.', ['borrador de acuerdo']],
      ['La propuesta de EE UU congelaba el frente.', ['propuesta de EE UU']],
      ['El plan de EE.UU. fue reescrito.', ['plan de EE.UU.']],
      ['Witkoff propuso a Ushakov un plan de paz de 20 puntos para Ucrania.', ['plan de paz de 20 puntos']],
      ['Trump es "un verdadero hombre de paz", dijo Witkoff.', ['hombre de paz']],
      ['"Eso es lo que hace un negociador", respondió Trump.', ['Eso es lo que hace un negociador']],
      ['"Donetsk y quizá un intercambio de tierras en algún lugar", sugirió Witkoff.', ['intercambio de tierras']],
      ['Habló de un canje de territorios.', ['canje de territorios']],
      ['Kiril Dmítriev, jefe del fondo soberano ruso, habló con Ushakov dos semanas después.', ['Kiril Dmítriev']],
      [
        'El enviado económico de Putin, Kiril Dmitriev, también aparece en las grabaciones.',
        ['enviado económico de Putin', 'Kiril Dmitriev'],
      ],
      ['Dmítriev aparece en la segunda llamada.', ['Dmítriev']],
      ['El consejero diplomático del Kremlin fue grabado.', ['consejero diplomático del Kremlin']],
      ['El ayudante de Putin respondió.', ['ayudante de Putin']],
    ],
  },
  fr: {
    opening:
      "Bloomberg a publié le 25 novembre l'enregistrement de l'appel entre Steve Witkoff et Iouri Ouchakov au sujet du plan en 28 points pour l'Ukraine.",
    probes: [
      ["L'envoyé spécial a conseillé au Russe de flatter Trump.", ['envoyé spécial']],
      ['Le conseiller diplomatique du Kremlin a écouté attentivement.', ['conseiller diplomatique du Kremlin']],
      ["Le conseiller en politique étrangère de Poutine n'a pas démenti.", ['conseiller en politique étrangère de Poutine']],
      ["Le conseiller du président russe a confirmé l'échange.", ['conseiller du président russe']],
      ["L'émissaire de la Maison Blanche a nié toute faute.", ['émissaire']],
      ["L'envoyé de Washington a appelé Moscou.", ['envoyé de Washington']],
      ['Le négociateur de Trump a parlé un peu plus de cinq minutes.', ['négociateur de Trump']],
      ["L'enregistrement ne laisse aucun doute.", ['enregistrement']],
      ['La conversation téléphonique du 14 octobre a duré cinq minutes.', ['conversation téléphonique du 14 octobre']],
      ["L'appel divulgué a secoué Washington.", ['appel divulgué']],
      ['La transcription publiée par Bloomberg montre le ton.', ['transcription']],
      ['Un second enregistrement montre Ouchakov parlant avec Kirill Dmitriev.', ['second enregistrement', 'Kirill Dmitriev']],
      ['La bande sonore a été publiée un mois plus tard.', ['bande sonore']],
      ['Les fuites révèlent la proximité des deux hommes.', ['fuites']],
      ['Le projet américain prévoyait des concessions territoriales.', ['projet américain']],
      ['La proposition de paix de Washington a été révisée à Genève.', ['proposition de paix de Washington']],
      ["Le plan en vingt-huit points limitait l'armée ukrainienne.", ['plan en vingt-huit points']],
      ['Le document en 28 points a fuité le 19 novembre.', ['document en 28 points']],
      ['La version en 19 points est sortie de Genève.', ['version en 19 points']],
      ['Le plan des États-Unis exigeait de céder le Donbass.', ['plan des États-Unis']],
      ['Le plan de Washington a été accueilli froidement à Kiev.', ['plan de Washington']],
      ["Le projet d'accord de paix a circulé chez les alliés.", ["projet d'accord de paix"]],
      ["Witkoff a proposé à Ouchakov un plan de paix en 20 points pour l'Ukraine.", ['plan de paix en 20 points']],
      ['Trump est « un véritable homme de paix », a dit Witkoff.', ['homme de paix']],
      ["« C'est ce que fait un négociateur », a répondu Trump.", ["C'est ce que fait un négociateur"]],
      ['« Donetsk et peut-être un échange de terres quelque part », a suggéré Witkoff.', ['échange de terres']],
      ["Il a parlé d'un échange territorial.", ['échange territorial']],
      ['Kirill Dmitriev, patron du fonds souverain russe, a parlé à Ouchakov deux semaines plus tard.', ['Kirill Dmitriev']],
      [
        "L'envoyé économique de Poutine, Kirill Dmitriev, apparaît aussi dans les enregistrements.",
        ['envoyé économique de Poutine', 'Kirill Dmitriev'],
      ],
      ['Le bras droit de Poutine a répondu.', ['bras droit de Poutine']],
      ["L'appel du 14 octobre a fuité.", ['appel du 14 octobre']],
    ],
  },
  pl: {
    opening: "Bloomberg opublikował 25 listopada nagranie rozmowy Steve'a Witkoffa z Jurijem Uszakowem o 28-punktowym planie dla Ukrainy.",
    probes: [
      ['Specjalny wysłannik doradzał Rosjaninowi, jak chwalić Trumpa.', ['Specjalny wysłannik']],
      ['Doradca prezydenta Rosji do spraw polityki zagranicznej słuchał uważnie.', ['Doradca prezydenta Rosji']],
      ['Kremlowski doradca potwierdził rozmowę.', ['Kremlowski doradca']],
      ['Negocjator Trumpa rozmawiał nieco ponad pięć minut.', ['Negocjator Trumpa']],
      ['Wysłannik Białego Domu zaprzeczył.', ['Wysłannik']],
      ['Nagranie nie pozostawia wątpliwości.', ['Nagranie']],
      ['Rozmowa telefoniczna z 14 października trwała pięć minut.', ['Rozmowa telefoniczna z 14 października']],
      ['Drugie nagranie pokazuje Uszakowa w rozmowie z Kiriłłem Dmitrijewem.', ['Drugie nagranie', 'Kiriłłem Dmitrijewem']],
      ['Amerykański projekt przewidywał ustępstwa terytorialne.', ['Amerykański projekt']],
      ['Propozycja pokojowa Waszyngtonu została zmieniona w Genewie.', ['Propozycja pokojowa']],
      ['Plan dwudziestu ośmiu punktów ograniczał armię ukraińską.', ['Plan dwudziestu ośmiu punktów']],
      ['Dokument z 28 punktami wyciekł 19 listopada.', ['28 punktami']],
      ['Wersja z 19 punktami powstała w Genewie.', ['19 punktami']],
      ['Plan USA wymagał oddania Donbasu.', ['Plan USA']],
      ['Plan Waszyngtonu przyjęto w Kijowie chłodno.', ['Plan Waszyngtonu']],
      ['Witkoff zaproponował Uszakowowi 20-punktowy plan pokojowy dla Ukrainy.', ['20-punktowy plan pokojowy']],
      ['Trump jest „prawdziwym człowiekiem pokoju”, mówił Witkoff.', ['człowiekiem pokoju']],
      ['„Tak robi negocjator” – odpowiedział Trump.', ['Tak robi negocjator']],
      ['„Donieck i może gdzieś wymiana ziemi” – zasugerował Witkoff.', ['wymiana ziemi']],
      ['Kiriłł Dmitrijew, szef rosyjskiego funduszu, rozmawiał z Uszakowem dwa tygodnie później.', ['Kiriłł Dmitrijew']],
      ['Specjalny wysłannik Putina ds. gospodarczych Kiriłł Dmitrijew też jest na nagraniach.', ['wysłannik Putina', 'Kiriłł Dmitrijew']],
      ['Zapis rozmowy opublikował Bloomberg.', ['Zapis rozmowy']],
      ['Autorzy 28-punktowego dokumentu liczyli na szybką zgodę Kijowa.', ['28-punktowego']],
      ['Po Genewie zostało około dziewiętnastu punktów.', ['dziewiętnastu punktów']],
    ],
  },
  ru: {
    opening: 'Bloomberg 25 ноября опубликовал запись разговора Стива Уиткоффа и Юрия Ушакова о плане из 28 пунктов для Украины.',
    probes: [
      ['Спецпосланник советовал россиянину, как хвалить Трампа.', ['Спецпосланник']],
      ['Помощник российского президента по международным делам слушал внимательно.', ['Помощник российского президента']],
      ['Кремлевский советник подтвердил разговор.', ['Кремлевский советник']],
      ['Переговорщик Трампа говорил чуть больше пяти минут.', ['Переговорщик Трампа']],
      ['Эмиссар Белого дома отрицал нарушения.', ['Эмиссар']],
      ['Аудиозапись не оставляет сомнений.', ['Аудиозапись']],
      ['Телефонный разговор 14 октября длился пять минут.', ['Телефонный разговор 14 октября']],
      ['Вторая запись фиксирует разговор Ушакова с Кириллом Дмитриевым.', ['Вторая запись', 'Кириллом Дмитриевым']],
      ['Американский проект предусматривал территориальные уступки.', ['Американский проект']],
      ['Мирное предложение Вашингтона переработали в Женеве.', ['Мирное предложение']],
      ['План из двадцати восьми пунктов ограничивал армию Украины.', ['двадцати восьми пунктов']],
      ['Документ из 28 пунктов утек 19 ноября.', ['28 пунктов']],
      ['Версия из 19 пунктов появилась в Женеве.', ['19 пунктов']],
      ['План США требовал уступить Донбасс.', ['План США']],
      ['Вашингтонский план холодно встретили в Киеве.', ['Вашингтонский план']],
      ['Уиткофф предложил Ушакову мирный план из 20 пунктов для Украины.', ['план из 20 пунктов']],
      ['Трамп — «настоящий человек мира», говорил Уиткофф.', ['человек мира']],
      ['«Так поступает тот, кто заключает сделки», — ответил Трамп.', ['заключает сделки']],
      ['«Донецк и, может быть, где-то обмен землями», — предложил Уиткофф.', ['обмен землями']],
      ['Кирилл Дмитриев, глава РФПИ, говорил с Ушаковым через две недели.', ['Кирилл Дмитриев']],
      [
        'Спецпредставитель президента по экономическому сотрудничеству Кирилл Дмитриев тоже есть на записях.',
        ['Спецпредставитель', 'Кирилл Дмитриев'],
      ],
      ['Стенограмма разговора ходит по сети.', ['Стенограмма']],
    ],
  },
  uk: {
    opening: 'Bloomberg 25 листопада оприлюднив запис розмови Стіва Віткоффа та Юрія Ушакова про план із 28 пунктів для України.',
    probes: [
      ['Спецпосланець радив росіянинові, як хвалити Трампа.', ['Спецпосланець']],
      ['Помічник російського президента з міжнародних питань уважно слухав.', ['Помічник російського президента']],
      ['Кремлівський радник підтвердив розмову.', ['Кремлівський радник']],
      ["Переговорник Трампа говорив трохи більше п'яти хвилин.", ['Переговорник Трампа']],
      ['Емісар Білого дому заперечив порушення.', ['Емісар']],
      ['Аудіозапис не залишає сумнівів.', ['Аудіозапис']],
      ["Телефонна розмова 14 жовтня тривала п'ять хвилин.", ['Телефонна розмова 14 жовтня']],
      ['Другий запис фіксує розмову Ушакова з Кирилом Дмитрієвим.', ['Другий запис', 'Кирилом Дмитрієвим']],
      ['Американський проєкт передбачав територіальні поступки.', ['Американський проєкт']],
      ['Мирну пропозицію Вашингтона переробили в Женеві.', ['Мирну пропозицію']],
      ['План із двадцяти восьми пунктів обмежував армію України.', ['двадцяти восьми пунктів']],
      ['Документ із 28 пунктів витік 19 листопада.', ['28 пунктів']],
      ["Версія з 19 пунктів з'явилася в Женеві.", ['19 пунктів']],
      ['План США вимагав віддати Донбас.', ['План США']],
      ['Вашингтонський план холодно зустріли в Києві.', ['Вашингтонський план']],
      ['Віткофф запропонував Ушакову мирний план із 20 пунктів для України.', ['план із 20 пунктів']],
      ['Трамп — «справжня людина миру», казав Віткофф.', ['людина миру']],
      ['«Так робить той, хто укладає угоди», — відповів Трамп.', ['укладає угоди']],
      ['«Донецьк і, можливо, десь обмін землями», — запропонував Віткофф.', ['обмін землями']],
      ['Кирило Дмитрієв, голова РФПІ, говорив з Ушаковим через два тижні.', ['Кирило Дмитрієв']],
      ['Стенограма розмови ходить мережею.', ['Стенограма']],
      ['Уіткофф не коментував запис.', ['Уіткофф']],
      ['Після Женеви від плану лишилося близько дев’ятнадцяти пунктів.', ['дев’ятнадцяти пунктів']],
    ],
  },
};

describe("the guide's categories in every language", () => {
  for (const [lang, { opening, probes }] of Object.entries(PROBES)) {
    it(`marks roles, the call and the plan described, numbers in words and the famous words (${lang})`, () => {
      const misses = probes.flatMap(([probe, expected]) => unmarked(opening, probe, expected).map((e) => `${e} <- ${probe}`));
      expect(misses).toEqual([]);
    });
  }

  it('ties a role word to the principal beside it, never across a quotation', () => {
    const opening = PROBES.pl!.opening;
    const text = `${opening}\nTrump rzucił: „tak robi negocjator”.`;
    const marks = matcher.scan(text).map((h) => text.slice(h.start, h.end));
    expect(marks.some((m) => m.includes('negocjator'))).toBe(true);
    expect(marks.filter((m) => m.includes('Trump') && m.includes('negocjator'))).toEqual([]);
  });

  it('reads a headline number with no words of its own by the lede under it', () => {
    const opening = PROBES.en!.opening;
    const text = `${opening}\nHarbour Rovers and their 28 points\nThe guard's best night of the season came in a league game against Ridgeway.`;
    expect(matcher.scan(text).filter((h) => h.start > opening.length)).toEqual([]);
  });

  it('leaves an interview credit alone: a conversation is the call only when its own sentence ties it', () => {
    const opening = PROBES.de!.opening;
    const text = `${opening}\nDas Gespräch führte Lena Albrecht in Leipzig.`;
    expect(matcher.scan(text).filter((h) => h.start > opening.length)).toEqual([]);
  });

  it('leaves look-alikes on a page about the story alone', () => {
    const opening =
      'Bloomberg published the recording of the October 14 call between Steve Witkoff and Yuri Ushakov about the 28-point plan for Ukraine.';
    for (const probe of [
      "Trump's 20-point Gaza plan was signed in Egypt in October.",
      'The US plan for Gaza foresees an international force.',
      "Trump's trade adviser praised the new tariff deal with Japan.",
      "The mayor presented the city's plan for the waterfront.",
    ]) {
      const text = `${opening}\n${probe}`;
      expect(
        matcher
          .scan(text)
          .filter((h) => h.start > opening.length)
          .map((h) => text.slice(h.start, h.end)),
      ).toEqual([]);
    }
  });

  it("leaves the admiral's medals, orders and streets alone on a page about the aide, in every language", () => {
    const cases: [string, string[]][] = [
      [
        'Bloomberg publicó la grabación de la llamada del 14 de octubre entre Steve Witkoff y Yuri Ushakov sobre el plan de 28 puntos para Ucrania.',
        ['La medalla Ushakov se entregó a marineros en Sebastopol.', 'El desfile pasó por la calle Ushakov de Jersón.'],
      ],
      [
        "Bloomberg a publié l'enregistrement de l'appel du 14 octobre entre Steve Witkoff et Iouri Ouchakov sur le plan en 28 points pour l'Ukraine.",
        ['La médaille Ouchakov a été remise à des marins.'],
      ],
      [
        'Bloomberg opublikował nagranie rozmowy z 14 października między Witkoffem a Uszakowem o 28-punktowym planie dla Ukrainy.',
        ['Medal Uszakowa otrzymało dwóch marynarzy.', 'Parada przeszła ulicą Uszakowa w Chersoniu.'],
      ],
      [
        'Bloomberg 25 ноября опубликовал запись разговора Уиткоффа и Ушакова о плане из 28 пунктов для Украины.',
        ['Парад прошел по улице Ушакова в Херсоне.', 'Медалью Ушакова наградили моряков.'],
      ],
      [
        'Bloomberg оприлюднив запис розмови Віткоффа та Ушакова 14 жовтня про план із 28 пунктів для України.',
        ['Парад пройшов вулицею Ушакова в Херсоні.', 'Медаль Ушакова вручили морякам.'],
      ],
      [
        'Bloomberg veröffentlichte die Aufnahme des Telefonats vom 14. Oktober zwischen Witkoff und Uschakow über den 28-Punkte-Plan.',
        ['Die Parade zog durch die Uschakow-Straße in Cherson.', 'Die Uschakow-Medaille erhielten zwei Matrosen.'],
      ],
    ];
    for (const [opening, probes] of cases) {
      for (const probe of probes) {
        const text = `${opening}\n${probe}`;
        expect(
          matcher
            .scan(text)
            .filter((h) => h.start > opening.length)
            .map((h) => text.slice(h.start, h.end)),
        ).toEqual([]);
      }
    }
  });

  it('marks nothing on pages that are not about the story', () => {
    for (const page of [
      'Ushakov, el base ruso del equipo, anotó 28 puntos con siete asistencias y cinco rebotes en la victoria ante el BC Donetsk.',
      'De gemeente presenteert een 28-puntenplan voor de binnenstad: meer handhavers en cameratoezicht in het uitgaansgebied.',
      'Harbour Rovers beat Donetsk by 28 points\nCeasefire talks with Russia resume in Doha\nA museum remembers Admiral Ushakov',

      "Putin's adviser met the Chinese delegation in Moscow to discuss gas prices.",
      'The White House envoy for Gaza, Steve Witkoff, flew to Cairo for hostage talks.',
      'El plan de Estados Unidos para Gaza prevé una fuerza internacional.',
      'El asesor de Putin se reunió con la delegación china para hablar del gas.',
      'Le conseiller de Poutine a reçu la délégation chinoise à Moscou.',
      'Der Berater des russischen Präsidenten empfing die chinesische Delegation.',
      'Il consigliere di Putin ha ricevuto la delegazione cinese.',
      "Washington's plan to rebuild the harbour won council approval.",
    ])
      expect(matcher.scan(page)).toEqual([]);
  });
});
