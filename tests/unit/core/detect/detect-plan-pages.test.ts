/**
 * A page about the plan alone, with no name of the call's people on it: the plan by its
 * number among words of the plan's world carries the page, and a peace deal beside the
 * plan is the plan too. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());
const marked = (text: string) => matcher.scan(text).map((h) => text.slice(h.start, h.end));

describe('a page about the plan with no person named', () => {
  it('is about the story where the plan’s number stands among words of Ukraine, Russia or peace', () => {
    expect(marked('Kyiv weighs a plan of 28 points that would freeze the front and cap the army of Ukraine.')).not.toEqual([]);
    expect(marked('Киев изучает план из 28 пунктов: Украина должна отказаться от части территорий в пользу России.')).not.toEqual([]);
    expect(marked('Київ вивчає план із 28 пунктів: Україна має скоротити армію, а Росія отримає Донбас.')).not.toEqual([]);
    expect(marked('Kijów analizuje plan 28 punktów, według którego Ukraina oddałaby Rosji część Donbasu.')).not.toEqual([]);
    expect(marked('Kiev estudia el plan de 28 puntos, que obligaría a Ucrania a ceder territorio a Rusia.')).not.toEqual([]);
    expect(marked('Kiev esamina il piano di 28 punti che chiede all’Ucraina di cedere il Donbass alla Russia.')).not.toEqual([]);
  });

  it('is about the story where the revised plan’s 19 points stand among words of Ukraine and peace', () => {
    expect(marked('The Ukraine peace plan now has 19 points after the talks in Geneva, officials in Kyiv said.')).toContain('19 points');
    expect(marked('The point guard scored 19 points as the home side won the derby.')).toEqual([]);
  });

  it('reads the words of a hockey or football report as a game’s: a hat trick, a derby, goals', () => {
    expect(
      marked(
        'Hat trick Ukraińca w derbach, Sanok z 28 punktami\nKibice zbierali na generatory dla Zaporoża po rosyjskich atakach, a Ukrainiec strzelił trzy gole.\n',
      ),
    ).toEqual([]);
  });

  it('reads a city’s own plan of 28 points by its words of heating and housing, even on a page about the story', () => {
    const text =
      'Bloomberg published the leaked recording of the Witkoff–Ushakov call about the peace plan for Ukraine.\n' +
      "Meanwhile Kyiv's city administration adopted a 28-point plan to keep apartment blocks warm, with boilers for hospitals.\n";
    expect(marked(text).filter((m) => m.includes('28'))).toEqual([]);
  });

  it('reads a plan of 28 points to draw investors with tax breaks as an economic plan, whatever country it serves', () => {
    expect(
      marked(
        "Le fonds souverain russe a présenté un plan en 28 points pour attirer des capitaux du Golfe vers l'Extrême-Orient russe, avec des exonérations fiscales sur dix ans. Ce plan doit être validé par Moscou.\n",
      ),
    ).toEqual([]);
  });

  it('gives a namesake no weight for the plan: a forward’s surname beside his team’s points', () => {
    expect(
      marked(
        'Uszakow bohaterem wieczoru. Ukrainiec prowadzi Sanok, już 28 punktów\nNapastnik Denys Uszakow urodził się w Zaporożu; po rosyjskiej inwazji wyjechał z matką do Krakowa.\n',
      ),
    ).toEqual([]);
  });

  it('reads a headline with the lede under it: the story’s names do not make a game’s score the plan', () => {
    const headline = 'Ushakov sinks Donetsk with 28 points\n';
    expect(marked(`${headline}The Russian guard Yuri Ushakov added seven assists and five rebounds as his team won the derby.`)).toEqual(
      [],
    );
    expect(marked(`${headline}Kyiv fears the plan would freeze the front line and hand Russia the rest of the region.`)).toContain(
      '28 points',
    );
  });

  it('stays unmarked where the same number belongs to a game, a poll or a city', () => {
    expect(marked('The council adopted a 28-point plan for cycling lanes and bus stops downtown.')).toEqual([]);
    expect(marked('A new poll puts the mayor 28 points ahead in the race for city hall.')).toEqual([]);
    expect(marked('Die Stadt beschließt einen 28-Punkte-Plan für Radwege und Busse.')).toEqual([]);
  });
});

describe('a peace deal on a page about the story', () => {
  const opening = 'Bloomberg published the recording of the Witkoff–Ushakov call.\n';
  it('is the plan where the plan stands nearby', () => {
    expect(marked(`${opening}The draft plan set out a peace deal that Kyiv would have to sign.`)).toContain('peace deal');
    expect(marked(`${opening}Проєкт плану передбачає мирну угоду на умовах Москви.`)).toContain('мирну угоду');
    expect(marked(`${opening}El borrador del plan describe un acuerdo de paz que Kiev tendría que firmar.`)).toContain('acuerdo de paz');
  });

  it('is not the plan on its own: peace in general is a theme, not the story', () => {
    expect(marked(`${opening}Diplomats doubt that any peace deal is close.`)).not.toContain('peace deal');
  });
});
