import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../../src/core/detect/compile';
import { judged, offStoryPlaces, type CueMatch } from '../../../../src/core/detect/cues';
import { createMatcher } from '../../../../src/core/detect/index';
import type { RuleInput } from '../../../../src/core/detect/rules-schema';
import { compiledPack } from '../../../fixtures/detect/load';

const noBreak = () => false;
/** Cue matches for every listed word found in `text` (class 0). */
function cuesIn(text: string, forWords: string[], againstWords: string[]): CueMatch[] {
  const out: CueMatch[] = [];
  for (const [words, isFor] of [
    [forWords, true],
    [againstWords, false],
  ] as const) {
    for (const w of words)
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) out.push({ cls: 0, isFor, from: at, to: at + w.length });
  }
  return out.sort((a, b) => a.from - b.from);
}
const spanOf = (text: string, phrase: string) => ({ from: text.indexOf(phrase), to: text.indexOf(phrase) + phrase.length });

describe('cue classes, pure', () => {
  it('let a number stand unless the words around it lean away, closer words weighing double', () => {
    const sport = 'the visitors scored 28 points in the second half';
    expect(judged(sport, cuesIn(sport, ['peace'], ['scored', 'half']), 0, 120, spanOf(sport, '28 points'), noBreak)).toBe(false);
    const plan = 'kyiv studied the 28 points of the peace plan';
    expect(judged(plan, cuesIn(plan, ['kyiv', 'peace'], []), 0, 120, spanOf(plan, '28 points'), noBreak)).toBe(true);
    // One word each way: the one right beside the number decides.
    const both = 'a 20 point plan for ukraine, like the one the envoy had drafted for gaza';
    expect(judged(both, cuesIn(both, ['ukraine'], ['gaza']), 0, 120, spanOf(both, '20 point plan'), noBreak)).toBe(true);
    const other = 'the 20 point plan for gaza, which the envoy once compared with ukraine';
    expect(judged(other, cuesIn(other, ['ukraine'], ['gaza']), 0, 120, spanOf(other, '20 point plan'), noBreak)).toBe(false);
  });

  it('count only words of the same sentence and block', () => {
    const text = 'the league table. kyiv studied the 28 points';
    expect(judged(text, cuesIn(text, [], ['league']), 0, 120, spanOf(text, '28 points'), noBreak)).toBe(true);
    const lines = 'league results kyiv has 28 points';
    const breakAt = lines.indexOf(' kyiv');
    expect(judged(lines, cuesIn(lines, ['kyiv'], ['league']), 0, 120, spanOf(lines, '28 points'), (i) => i === breakAt)).toBe(true);
    expect(judged(lines, cuesIn(lines, ['kyiv'], ['league']), 0, 120, spanOf(lines, '28 points'), noBreak)).toBe(false);
    // A block with no word of the class either way (a bare headline) is read with its neighbours.
    expect(judged(lines, cuesIn(lines, [], ['league']), 0, 120, spanOf(lines, '28 points'), (i) => i === breakAt)).toBe(false);
  });

  it('find the items about another event, at any depth: a word of it and nothing that ties them to the story', () => {
    const outer = [
      { from: 0, to: 10, group: 0 },
      { from: 10, to: 30, group: 0 },
    ];
    const nested = [...outer, { from: 20, to: 30 }].sort((a, b) => a.from - b.from);
    const cue = (at: number, isFor: boolean): CueMatch => ({ cls: 0, isFor, from: at, to: at + 2 });
    // Item 0: another event. Item 1 is tied (at 12) but holds a teaser (20-30) about another event. Outside: another event.
    const text = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const places = offStoryPlaces(text, [cue(2, false), cue(12, true), cue(22, false), cue(40, false)], 0, outer, nested);
    expect(places.items).toEqual([
      { from: 0, to: 10, group: 0 },
      { from: 20, to: 30 },
    ]);
    expect(places.rest).toBe(true);
    expect(offStoryPlaces(text, [cue(2, false)], 1, outer, nested)).toMatchObject({ items: [], rest: false });
  });

  it('weigh the words of another event outside the items against those for the story, and give that page its items with no tie of their own', () => {
    const outer = [
      { from: 0, to: 10, group: 0 },
      { from: 10, to: 20, group: 0 },
    ];
    const text = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const cue = (at: number, isFor: boolean, event = false): CueMatch => ({ cls: 0, isFor, from: at, to: at + 2, event });
    // Outside: two words of another event, one for the story. Item 0 has no word; item 1 a word for the story.
    const places = offStoryPlaces(text, [cue(12, true), cue(30, false, true), cue(34, false, true), cue(40, true)], 0, outer, outer);
    expect(places.rest).toBe(true);
    expect(places.items).toEqual([{ from: 0, to: 10, group: 0 }]);
    // Words of another story (not an event of the same people) do not outweigh a word for the story.
    expect(offStoryPlaces(text, [cue(30, false), cue(34, false), cue(40, true)], 0, outer, outer)).toMatchObject({
      items: [],
      rest: false,
    });
  });
});

