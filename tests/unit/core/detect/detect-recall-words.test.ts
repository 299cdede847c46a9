/**
 * Word classes that let a short reference reach the story: the plan's version or text with
 * a word that says which, the plan cut to a count given beside its 28 points, the tape
 * "itself", a role word in its other spelling, and the Indonesian article of persons.
 * Each holds only where the text named what it points back to. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());
const marked = (text: string) => matcher.scan(text).map((h) => text.slice(h.start, h.end));
const markedAny = (text: string, part: string) => marked(text).some((m) => m.toLowerCase().includes(part.toLowerCase()));

const PLAN = 'Washington sent Kyiv a 28-point plan to end the war with Russia, and Witkoff defended it.\n';
const CALL = 'Bloomberg published the recording of the 14 October call between Steve Witkoff and Yuri Ushakov.\n';
const FILLER = 'Analysts in several capitals spent the week weighing what winter would mean for grain exports. '.repeat(3);

describe('the plan by its version or text', () => {
  it('is marked with a word that says which, once the plan was named', () => {
    expect(marked(`${PLAN}${FILLER}\nThe original version limited the army to 600,000.`)).toContain('The original version');
    expect(marked(`${PLAN}${FILLER}\nThe revised text drops the amnesty.`)).toContain('The revised text');
    expect(marked(`${PLAN}${FILLER}\nПервоначальный вариант ограничивал армию.`)).toContain('Первоначальный вариант');
    expect(marked(`${PLAN}${FILLER}\nПочатковий варіант обмежував армію.`)).toContain('Початковий варіант');
  });

  it('is not marked where nothing named the plan, nor for a text message', () => {
    expect(marked(`${FILLER}\nThe original version of the song was longer.`)).toEqual([]);
    expect(marked(`${CALL}${FILLER}\nПервоначальный вариант песни был длиннее.`)).not.toContain('Первоначальный вариант');
    expect(marked(`${PLAN}${FILLER}\nThe full text message arrived at noon.`).join(' ')).not.toMatch(/text message/);
  });
});

describe('the plan cut to a count given beside its 28 points', () => {
  it('is marked in the sentence that gives the 28 points, in every language', () => {
    const cases: [string, string][] = [
      ['In Geneva the 28-point plan was cut to about 19.', 'about 19'],
      ['In Genf wurde der 28-Punkte-Plan auf etwa 19 gekürzt.', '19'],
      ['À Genève, le plan en 28 points a été ramené à environ 19.', 'environ 19'],
      ['En Ginebra el plan de 28 puntos quedó en unos 19.', 'unos 19'],
      ['A Ginevra il piano in 28 punti è sceso a circa 19.', 'circa 19'],
      ['In Genève werd het plan van 28 punten teruggebracht tot ongeveer 19.', 'ongeveer 19'],
      ['W Genewie plan z 28 punktów skrócono do około 19.', '19'],
      ['В Женеве план из 28 пунктов сократили примерно до 19.', 'до 19'],
      ['У Женеві план із 28 пунктів скоротили приблизно до 19.', '19'],
      ['Di Jenewa rencana 28 poin dipangkas menjadi sekitar 19.', 'sekitar 19'],
    ];
    for (const [sentence, part] of cases) expect(markedAny(`${CALL}${sentence}`, part), sentence).toBe(true);
  });

  it('is not marked beside another 28, nor without one', () => {
    expect(markedAny(`${CALL}The home side lost a 28-point lead and trailed by about 19 at the break.`, 'about 19')).toBe(false);
    expect(markedAny(`${CALL}About 19 diplomats attended the dinner in Geneva.`, 'about 19')).toBe(false);
    expect(marked('In Geneva the 28-point plan for the city buses was cut to about 19.')).toEqual([]);
  });
});

describe('the call and its people by a word that points back', () => {
  it('marks the tape itself, the other spelling of the negotiator and the article of persons', () => {
    expect(marked(`${CALL}${FILLER}\nСаму плёнку президент не слушал.`)).toContain('Саму плёнку');
    expect(marked(`${CALL}${FILLER}\nСаму плівку президент не слухав.`)).toContain('Саму плівку');
    expect(marked(`${CALL}${FILLER}\nАмериканський переговірник погодився.`)).toContain('Американський переговірник');
    expect(marked(`${CALL}${FILLER}\nSang utusan juga menyinggung Donetsk.`)).toContain('Sang utusan');
    expect(marked(`${CALL}${FILLER}\nGedung Putih membela sang negosiator.`).join(' ')).toMatch(/sang negosiator/);
  });

  it('leaves the same words alone where nothing named the call', () => {
    expect(marked(`${FILLER}\nСаму плёнку нашли в архиве театра.`)).toEqual([]);
    expect(marked(`${FILLER}\nАмериканський переговірник приїхав до Каїра.`)).toEqual([]);
    expect(marked(`${FILLER}\nSang utusan PBB tiba di Jakarta.`)).toEqual([]);
  });
});

describe('a person of the call in a sentence that reports what was said of another story', () => {
  const told: [string, string, string][] = [
    [
      'Bloomberg published the recording of the call between Witkoff and Ushakov.',
      'Der Amerikaner riet, Putin solle Trump zum Gaza-Erfolg gratulieren.',
      'Der Amerikaner',
    ],
    [
      'Bloomberg publiceerde de opname van het gesprek tussen Witkoff en Oesjakov.',
      'De Amerikaan raadde aan dat Poetin Trump zou feliciteren met het Gaza-akkoord.',
      'De Amerikaan',
    ],
    [
      "Bloomberg a publié l'enregistrement de l'appel entre Witkoff et Ouchakov.",
      "L'Américain conseille de féliciter Trump pour l'accord sur Gaza.",
      "L'Américain",
    ],
    [
      'Bloomberg opublikował nagranie rozmowy Witkoffa z Uszakowem.',
      'Kreml pogratulował Amerykaninowi porozumienia w sprawie Strefy Gazy.',
      'Amerykaninowi',
    ],
  ];

  it('is marked where the paragraph told of the call just before it', () => {
    for (const [call, sentence, reference] of told) expect(marked(`${call} ${sentence}`), sentence).toContain(reference);
  });

  it("stays the call's after a paragraph break where it tells the call's advice to congratulate Trump", () => {
    for (const [call, sentence, reference] of told) expect(marked(`${call}\n${sentence}`), sentence).toContain(reference);
  });

  // The other story itself: the talks on Gaza, with no word of the call's advice.
  const gaza: [string, string, string][] = [
    [
      'Bloomberg published the recording of the call between Witkoff and Ushakov.',
      'Der Amerikaner verhandelte danach in Kairo mit der Hamas über die Geiseln.',
      'Der Amerikaner',
    ],
    [
      'Bloomberg publiceerde de opname van het gesprek tussen Witkoff en Oesjakov.',
      'De Amerikaan onderhandelde in Caïro met Hamas over de gijzelaars.',
      'De Amerikaan',
    ],
    [
      "Bloomberg a publié l'enregistrement de l'appel entre Witkoff et Ouchakov.",
      "L'Américain a négocié au Caire avec le Hamas la libération des otages.",
      "L'Américain",
    ],
  ];

  it('is left to the other story after a paragraph break or far from the call', () => {
    for (const [call, sentence, reference] of gaza) {
      expect(marked(`${call}\n${sentence}`), sentence).not.toContain(reference);
      expect(marked(`${call} ${FILLER}${FILLER}${sentence}`), sentence).not.toContain(reference);
    }
  });
});

describe('the role and article words of German and Italian', () => {
  it('marks an owner with the counterpart and an Italian article joined to a preposition, after the story was named', () => {
    expect(marked(`${CALL}${FILLER}\nWitkoff empfiehlt seinem Gegenüber, Putin solle Trump loben.`)).toContain('seinem Gegenüber');
    expect(marked(`${PLAN}${FILLER}\nNessuno sa quanto di quelle idee sia finito nel piano.`)).toContain('nel piano');
  });

  it('leaves them alone where nothing named the story', () => {
    expect(marked(`${FILLER}\nDer Trainer empfiehlt seinem Gegenüber Geduld.`)).toEqual([]);
    expect(marked(`${FILLER}\nNessuno sa quanto sia finito nel piano regolatore.`)).toEqual([]);
  });
});

describe('the call and the plan in Dutch and Italian spellings', () => {
  it('joins both men of the call in any spelling of Ushakov', () => {
    expect(marked('Bloomberg publiceerde het gelekte gesprek tussen Witkoff en Oesjakov.')).toContain('Witkoff en Oesjakov');
    expect(marked('Bloomberg ha pubblicato la telefonata tra Witkoff e Ušakov.')).toContain('Witkoff e Ušakov');
  });

  it('reads a plan whose count is written into one Dutch word', () => {
    const text = `${CALL}Witkoff opperde een ander plan voor Oekraïne; het achtentwintigpuntenplan kwam later.`;
    expect(marked(text)).toContain('achtentwintigpuntenplan');
  });

  it('takes a 20-point plan alone for no more than a hint, in every language: Gaza has one too', () => {
    expect(marked('Gezant Steve Witkoff sprak met bemiddelaars. Volgens het 20-puntenplan moet de wapenstilstand standhouden.')).toEqual(
      [],
    );
    expect(marked("L'inviato Steve Witkoff ha visto i mediatori. Secondo il piano in 20 punti la tregua deve reggere.")).toEqual([]);
    expect(marked('Utusan Steve Witkoff bertemu para mediator. Menurut rencana 20 poin itu, gencatan senjata harus bertahan.')).toEqual([]);
  });
});

describe('the tape by its Russian and Ukrainian word', () => {
  it('is marked on a page about the call', () => {
    expect(marked(`${CALL}На плёнке слышно, как Уиткофф советует Ушакову.`)).toContain('плёнке');
    expect(marked(`${CALL}Плівка триває трохи більше п'яти хвилин.`)).toContain('Плівка');
  });
});

describe("the plan as Trump's or Washington's", () => {
  it('is the noun in the singular, not a verb of planning or plans in general', () => {
    const after = `${CALL}On 16 October Trump and Putin spoke by phone.\n`;
    expect(markedAny(`${after}After that call Trump announced that he planned to meet Putin in Budapest.`, 'planned')).toBe(false);
    expect(markedAny(`${after}После него Трамп объявил о планах встретиться с Путиным.`, 'планах')).toBe(false);
    expect(markedAny(`${after}Трамп планує зустріч з Путіним.`, 'планує')).toBe(false);
    expect(markedAny(`${after}План Трампа обсуждают в Киеве.`, 'План Трампа')).toBe(true);
  });
});
