/**
 * Words that name the story only by pointing back at it ("the document", "der Amerikaner",
 * "su enviado", "the tape" paragraphs after the names): marked after the text named what
 * they point to, never on their own, never where their sentence is about another story.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { resolveReferences } from '../../../../src/core/detect/anaphora';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());
const marked = (text: string, items?: number[]) => matcher.scan(text, { items }).map((h) => text.slice(h.start, h.end));

const PLAN_OPENING = 'Washington sent Kyiv a 28-point plan to end the war with Russia, and Witkoff defended it.\n';
const CALL_OPENING = 'Bloomberg published the recording of the 14 October call between Steve Witkoff and Yuri Ushakov.\n';
/** Filler that keeps a reference beyond the reach of the rules that need a name beside them. */
const FILLER =
  'Analysts in several capitals spent the week weighing what the coming winter would mean for energy prices and grain exports. '.repeat(3);

describe('the plan by a word that points back to it', () => {
  it('is marked after the plan was named', () => {
    expect(marked(`${PLAN_OPENING}${FILLER}\nThe document also limits the size of the army.`)).toContain('The document');
    expect(marked(`${PLAN_OPENING}${FILLER}\nLaut dem Dokument soll die Armee kleiner werden.`)).toContain('dem Dokument');
    expect(marked(`${PLAN_OPENING}${FILLER}\nСогласно проекту плана, армия будет сокращена.`)).toContain('проекту плана');
    expect(marked(`${PLAN_OPENING}${FILLER}\nDokumen itu juga membatasi jumlah tentara.`)).toContain('Dokumen itu');
  });

  it('is marked as the bare Slavic "draft" after the plan was named, but not as a link of the site', () => {
    expect(marked(`${PLAN_OPENING}${FILLER}\nПосле переговоров проект сократили до 19 пунктов.`)).toContain('проект');
    expect(marked(`${PLAN_OPENING}${FILLER}\nPo rozmowach projekt skrócono do 19 punktów.`)).toContain('projekt');
    expect(marked(`${PLAN_OPENING}${FILLER}\nПісля переговорів проєкт скоротили.`)).toContain('проєкт');
    expect(marked(`${PLAN_OPENING}${FILLER}\nГлавная · Контакты · О проекте`)).not.toContain('проекте');
    expect(marked(`${PLAN_OPENING}${FILLER}\nStrona główna | O projekcie`)).not.toContain('projekcie');
    // A bar in the middle of the page, with more lines under it.
    expect(marked(`${PLAN_OPENING}${FILLER}\nГлавная · Контакты · О проекте\nПогода на завтра: дожди и ветер.`)).not.toContain('проекте');
  });

  it('points back across the entries of a page about the story, not into a teaser of another plan', () => {
    const first = '19 November: Axios publishes the US 28-point plan for Ukraine, drafted with Witkoff.\n';
    const second = '21 November: Trump says Witkoff must sell the document to Kyiv and to Moscow.\n';
    const text = `${first}${second}`;
    const timeline = [0, first.length, 0, first.length, text.length, 0];
    expect(marked(text, timeline)).toContain('the document');
    // A group of two teasers after the story's: the council's count is what "the proposal" points to.
    const council = 'Council unveils 12-point plan for flood defences. Sea walls feature in the proposal.\n';
    const story = 'Witkoff defended the 28-point plan for Ukraine in Geneva.\n';
    const page = `${first}${council}${story}`;
    const teasers = [0, first.length, 0, first.length, page.length, 0, first.length, first.length + council.length, 1];
    expect(marked(page, teasers)).not.toContain('the proposal');
    expect(marked('Russian officials want to pass a Russian document to the Americans.', [])).toEqual([]);
  });

  it('is not the Russian document of the second recording', () => {
    const russian = `${PLAN_OPENING}${FILLER}\nUshakov and Dmitriev discuss how to pass the Americans a Russian document.`;
    expect(marked(russian).join(' ')).not.toMatch(/document/);
    expect(marked(`${PLAN_OPENING}${FILLER}\nОни обсуждают, как передать американцам российский документ.`).join(' ')).not.toMatch(
      /документ/,
    );
  });

  it('is not marked where nothing named the plan before it', () => {
    expect(marked(`${FILLER}\nThe document also limits the size of the army. Witkoff spoke to Ushakov.`)).not.toContain('The document');
    expect(marked(`${CALL_OPENING}${FILLER}\nThe document also limits the size of the army.`)).not.toContain('The document');
  });

  it('is not marked where its sentence is about another story or it brings a number of its own', () => {
    expect(marked(`${PLAN_OPENING}The plan for Gaza had set out a ceasefire and a hostage exchange.`)).not.toContain('The plan');
    expect(marked(`${PLAN_OPENING}Beijing once offered its own proposal: план из 12 пунктов.`)).not.toContain('план');
    expect(marked(`${PLAN_OPENING}Warszawa ma własny 10-punktowy plan dla rolników.`)).not.toContain('plan');
  });
});

