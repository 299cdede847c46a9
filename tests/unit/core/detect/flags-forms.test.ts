/**
 * Known errors in the forms pages print them beyond the call's own words: a date tied to
 * the recording, an ordinal day, the army cap given by a verb of its own or as a halving.
 * Each sentence sits after one that names the story; each no-flag case is a near miss.
 */
import { describe, expect, it } from 'vitest';
import { flagsAfterStory as flags } from '../../../fixtures/flags/story-sentence';

const ids = (sentence: string) => flags(sentence).map((f) => f.id);

describe('a wrong date tied to the recording, or written as an ordinal', () => {
  it.each([
    ['Запись от 14.11.2025 показывает, как спецпосланник советовал помощнику Путина.', '14.11.2025'],
    ['Запис від 14.11.2025 оприлюднив Bloomberg.', '14.11.2025'],
    ['The recording of 14 November shows the envoy coaching the Kremlin aide.', '14 November'],
    ['In the 14/11 tape the envoy coaches his Russian counterpart.', '14/11'],
    ['Die Aufnahme vom 14.11. zeigt den Gesandten als Berater des Kreml.', '14.11'],
    ["L'enregistrement du 14/11/2025 montre l'émissaire américain en conseiller.", '14/11/2025'],
    ['La grabación del 14 de noviembre muestra al enviado aconsejando al Kremlin.', '14 de noviembre'],
    ['Nagranie z 14 listopada pokazuje wysłannika jako doradcę Kremla.', '14 listopada'],
    ['Разговор Уиткоффа с Ушаковым состоялся 14-го ноября.', '14-го ноября'],
    ['Розмова Віткоффа з Ушаковим відбулася 14-го листопада.', '14-го листопада'],
    ['Witkoff and Ushakov spoke by phone on 14-11-2025.', '14-11-2025'],
    ['Rozmowa Witkoffa z Uszakowem odbyła się 14-11-2025.', '14-11-2025'],
    // The day stands apart from its month, but the month alone already dates the call wrongly.
    ["L'appel de Witkoff à Ouchakov a eu lieu le 14ème jour de novembre.", 'novembre'],
  ])('%s', (sentence, text) => {
    expect(flags(sentence)).toContainEqual({ id: 'd-call-date-month', text, strength: 'wrong' });
  });

  it.each([
    // The recording's publication, the second recording, a recording of something else.
    'The recording of 25 November 2025 came out in Bloomberg.',
    'A second recording, from 29 October, has Ushakov talking to Dmitriev.',
    'Запись от 29 октября касается разговора Ушакова с Дмитриевым.',
    'The recording of 14 October shows the envoy coaching the Kremlin aide.',
    'Nagranie z 3 grudnia z konferencji prasowej Trumpa krąży w sieci.',
    'The 3 December recording of the White House briefing went viral.',
    // A month alone may be when it came out.
    'The transcript from November shows how Witkoff advised Ushakov.',
    // A score or a range is no date: it has no year.
    'The Witkoff call came a week before the team lost the match 14-11.',
    'Witkoff and Ushakov spoke by phone on 14-10-2025.',
    'The recording of 14 November is a mistake: the call was on 14 October.',
    // Corrected.
    'Some outlets wrongly dated the recording of 14 November; the call took place on 14 October.',
    'Запис від 14.11.2025, як помилково писали деякі сайти, насправді зроблено 14 жовтня.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('the army cap given by a verb of its own or as a halving', () => {
  it.each([
    ["The framework would have held Ukraine's army to 400,000 troops.", "held Ukraine's army to 400,000"],
    ["Under the plan, Ukraine's armed forces would be trimmed to 450,000.", 'trimmed to 450,000'],
    ["The 28-point plan would halve Ukraine's army.", "halve Ukraine's army"],
    ['Under the plan the Ukrainian army would be halved.', 'army would be halved'],
    ['Der Entwurf sieht die Halbierung der ukrainischen Armee vor.', 'Halbierung der ukrainischen Armee'],
    ['Der Plan will die ukrainische Armee auf 400.000 Soldaten reduzieren.', 'auf 400.000 Soldaten reduzieren'],
    ["Le plan prévoit de réduire l'armée ukrainienne à 400 000 soldats.", "réduire l'armée ukrainienne à 400 000"],
    ["Le plan réduirait de moitié l'armée ukrainienne.", "de moitié l'armée"],
    ['La propuesta reduciría el ejército ucraniano a 400.000 efectivos.', 'reduciría el ejército ucraniano a 400.000'],
    ['El borrador recorta a la mitad el tamaño del ejército de Ucrania.', 'a la mitad el tamaño del ejército'],
    ['Plan zakłada zmniejszenie armii ukraińskiej do 400 tys. żołnierzy.', 'zmniejszenie armii ukraińskiej do 400 tys'],
    ['План предусматривает сократить армию Украины до 400 тысяч.', 'сократить армию Украины до 400 тысяч'],
    ['По плану армию Украины сократят вдвое.', 'армию Украины сократят вдвое'],
    ['План передбачає скоротити армію України до 400 тисяч.', 'скоротити армію України до 400 тисяч'],
  ])('%s', (sentence, text) => {
    expect(flags(sentence)).toContainEqual({ id: 'd-army-cap-misstated', text, strength: 'wrong' });
  });

  it.each([
    // The plan's own figures, and a cut given "by" a number (a difference, not the cap).
    "The plan capped Ukraine's army at 600,000 troops.",
    "The plan would reduce Ukraine's army to 600,000 from about 880,000.",
    "The plan would cut Ukraine's army by 280,000 troops.",
    'План предусматривает сократить армию Украины на 280 тысяч.',
    'Der Plan würde die ukrainische Armee um 280.000 Soldaten verkleinern.',
    // Another army, another cap, another number.
    "In Istanbul in 2022, Moscow demanded that Ukraine's army be limited to 85,000.",
    'Russian forces would be reduced to 100,000 under the plan, one analyst joked.',
    'Ukraine kept a 900,000-strong army, the plan notwithstanding.',
    "Losses halved in the last month as Ukraine's army held the line, despite the plan.",
    // Corrected or denied.
    "The plan did not halve Ukraine's army; it capped it at 600,000.",
    "Some outlets wrongly wrote that the plan would halve Ukraine's army.",
    'Entgegen manchen Berichten sollte der Plan die ukrainische Armee nicht halbieren.',
    'Plan wcale nie przewidywał zmniejszenia armii Ukrainy o połowę.',
  ])('no flag: %s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

/** Flags of the pack on a short passage placed after the sentence naming the story. */
const formerIds = (passage: string) => flags(passage).filter((f) => f.id === 'd-former-president');

describe('"former president" without the name, on a passage about Trump', () => {
  it.each([
    ['Trump stood by his envoy. The former president said Witkoff was only doing his job.', 'former president'],
    ['Бывший президент отправил Уиткоффа в Москву. Трамп защищал спецпосланника.', 'Бывший президент'],
    ['Колишній президент захистив Віткоффа. Трамп назвав це звичайною практикою.', 'Колишній президент'],
    ['Der ehemalige Präsident verteidigte Witkoff. Trump nannte das normal.', 'ehemalige Präsident'],
    ["L'ancien président a défendu Witkoff. Trump a jugé cela normal.", 'ancien président'],
    ['El expresidente defendió a Witkoff. Trump lo calificó de normal.', 'expresidente'],
    ['Były prezydent bronił Witkoffa. Trump uznał to za normalne.', 'Były prezydent'],
  ])('%s', (passage, text) => {
    expect(formerIds(passage)).toEqual([{ id: 'd-former-president', text, strength: 'wrong' }]);
  });

  it.each([
    // Someone else holds the role, named nearby or right after it.
    'Biden criticised the call. The former president said Witkoff had gone too far. Trump disagreed.',
    'Trump stood by Witkoff. Former president Barack Obama stayed silent.',
    'Trump stood by Witkoff. Poroshenko, the former president, criticised the call.',
    'Бывший президент Грузии Саакашвили раскритиковал Уиткоффа. Трамп промолчал.',
    'Trump stood by Witkoff. The former president of the European Commission commented on the call.',
    'Der ehemalige Präsident Joachim Gauck kritisierte Witkoff; Trump schwieg.',
    'Трамп поддержал Уиткоффа. Бывший президент Армении Кочарян осудил звонок.',
    // Trump before 2025, or "then".
    'In 2024 the former president promised to end the war; Witkoff now works on that promise for Trump.',
    'Witkoff had advised Trump for years. He then backed the former president in his comeback campaign.',
    // Trump not named near the role.
    'The former president said Witkoff was only doing his job.',
    // Corrected.
    'Some reposts wrongly called him the former president. Trump defended Witkoff.',
  ])('no flag: %s', (passage) => {
    expect(formerIds(passage)).toEqual([]);
  });
});