/** A small invented pack: one name, one number, and the two cue classes. */
function tinyPack() {
  const rules: RuleInput[] = [
    { id: 'name', topic: 'call', lang: 'en', phrases: ['kowalczyk'], ambiguous: false, description: 'A name.' },
    {
      id: 'number',
      topic: 'plan',
      lang: 'en',
      phrases: ['31 points'],
      ambiguous: false,
      judgedBy: { class: 'points', window: 80 },
      description: 'A number of points.',
    },
    {
      id: 'c1',
      topic: 'plan',
      lang: 'en',
      role: 'cue',
      cue: { class: 'points', stance: 'for' },
      phrases: ['treaty'],
      ambiguous: true,
      description: 'For.',
    },
    {
      id: 'c2',
      topic: 'plan',
      lang: 'en',
      role: 'cue',
      cue: { class: 'points', stance: 'against' },
      phrases: ['tournament', 'poll'],
      ambiguous: true,
      description: 'Against.',
    },
    {
      id: 'c3',
      topic: 'call',
      lang: 'en',
      role: 'cue',
      cue: { class: 'event', stance: 'for', scopes: true },
      phrases: ['wiretap'],
      ambiguous: true,
      description: 'Ties.',
    },
    {
      id: 'c4',
      topic: 'call',
      lang: 'en',
      role: 'cue',
      cue: { class: 'event', stance: 'against', scopes: true },
      phrases: ['regatta'],
      ambiguous: true,
      description: 'Elsewhere.',
    },
    {
      id: 'c5',
      topic: 'call',
      lang: 'en',
      role: 'cue',
      cue: { class: 'event', stance: 'against', scopes: true },
      phrases: ['banquet', 'gala'],
      near: { phrases: ['in lisbon'], window: 40 },
      ambiguous: true,
      description: 'Elsewhere, where a place stands beside it.',
    },
  ];
  return compilePack({ id: 'tiny', rules, checks: [] });
}