describe('the plan by its purpose', () => {
  it('is marked where a plan is tied to ending the war in Ukraine on a page about the story', () => {
    expect(marked(`${CALL_OPENING}Kyiv studied the proposal to end the fighting in Ukraine for a week.`)).toContain(
      'proposal to end the fighting',
    );
    expect(marked(`${CALL_OPENING}Москва получила план урегулирования украинского конфликта.`)).toContain(
      'план урегулирования украинского конфликта',
    );
  });

  it('is not marked on a page about nothing of the story', () => {
    expect(marked('Kyiv studied the proposal to end the fighting in Ukraine for a week.')).toEqual([]);
  });
});

describe('the call and its people by a word that points back', () => {
  it('marks a possessive role or a nationality standing for one of the two men after they were named', () => {
    expect(marked(`${CALL_OPENING}${FILLER}\nDer Amerikaner stimmte dem Vorschlag sofort zu.`)).toContain('Der Amerikaner');
    expect(marked(`${CALL_OPENING}${FILLER}\nTrump dijo que su enviado hizo lo que hace cualquier negociador.`)).toContain('su enviado');
    expect(marked(`${CALL_OPENING}${FILLER}\nАмериканец в ответ только согласился.`)).toContain('Американец');
  });

  it('marks the English nationality word only where it stands as the person, not before a noun', () => {
    expect(marked(`${CALL_OPENING}${FILLER}\nThe American proposed that the two leaders speak soon.`)).toContain('The American');
    expect(marked(`${CALL_OPENING}${FILLER}\nThe Russian promised that his boss would do it.`)).toContain('The Russian');
    expect(marked(`${CALL_OPENING}${FILLER}\nIt was the American, not his counterpart, who spoke first.`)).toContain('the American');
    expect(marked(`${CALL_OPENING}${FILLER}\nThe American's advice drew criticism.`)).toContain('The American');
    const adjectives = marked(`${CALL_OPENING}${FILLER}\nThe American side said little; the Russian army kept advancing near the river.`);
    expect(adjectives).not.toContain('The American');
    expect(adjectives).not.toContain('the Russian');
    // Nothing named the call before it: no mark, whatever follows.
    expect(marked(`${FILLER}\nThe American proposed a ceasefire in the trade dispute.`)).toEqual([]);
  });

  it('marks an adjective before the plan and an official of the Kremlin said indefinitely', () => {
    expect(marked(`${PLAN_OPENING}${FILLER}\nThe revised draft drops the amnesty clause.`)).toContain('The revised draft');
    expect(marked(`${CALL_OPENING}${FILLER}\nUn alto funcionario ruso confirmó la conversación.`)).toContain('Un alto funcionario ruso');
    expect(marked(`${CALL_OPENING}${FILLER}\nThis revelation embarrassed the White House.`)).toContain('This revelation');
  });

  it('marks a leaked call in Italian, Dutch and Indonesian on a page about the story', () => {
    expect(marked(`${CALL_OPENING}Il testo della telefonata trapelata circola da ieri.`)).toContain('telefonata trapelata');
    expect(marked(`${CALL_OPENING}Het uitgelekte telefoongesprek zorgde voor ophef.`)).toContain('uitgelekte telefoongesprek');
    expect(marked(`${CALL_OPENING}Rekaman yang bocor itu memicu kritik.`)).toContain('Rekaman yang bocor');
  });

  it('marks the leak by its noun in every language once the call was named', () => {
    expect(marked(`${CALL_OPENING}${FILLER}\nUschakow sagte, die Veröffentlichung solle die Verhandlungen stören.`)).toContain(
      'die Veröffentlichung',
    );
    expect(marked(`${CALL_OPENING}${FILLER}\nUshakov menyebut kebocoran itu menghambat perundingan.`).join(' ')).toMatch(/kebocoran/);
    expect(marked(`${CALL_OPENING}${FILLER}\nУшаков заявил, что эта утечка мешает переговорам.`).join(' ')).toMatch(/утечка/);
    expect(marked(`${CALL_OPENING}${FILLER}\nUszakow powiedział, że ten wyciek ma utrudnić rozmowy.`).join(' ')).toMatch(/wyciek/);
    expect(marked(`${CALL_OPENING}${FILLER}\nUšakov ha detto che la fuga di notizie ostacola i negoziati.`).join(' ')).toMatch(
      /fuga di notizie/,
    );
  });

  it('marks the second recording by its ordinal once the call was named', () => {
    expect(marked(`${CALL_OPENING}${FILLER}\nThe second recording is shorter.`)).toContain('The second recording');
    expect(marked(`${CALL_OPENING}${FILLER}\nAuf dem zweiten Band ist Dmitrijew zu hören.`)).toContain('dem zweiten Band');
    expect(marked(`${CALL_OPENING}${FILLER}\nВторая запись короче.`)).toContain('Вторая запись');
    expect(marked(`${FILLER}\nThe second recording of the symphony sold well.`)).toEqual([]);
  });

  it('marks the Indonesian call word that owns its possessor, once the call was named', () => {
    expect(marked(`${CALL_OPENING}${FILLER}\nSaya sudah membaca transkripnya.`)).toContain('transkripnya');
    expect(marked(`${FILLER}\nSaya sudah membaca transkripnya.`)).toEqual([]);
  });

  it('marks the recording far from the names once the call was named', () => {
    expect(marked(`${CALL_OPENING}${FILLER}\nDas Tonband endet nach gut fünf Minuten.`)).toContain('Das Tonband');
    expect(marked(`${FILLER}\nDas Tonband endet nach gut fünf Minuten.`)).toEqual([]);
  });

  it('keeps to the item of a many-story page that named the story', () => {
    const first = `${CALL_OPENING}`;
    const second = 'The mayor opened the new bridge. Der Amerikaner was there too, a tourist from Ohio.';
    const text = `${first}${second}`;
    const items = [0, first.length, 0, first.length, text.length, 0];
    expect(marked(text, items)).not.toContain('Der Amerikaner');
  });
});

describe('resolveReferences', () => {
  const rules = [
    { topic: 'plan', role: 'mention' },
    { topic: 'plan', role: 'mention', antecedentTopic: 'plan' },
  ];
  const text = ' '.repeat(400);
  it('keeps a reference after a mention of its topic in the same item, or after one read earlier on the page', () => {
    const named = { rule: 0, from: 0, to: 10 };
    const near = { rule: 1, from: 50, to: 60 };
    const inItem = { rule: 1, from: 210, to: 220 };
    const far = { rule: 1, from: 300, to: 310 };
    const items = [{ from: 200, to: 250 }];
    expect(resolveReferences(rules, text, [named, near, inItem, far], items, () => false)).toEqual([named, near, far]);
    expect(resolveReferences(rules, text, [near], [], () => false, new Set(['plan']))).toEqual([near]);
  });

  it('drops a reference before any mention and one its sentence gives elsewhere', () => {
    const early = { rule: 1, from: 0, to: 5 };
    const named = { rule: 0, from: 10, to: 20 };
    const away = { rule: 1, from: 30, to: 40 };
    expect(resolveReferences(rules, text, [early, named, away], [], (c) => c === away)).toEqual([named]);
  });
});
