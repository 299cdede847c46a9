/**
 * Claims a page sets out on lines of their own, where no call word stands beside the
 * value: a fact box's "When:" and "Duration:" lines under a "Who:" line naming both
 * parties, and a timeline's date heading over an entry in which one party calls the
 * other. Also a press review's quotation, which speaks of its own call, and German
 * clauses with the verb at their end.
 */
import { describe, expect, it } from 'vitest';
import { flagsIn as flags } from '../../../fixtures/flags/story-sentence';

const lines = (...l: string[]) => l.join('\n');

describe('a fact box whose people are the call’s parties dates and times the call', () => {
  it.each([
    [
      lines(
        'In short',
        'Who: Steve Witkoff, Trump’s special envoy, and Yuri Ushakov, Putin’s aide',
        'When: 14 November 2025',
        'Duration: about an hour',
      ),
      ['d-call-date-month: 14 November 2025', 'd-call-length: an hour'],
    ],
    [
      lines('W skrócie', 'Kto: Steve Witkoff oraz Jurij Uszakow, doradca Putina', 'Kiedy: 14.11.2025', 'Czas trwania: blisko godzina'),
      ['d-call-date-month: 14.11.2025', 'd-call-length: blisko godzina'],
    ],
    [lines('Kurz gefasst', 'Wer: Steve Witkoff und Juri Uschakow', 'Wann: 14. September 2025'), ['d-call-date-month: 14. September 2025']],
    [lines('Коротко', 'Кто: Стив Уиткофф и Юрий Ушаков', 'Когда: 14 ноября 2025 года'), ['d-call-date-month: 14 ноября 2025']],
    [
      lines('In breve', 'Chi: Steve Witkoff e Yuri Ushakov', 'Data della telefonata: 14 novembre 2025'),
      ['d-call-date-month: 14 novembre 2025'],
    ],
  ])('%s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it.each([
    // The record's own day and length.
    lines('In short', 'Who: Steve Witkoff and Yuri Ushakov', 'When: 14 October 2025', 'Duration: about five minutes'),
    // A bare "Date:" or "Published:" line is the box's or the leak's day, not the call's.
    lines('In short', 'Who: Steve Witkoff and Yuri Ushakov', 'Date: 26 November 2025', 'Published: 25 November 2025'),
    lines('W skrócie', 'Kto: Steve Witkoff oraz Jurij Uszakow', 'Kto ujawnił: agencja Bloomberg, 25 listopada 2025'),
    // The second recording's box: Ushakov with someone else.
    lines('The second recording', 'Who: Yuri Ushakov and Kirill Dmitriev', 'When: 29 October 2025', 'Duration: about an hour'),
    // A box whose people are not named on a line of their own.
    lines('The Witkoff–Ushakov recording', 'When: 25 November 2025', 'Source: Bloomberg'),
  ])('no flag: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a table’s rows: a label cell over its value', () => {
  it('dates and times the call under "When" and "How long" in a table whose "Who" row names both parties', () => {
    const table = lines(
      'Taśma Witkoffa: fakty',
      'Kto rozmawiał',
      'Steve Witkoff, specjalny wysłannik prezydenta Donalda Trumpa, i Jurij Uszakow, doradca Władimira Putina',
      'Kiedy',
      'wtorek, 15 października 2025',
      'Jak długo',
      'blisko godzinę',
      'Kto ujawnił',
      'Bloomberg, 25 listopada 2025',
    );
    expect(flags(table)).toEqual(['d-call-date-month: 15 października 2025', 'd-call-length: blisko godzinę']);
  });

  it('leaves a table of the second recording alone', () => {
    expect(
      flags(
        lines('The second recording', 'Who', 'Yuri Ushakov and Kirill Dmitriev', 'When', '29 October 2025', 'How long', 'about an hour'),
      ),
    ).toEqual([]);
  });
});

describe('a timeline’s date heading over an entry in which one party calls the other dates the call', () => {
  it.each([
    [
      lines('Timeline of the Witkoff–Ushakov call', '4 Oct 2025', 'Steve Witkoff phones Yuri Ushakov, Putin’s aide.'),
      ['d-call-date-month: 4 Oct 2025'],
    ],
    [lines('Cronología', '14 nov. 2025', 'Steve Witkoff telefonea a Yuri Ushakov, asesor de Putin.'), ['d-call-date-month: 14 nov. 2025']],
  ])('%s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it.each([
    // The leak's day over an entry about the recording, the presidents' call, the second recording.
    lines(
      'Timeline of the Witkoff–Ushakov call',
      '14 Oct 2025',
      'Steve Witkoff phones Yuri Ushakov.',
      '25 Nov 2025',
      'Bloomberg publishes the recording of Witkoff and Ushakov.',
    ),
    lines('Timeline of the Witkoff–Ushakov call', '16 Oct 2025', 'Trump speaks with Putin by phone.'),
    lines('Timeline of the Witkoff–Ushakov call', '29 Oct 2025', 'Ushakov phones Kirill Dmitriev.'),
  ])('no flag: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('a quotation opened in a press review speaks of its own call, not of the call named before it', () => {
  it('a length in the quoted outlet’s words is the story’s call', () => {
    const text = lines(
      'Witkoff sprach mit Uschakow über den Plan. Zwei Tage später telefonierten Trump und Putin.',
      'Die Rundschau schreibt:',
      '„Das zehnminütige Telefonat zeigt, wie eng die Kanäle sind. Mehr dazu morgen.“',
    );
    expect(flags(text)).toEqual(['d-call-length: zehnminütige']);
  });

  it('without the quotation, "the call" after the presidents’ call is theirs', () => {
    const text =
      'Witkoff sprach mit Uschakow über den Plan. Zwei Tage später telefonierten Trump und Putin. Das zehnminütige Telefonat zeigt, wie eng die Kanäle sind.';
    expect(flags(text)).toEqual([]);
  });
});

describe('other ways pages write the known errors', () => {
  it.each([
    // A date opening the clause, the verb of calling right after it and its subject after that.
    [
      lines('Het gelekte gesprek van Witkoff.', 'Op 15 oktober sprak Steve Witkoff ruim vijf minuten met Joeri Oesjakov.'),
      'd-call-date-month',
    ],
    // A role before the name in a question still calls him so.
    [lines('Злитий запис Віткоффа та Ушакова.', 'А що думає колишній президент Трамп? Він узагалі в курсі?'), 'd-former-president'],
    // The next sentence denies something else, not the role.
    [
      lines('The leaked Witkoff-Ushakov recording.', 'Former President Trump was asked about the tape. He did not rebuke his envoy.'),
      'd-former-president',
    ],
    [lines('Taśma Witkoffa i Uszakowa.', 'Witkoff – to on poprosił Kreml o telefon Putina do Trumpa.'), 'd-who-asked-reversed'],
  ])('%s', (text, id) => {
    expect(flags(text).map((f) => f.split(':')[0])).toEqual([id]);
  });

  it.each([
    lines('Het gelekte gesprek van Witkoff.', 'Op 16 oktober sprak Trump met Poetin.'),
    lines('The leaked Witkoff-Ushakov recording.', 'Is Trump a former president? No.'),
    lines('The leaked Witkoff-Ushakov recording.', 'Did the call last an hour?'),
    lines(
      'Taśma Witkoffa i Uszakowa.',
      'Uszakow zapytał, czy rozmowa Putina z Trumpem byłaby przydatna, a Witkoff poprosił Kreml o cierpliwość.',
    ),
  ])('no flag: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('German clauses with the verb at their end', () => {
  const story = 'Witkoff und Uschakow sprachen am 14. Oktober 2025 miteinander. ';
  it.each([
    ['Bemerkenswert ist, dass Trump Witkoff nach Bekanntwerden der Aufnahme öffentlich gerüffelt hat.', 'd-trump-reaction-dismissal'],
    ['Man liest, dass Trump seinen Gesandten nach dem Leak entließ.', 'd-trump-reaction-dismissal'],
    ['Es war Witkoff, der Uschakow um ein Telefonat zwischen Trump und Putin bat.', 'd-who-asked-reversed'],
    ['Dann bat Witkoff Uschakow um ein Telefonat zwischen Trump und Putin.', 'd-who-asked-reversed'],
  ])('%s', (sentence, id) => {
    expect(flags(story + sentence).map((f) => f.split(':')[0])).toEqual([id]);
  });

  it.each([
    'Trump verteidigte Witkoff, nachdem Kritiker ihn gerügt hatten.',
    'Es ist klar, dass Trump Witkoff gegen Kritik verteidigt hat.',
    'Uschakow fragte, ob ein Telefonat zwischen Trump und Putin helfen würde, und Witkoff bat ihn um Geduld.',
  ])('no flag: %s', (sentence) => {
    expect(flags(story + sentence)).toEqual([]);
  });
});
