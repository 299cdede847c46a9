/**
 * What a claim is attached to, and whether the page stands behind it, in the seven main
 * languages: a claim denied by a verdict of a few words after it, by "neither … nor", or
 * by the record's own length or date in the next sentence is reported, not made; and the
 * known errors in new shapes (a round count of minutes, a wrong year on the call's own
 * day, a date after a verb of calling, an acronym between "former president" and Trump,
 * "it was Witkoff who proposed that the presidents talk", Trump shaming his envoy) are
 * flagged. Every sentence is Lateral's own.
 */
import { describe, expect, it } from 'vitest';
import { flagsAfterStory } from '../../../fixtures/flags/story-sentence';
import { compileCheck } from '../../../../src/core/detect/checks-compile';
import { nounPhrases } from '../../../../src/core/detect/checks-noun';
import { checkSchema } from '../../../../src/core/detect/rules-schema';

const ids = (sentence: string) => flagsAfterStory(sentence).map((f) => f.id);

describe('a claim the next few words call wrong is not flagged', () => {
  it.each([
    'Several accounts dated the Witkoff call to 14 November. That is incorrect.',
    'Certains internautes ont daté l’échange de Witkoff du 14 novembre. C’est inexact.',
    'Mehrere Konten datierten das Telefonat von Witkoff auf den 14. November. Das ist unzutreffend.',
    'Varias cuentas fecharon la llamada de Witkoff el 14 de noviembre. Es incorrecto.',
    'Kilka kont datowało rozmowę Witkoffa na 14 listopada. To błąd.',
    'Несколько каналов датировали звонок Уиткоффа 14 ноября. Это ошибка.',
    'Кілька каналів датували дзвінок Віткоффа 14 листопада. Це помилка.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('a short next sentence that says something of its own is no verdict', () => {
  it.each([
    'Trump fired Witkoff over the call. Driscoll goes instead of him.',
    'Trump entließ Witkoff nach dem Leck. Anstatt seiner reist Driscoll.',
    'Trump zwolnił Witkoffa po przecieku. Zamiast niego pojedzie Driscoll.',
    'Трамп уволил Уиткоффа после утечки. Вместо него поедет Дрисколл.',
    'Трамп звільнив Віткоффа після витоку. Замість нього поїде Дрісколл.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual(['d-trump-reaction-dismissal']);
  });
});

describe('"neither … nor" denies both verbs', () => {
  it.each([
    'Trump neither fired nor rebuked Witkoff.',
    'Trump n’a ni congédié ni blâmé Witkoff.',
    'Trump ni despidió ni desautorizó a Witkoff.',
    'Trump hat Witkoff weder entlassen noch gerügt.',
    'Trump ani nie zwolnił, ani nie skrytykował Witkoffa.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('a wrong length or date followed by the record’s own is a correction', () => {
  it.each([
    'An earlier update said the Witkoff call lasted an hour. The transcript shows it lasted a little over five minutes.',
    'In einer früheren Fassung hieß es, das Telefonat von Witkoff habe eine Stunde gedauert. Laut Abschrift dauerte es gut fünf Minuten.',
    'Dans une version précédente, l’appel de Witkoff durait une heure. Selon la transcription, il a duré un peu plus de cinq minutes.',
    'Wcześniej podaliśmy, że rozmowa Witkoffa trwała godzinę. Według zapisu trwała nieco ponad pięć minut.',
    'Ранее мы писали, что разговор Уиткоффа длился час. По записи он длился чуть больше пяти минут.',
    'Раніше ми писали, що розмова Віткоффа тривала годину. За записом вона тривала трохи більше п’яти хвилин.',
    'A first version put the Witkoff call on 14 November. It took place on 14 October.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });

  it('but not a short length of something else in the next sentence', () => {
    expect(ids('The Witkoff call lasted an hour. Witkoff then spoke to reporters for five minutes.')).toEqual(['d-call-length']);
  });
});

describe('a length as a round count of minutes', () => {
  it.each([
    'The Witkoff call lasted a dozen minutes.',
    'La llamada de Witkoff duró una decena de minutos.',
    'La telefonata di Witkoff è durata una ventina di minuti.',
    'L’appel de Witkoff a duré une vingtaine de minutes.',
    'Разговор Уиткоффа длился десяток минут.',
    'La chiamata di Witkoff risale al 14 ottobre: una conversazione di una decina di minuti.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual(['d-call-length']);
  });
});

describe('reported without being disputed, a wrong length is the page’s', () => {
  it.each([
    'The Witkoff call lasted an hour, sources familiar with the tape say.',
    'Разговор Уиткоффа длился около часа, утверждают собеседники в Кремле.',
    'Розмова Віткоффа тривала близько години, стверджують джерела.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual(['d-call-length']);
  });
});

describe('dates attached through a verb of calling, a name, or the call’s own day', () => {
  it.each([
    'Steve Witkoff zadzwonił do Uszakowa 14.11.2025.',
    'Witkoff rozmawiał telefonicznie z Jurijem Uszakowem, doradcą Putina, 14.11.2025.',
    'Віткофф зателефонував до Ушакова 14 листопада.',
    'Уиткофф позвонил Ушакову 14.11.2025.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual(['d-call-date-month']);
  });

  it('a wrong year on the call’s own day, in a sentence about its parties', () => {
    const s =
      'The exchange between Witkoff and Ushakov is awkward. On 14 October 2024, the American tells his counterpart how to flatter Trump.';
    expect(ids(s)).toEqual(['d-call-date-year']);
    expect(ids('Witkoff met Ushakov later. The 14 October 2024 election in the region did not matter.')).toEqual([]);
  });

  it.each(['Two days after the 14 November reports, Witkoff called Ushakov.', 'Po 14 listopada Witkoff zadzwonił do Uszakowa ponownie.'])(
    'a time relation still makes a date another time’s: %s',
    (sentence) => {
      expect(ids(sentence)).toEqual([]);
    },
  );
});

describe('an acronym between the role and the name is a country, not the holder', () => {
  it.each([
    'Бывший президент США Дональд Трамп защитил Уиткоффа.',
    'Колишній президент США Дональд Трамп захистив Віткоффа.',
    'Były prezydent USA Donald Trump bronił Witkoffa.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual(['d-former-president']);
  });

  it('a capitalised name there is still the holder', () => {
    expect(ids('Ex-Präsident Poroschenko warf Trump vor, Witkoff zu decken.')).toEqual([]);
  });
});

describe('who asked: Witkoff proposing that the presidents talk', () => {
  it.each([
    'It was Witkoff who proposed that Trump and Putin talk.',
    'Fue Witkoff quien propuso que Trump y Putin hablaran.',
    'C’est Witkoff qui a proposé que Trump et Poutine se parlent.',
    'To Witkoff poprosił, by Trump i Putin porozmawiali.',
    'Именно Уиткофф предложил, чтобы Трамп и Путин поговорили.',
    'Саме Віткофф запропонував, щоб Трамп і Путін поговорили.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual(['d-who-asked-reversed']);
  });

  it.each([
    'Witkoff suggested that Trump and Putin speak before Zelensky’s visit.',
    'Ushakov asked whether Trump and Putin should talk, and Witkoff said yes.',
  ])('on the record: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('Trump shaming or dismissing his envoy, the envoy by owner, modifiers and role', () => {
  it.each([
    'Trump publicly shamed his special envoy.',
    'Trump fired his longtime negotiator after the leak.',
    'Trump a désavoué son envoyé spécial.',
    'Trump desautorizó a su enviado especial.',
    'Trump entließ seinen langjährigen Unterhändler.',
    'Трамп пристыдил своего специального посланника.',
    'Зрештою, Трамп, попри все, присоромив свого посланця.',
    'Trump zawstydził swojego wysłannika.',
  ])('%s', (sentence) => {
    expect(ids(sentence)).toEqual(['d-trump-reaction-dismissal']);
  });

  it.each([
    'Trump defended his special envoy.',
    'Trump n’a pas désavoué son envoyé spécial.',
    'Трамп не стал увольнять своего посланника.',
  ])('not a dismissal: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('a noun slot of word classes', () => {
  it('stands for lead, modifiers before and after, and head', () => {
    expect(nounPhrases({ lead: ['his'], modifiers: ['special', 'us'], maxModifiers: 2, head: ['envoy'] })).toEqual([
      'his envoy',
      'his special envoy',
      'his us envoy',
      'his special us envoy',
      'his us special envoy',
    ]);
    expect(nounPhrases({ lead: ['son'], after: ['special'], head: ['envoye'] })).toEqual(['son envoye', 'son envoye special']);
  });

  it('compiles beside listed names in one slot', () => {
    const check = checkSchema.parse({
      id: 'chk-envoy-fired',
      discrepancyId: 'd-envoy-fired',
      topic: 'call',
      description: 'Trump is said to have fired his envoy.',
      pattern: {
        type: 'sequence',
        sequences: [[{ any: ['trump'] }, { any: ['fired'] }, { any: ['witkoff'], noun: { lead: ['his'], head: ['envoy'] } }]],
      },
    });
    const compiled = compileCheck(check);
    expect(compiled.type === 'sequence' && compiled.sequences[0]![2]).toEqual({ any: [['witkoff'], ['his', 'envoy']] });
  });
});