describe('cue classes in the engine', () => {
  const m = createMatcher(tinyPack());
  const found = (text: string, items?: number[]) => m.scan(text, { items }).map((h) => text.slice(h.start, h.end));

  it('drop a judged number among words of another world, even where the rule alone would hold', () => {
    expect(found('The treaty has 31 points.')).toEqual(['31 points']);
    expect(found('She won the tournament by 31 points.')).toEqual([]);
    expect(found('She won the tournament by 31 points. The treaty is long.')).toEqual([]);
    expect(found('A poll put the treaty 31 points ahead of its rival, the treaty says.')).toEqual([]);
  });

  it('leave nothing marked in an item about another event, and decide each item by itself', () => {
    const a = 'Kowalczyk at the regatta. ';
    const b = 'Kowalczyk and the wiretap, not the regatta. ';
    const c = 'Kowalczyk again. ';
    const text = a + b + c;
    const items = [0, a.length, 0, a.length, a.length + b.length, 0, a.length + b.length, text.length, 0];
    expect(found(text, items)).toEqual(['Kowalczyk', 'Kowalczyk']);
    // Without items the page is one scope, tied to the story by the wiretap.
    expect(found(text)).toHaveLength(3);
    expect(found(a)).toEqual([]);
  });

  it('read the words of earlier text of the page, so a later chunk alone does not decide what the page is about', () => {
    const first = m.analyze('Kowalczyk and the wiretap. ');
    const later = 'Kowalczyk at the regatta.';
    const marks = (r: ReturnType<typeof m.analyze>) => r.hits.map((h) => later.slice(h.start, h.end));
    expect(marks(m.analyze(later))).toEqual([]);
    expect(marks(m.analyze(later, { relevance: first.relevance }))).toEqual(['Kowalczyk']);
  });

  it('count a cue word with partners only where a partner stands in its sentence', () => {
    expect(found('Kowalczyk spoke at the banquet in Lisbon.')).toEqual([]);
    expect(found('In Lisbon, the banquet honoured Kowalczyk.')).toEqual([]);
    expect(found('Kowalczyk spoke at the banquet.')).toEqual(['Kowalczyk']);
    expect(found('Kowalczyk spoke at the banquet. He lives in Lisbon.')).toEqual(['Kowalczyk']);
    // A word that ties the text to the story outweighs it, as for any cue against.
    expect(found('Kowalczyk spoke of the wiretap at the banquet in Lisbon.')).toEqual(['Kowalczyk']);
  });

  it('leave unmarked the untied items of a page that leans to another event, though it has a word for the story', () => {
    const rest = 'Notes: the banquet in Lisbon, then the gala in Lisbon. A wiretap of the show is online. ';
    const item = 'Kowalczyk sat at the table.';
    const text = rest + item;
    expect(found(text, [rest.length, text.length, 0])).toEqual([]);
    // One word of the event against one for the story: the page is not another event's.
    const evenRest = 'Notes: the banquet in Lisbon. A wiretap of the show is online. ';
    expect(found(evenRest + item, [evenRest.length, evenRest.length + item.length, 0])).toEqual(['Kowalczyk']);
  });

  it('refuse a rule judged by a class no cue rule has', () => {
    const rules: RuleInput[] = [
      {
        id: 'number',
        topic: 'plan',
        lang: 'en',
        phrases: ['31 points'],
        ambiguous: false,
        judgedBy: { class: 'nowhere', window: 80 },
        description: 'A number.',
      },
    ];
    expect(() => compilePack({ id: 'bad', rules, checks: [] })).toThrow(/nowhere/);
  });

  it('refuse a rule that ties passages to the story where no class decides items, or that is not a mention', () => {
    const quote: RuleInput = {
      id: 'quote',
      topic: 'call',
      lang: 'en',
      phrases: ['man of peace'],
      ambiguous: true,
      ties: true,
      description: 'A quote.',
    };
    expect(() => compilePack({ id: 'bad', rules: [quote], checks: [] })).toThrow(/cue\.scopes/);
    const cue: RuleInput = {
      id: 'for',
      topic: 'call',
      lang: 'en',
      role: 'cue',
      cue: { class: 'story-event', stance: 'for', scopes: true },
      phrases: ['recording'],
      ambiguous: true,
      ties: true,
      description: 'A cue.',
    };
    expect(() => compilePack({ id: 'bad', rules: [cue], checks: [] })).toThrow(/only a mention rule/);
    expect(() => compilePack({ id: 'good', rules: [{ ...cue, ties: false }, quote], checks: [] })).not.toThrow();
  });
});

describe('the story pack: a number of points is the plan only among the plan’s words', () => {
  const m = createMatcher(compiledPack());
  const story = 'The leaked recording of the Witkoff–Ushakov call came out. ';
  const marked = (text: string) => m.scan(story + text).map((h) => (story + text).slice(h.start, h.end));
  const numberMarked = (text: string) => marked(text).filter((t) => /28|19|20/.test(t));

  it('marks the plan by its number beside peace, Ukraine or the story’s people, in several languages', () => {
    expect(numberMarked('Kyiv has been studying the 28 points of the draft since Friday.')).not.toEqual([]);
    expect(numberMarked('Berlin prüft die 28 Punkte, die Moskau und Kiew vorgelegt wurden.')).not.toEqual([]);
    expect(numberMarked('Varsovia estudia los 28 puntos que Rusia aceptaría sin cambios.')).not.toEqual([]);
    expect(numberMarked('Warszawa analizuje 28 punktów, które Rosja przyjęłaby bez zmian.')).not.toEqual([]);
  });

  it('leaves a number of points alone among sport, scores, polls, exams and city programmes', () => {
    expect(numberMarked('In other news, the Hornets won their game by 28 points on Sunday.')).toEqual([]);
    expect(numberMarked('The mayor unveiled a 28-point mobility plan for cycling and transit.')).toEqual([]);
    expect(numberMarked('Die Heimmannschaft gewann das Spiel mit 28 Punkten Vorsprung.')).toEqual([]);
    expect(numberMarked('El ayuntamiento presentó 28 puntos para el transporte y la movilidad urbana.')).toEqual([]);
    expect(numberMarked('Le candidat compte 28 points d’avance dans le dernier sondage.')).toEqual([]);
    expect(numberMarked('Na egzaminie maturalnym uczniowie mogli zdobyć 28 punktów.')).toEqual([]);
    expect(numberMarked('Индекс биржи прибавил 28 пунктов за неделю.')).toEqual([]);
    expect(numberMarked('La squadra di casa ha chiuso la partita con 28 punti di vantaggio.')).toEqual([]);
  });

  it('tells the 20-point plan for Ukraine from the 20-point Gaza plan', () => {
    expect(numberMarked('Witkoff floated a 20-point plan for Ukraine, modelled on the one he wrote for Gaza.')).not.toEqual([]);
    expect(numberMarked('Separately, mediators met in Cairo about the 20-point plan for Gaza and its hostages.')).toEqual([]);
  });

  it('counts the story’s people by role and the words of a proposal for the plan, so "Gaza" alone does not outweigh them', () => {
    expect(numberMarked('Later, the envoy floated a 20-point proposal modelled on Gaza.')).not.toEqual([]);
    expect(numberMarked('Der Sondergesandte schlug einen Plan mit 20 Punkten nach dem Vorbild Gazas vor.')).not.toEqual([]);
    // A proposal word does not rescue a number among a city's words.
    expect(numberMarked('The mayor tabled a 28-point proposal for cycling and transit.')).toEqual([]);
  });
});

describe('the story pack: the same people at another event', () => {
  const m = createMatcher(compiledPack());
  const marked = (text: string) => m.scan(text).map((h) => text.slice(h.start, h.end));

  it('marks nothing on a page about the August meetings that nothing ties to the call', () => {
    expect(marked('Steve Witkoff met Vladimir Putin in the Kremlin on 6 August; Yuri Ushakov called the talks useful.')).toEqual([]);
    expect(marked('Vor dem Gipfel in Alaska sprach Witkoff mit Uschakow über das Treffen in Anchorage.')).toEqual([]);
    expect(marked('В августе Уиткофф встретился с Путиным, Ушаков назвал беседу полезной.')).toEqual([]);
  });

  it('marks nothing on a page about a meeting or visit in Moscow, even without a date', () => {
    expect(marked('Kremlin aide Yuri Ushakov said the talks between Steve Witkoff and Putin in Moscow were useful.')).toEqual([]);
    expect(marked('Steve Witkoff przybył do Moskwy; doradca Putina Jurij Uszakow mówił o udanym spotkaniu.')).toEqual([]);
    expect(marked('Juri Uschakow empfing Steve Witkoff im Kreml, das Treffen dauerte drei Stunden.')).toEqual([]);
    expect(marked('Ушаков сообщил, что встреча Уиткоффа с Путиным в Кремле была полезной.')).toEqual([]);
    expect(marked('Iouri Ouchakov a qualifié de constructive la visite de Steve Witkoff à Moscou.')).toEqual([]);
  });

  it('keeps marking an article about the call that also reports a visit to Moscow', () => {
    const text =
      'The leaked recording of the call between Steve Witkoff and Yuri Ushakov came out on Tuesday. ' +
      'Witkoff is due to arrive in Moscow next week.';
    expect(marked(text).filter((t) => t.includes('Witkoff'))).toHaveLength(2);
  });

  it('leaves alone a sentence about another meeting inside an article about the call', () => {
    const text =
      'The leaked recording of the 14 October call between Steve Witkoff and Yuri Ushakov came out on Tuesday. ' +
      'Months earlier, Witkoff had flown to the Alaska summit with the president.';
    expect(marked(text)).toEqual(['leaked recording', 'call', 'Steve Witkoff', 'Yuri Ushakov']);
  });

  it('still marks the story where the item ties itself to the call, the recording or the plan', () => {
    const text = 'Witkoff, who met Putin in August, told Ushakov on 14 October how to pitch the plan, the recording shows.';
    expect(marked(text)).toEqual(expect.arrayContaining(['recording']));
    expect(marked(text).some((t) => t.includes('Witkoff'))).toBe(true);
  });
});
