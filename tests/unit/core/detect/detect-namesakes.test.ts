/**
 * Namesakes: other people who bear the story people's surnames. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { findNamesakes, NAMESAKE_LOOKAHEAD, type SurnameMatch } from '../../../../src/core/detect/namesakes';
import { CHUNK_CONTEXT } from '../../../../src/core/scan/scan';
import { analyzeInChunks } from '../../../../src/core/scan/whole-text';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());

/** Spans of `word` in `text`, as surname matches of `person`. */
function spansOf(text: string, word: string, person: string): SurnameMatch[] {
  const out: SurnameMatch[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push({ from: at, to: at + word.length, person });
  return out;
}
const none = { namesakes: new Set<string>(), namedInFull: new Set<string>() };

describe('findNamesakes', () => {
  const text = 'Coach Lee praised Eli Witkoff. Later Witkoff hit two threes.';
  const surnames = spansOf(text, 'Witkoff', 'witkoff');
  const eli = { from: text.indexOf('Eli'), to: text.indexOf('Eli') + 3 };

  it('gives a surname after another given name, and the bare surname after it, to the namesake', () => {
    const found = findNamesakes(text, surnames, [eli], (a, b) => text.slice(a, b), none);
    expect(found.spans.map((s) => s.from)).toEqual(surnames.map((s) => s.from));
    expect(found.introduced).toHaveLength(1);
  });

  it('does not read a lower-case word as a given name', () => {
    const lower = text.replace('Eli', 'eli');
    expect(findNamesakes(lower, surnames, [eli], (a, b) => lower.slice(a, b), none).spans).toEqual([]);
  });

  it('gives the bare surname back to the story person once the page named the person in full', () => {
    const full = 'Eli Witkoff scored. Steve Witkoff called Moscow. Witkoff said more.';
    const s = [
      ...spansOf(full, 'Witkoff', 'witkoff'),
      { from: full.indexOf('Steve'), to: full.indexOf('Steve') + 13, person: 'witkoff' },
    ].sort((a, b) => a.from - b.from || b.to - a.to);
    const name = { from: 0, to: 3 };
    const found = findNamesakes(full, s, [name], (a, b) => full.slice(a, b), none);
    expect(found.spans.map((x) => x.from)).toEqual([4]);
    expect(found.namedInFull).toHaveLength(1);
  });

  it('gives a headline surname to the namesake the text under it brings in', () => {
    const head = 'Witkoff pours in 28 as Bears roll\nJunior guard Eli Witkoff scored a career high.';
    const s = spansOf(head, 'Witkoff', 'witkoff');
    const name = { from: head.indexOf('Eli'), to: head.indexOf('Eli') + 3 };
    expect(findNamesakes(head, s, [name], (a, b) => head.slice(a, b), none).spans.map((x) => x.from)).toEqual([0, s[1]!.from]);
  });

  it('leaves a bare surname alone when no namesake is brought in soon after it, or the story person is named in full first', () => {
    const far = `Witkoff spoke first.\n${'The Bears trained twice this week. '.repeat(20)}Then Eli Witkoff scored.`;
    const s = spansOf(far, 'Witkoff', 'witkoff');
    const name = { from: far.indexOf('Eli'), to: far.indexOf('Eli') + 3 };
    expect(s[1]!.from - s[0]!.to).toBeGreaterThan(NAMESAKE_LOOKAHEAD);
    expect(findNamesakes(far, s, [name], (a, b) => far.slice(a, b), none).spans.map((x) => x.from)).toEqual([s[1]!.from]);

    const named = 'Witkoff call leaked. Steve Witkoff spoke to Moscow. Eli Witkoff scored.';
    const n = [
      ...spansOf(named, 'Witkoff', 'witkoff'),
      { from: named.indexOf('Steve'), to: named.indexOf('Steve') + 13, person: 'witkoff' },
    ].sort((a, b) => a.from - b.from || b.to - a.to);
    const eliAt = { from: named.indexOf('Eli'), to: named.indexOf('Eli') + 3 };
    expect(findNamesakes(named, n, [eliAt], (a, b) => named.slice(a, b), none).spans.map((x) => x.from)).toEqual([eliAt.to + 1]);
  });

  it('in an item of a many-story page, gives a bare surname to the namesake brought in right after it, whoever other items named in full', () => {
    const page = 'Steve Witkoff spoke to Moscow.\nChess: young Witkoff wins the open. Eli Witkoff, 16, beat two masters.';
    const s = [
      ...spansOf(page, 'Witkoff', 'witkoff'),
      { from: page.indexOf('Steve'), to: page.indexOf('Steve') + 13, person: 'witkoff' },
    ].sort((a, b) => a.from - b.from || b.to - a.to);
    const eliAt = { from: page.indexOf('Eli'), to: page.indexOf('Eli') + 3 };
    const teaser = page.indexOf('Chess');
    const bare = page.indexOf('young Witkoff') + 6;
    const items = { inItem: (at: number) => at >= teaser, sameItems: (a: number, b: number) => a >= teaser === b >= teaser };
    const read = (a: number, b: number) => page.slice(a, b);
    expect(findNamesakes(page, s, [eliAt], read, none, items).spans.map((x) => x.from)).toEqual([bare, eliAt.to + 1]);
    // Without items the page's full naming keeps the bare surname for the story person.
    expect(findNamesakes(page, s, [eliAt], read, none).spans.map((x) => x.from)).toEqual([eliAt.to + 1]);
    // An item that names the story person in full itself keeps it too.
    const own = { inItem: () => true, sameItems: () => true };
    expect(findNamesakes(page, s, [eliAt], read, none, own).spans.map((x) => x.from)).toEqual([eliAt.to + 1]);
  });

  it('looks ahead no further than a chunk of the scan reads beyond its end', () => {
    expect(NAMESAKE_LOOKAHEAD).toBeLessThan(CHUNK_CONTEXT);
  });

  it('carries what earlier text showed', () => {
    const later = 'Witkoff hit two threes.';
    const s = spansOf(later, 'Witkoff', 'witkoff');
    const read = (a: number, b: number) => later.slice(a, b);
    expect(findNamesakes(later, s, [], read, { namesakes: new Set(['witkoff']), namedInFull: new Set() }).spans).toHaveLength(1);
    expect(findNamesakes(later, s, [], read, { namesakes: new Set(['witkoff']), namedInFull: new Set(['witkoff']) }).spans).toHaveLength(0);
  });
});

describe('the matcher and namesakes', () => {
  const marks = (text: string, word: string) =>
    analyzeInChunks(matcher, text)
      .hits.filter((h) => h.kind === 'mention')
      .map((h) => text.slice(h.start, h.end))
      .filter((t) => t.includes(word));
  /** Whether a mention mark covers `word` where it stands inside `phrase` of `text`. */
  const markedAt = (text: string, phrase: string, word: string) => {
    const at = text.indexOf(phrase) + phrase.indexOf(word);
    return analyzeInChunks(matcher, text).hits.some((h) => h.kind === 'mention' && h.start <= at && h.end > at);
  };

  it('marks no namesake on a page about the story, and still marks the story person', () => {
    const text =
      'Bloomberg published the leaked recording of the call between Steve Witkoff and Yuri Ushakov about the 28-point plan for Ukraine.\n' +
      'In other news, junior guard Eli Witkoff scored 28 points for the Bears.\n' +
      'Forward Никита Ушаков забил гол.\n';
    expect(marks(text, 'Eli')).toEqual([]);
    expect(marks(text, 'Steve Witkoff').length).toBeGreaterThan(0);
    expect(marks(text, 'Ушаков')).toEqual([]);
  });

  it('gives bare surnames far down a sports page to the namesake, whichever chunk they are read in', () => {
    const filler = 'The Bears trained twice this week and the gym was full of students. '.repeat(120);
    const text = `Junior guard Eli Witkoff scored a career high as the Bears won again.\n${filler}\nWitkoff was named player of the week, and Ushakov, the Kremlin aide, was not mentioned.\n`;
    expect(text.indexOf('\nWitkoff')).toBeGreaterThan(8_000);
    expect(marks(text, 'Witkoff')).toEqual([]);
  });

  it('marks nothing on a sports page whose headline names two namesakes before the text brings them in', () => {
    const text =
      'Night roundup: Witkoff pours in 28, Ushakov call angers coach\n' +
      'Junior guard Eli Witkoff scored 28 points and the Bears won by 28. Witkoff hit six threes.\n' +
      'Officials ruled that forward Никита Ушаков had interfered; the video review upheld the call. Ушаков declined to comment.\n';
    expect(analyzeInChunks(matcher, text).hits).toEqual([]);
  });

  it('knows the admiral by his given name in any spelling', () => {
    const text =
      'Bloomberg opublikował nagranie rozmowy Witkoffa z Kremlem o planie dla Ukrainy.\n' +
      'Historia: admirał Fiodor Uszakow wygrał każdą bitwę na Morzu Czarnym. Uszakow jest dziś patronem okrętów.\n';
    expect(marks(text, 'Uszakow')).toEqual([]);
  });

  it('knows the admiral by his title after the surname too', () => {
    const text =
      'Bloomberg оприлюднив запис розмови Віткоффа з Ушаковим про план з 28 пунктів.\n' +
      'Читач: А про Ушакова-адмірала ви теж колись розкажете?\n' +
      'Читатель: Сделайте выпуск про Ушакова-адмирала и его флот!\n';
    expect(marks(text, 'Ушакова')).toEqual([]);
    expect(marks(text, 'Ушаковим').length).toBeGreaterThan(0);
  });

  it('reads a place named after the admiral as a place, not the aide in some case', () => {
    const text =
      'Bloomberg veröffentlichte den Mitschnitt des Telefonats zwischen Witkoff und Uschakow.\n' +
      'Sport: Im Pokal verlor der FC Uschakowo beim Tabellenführer.\n' +
      'В деревне Ушаково открыли новую школу.\n';
    expect(marks(text, 'Uschakowo')).toEqual([]);
    expect(marks(text, 'Ушаково')).toEqual([]);
  });

  it('knows namesakes by the common given names of Russian people, in Latin script and in Polish cases', () => {
    const text =
      'Bloomberg published the recording of the call between Steve Witkoff and Yuri Ushakov.\n' +
      'Volleyball: Artyom Dmitriev scored 28 points on his debut, and Dmitriev was named player of the match.\n' +
      'Hokej: Pan Dmitrija Uszakowa nie było na meczu w Krakowie.\n';
    expect(marks(text, 'Dmitriev')).toEqual([]);
    expect(marks(text, 'Uszakowa')).toEqual([]);
  });

  it('keeps the story’s Dmitriev, named in full, beside a namesake brought in after him', () => {
    const text =
      'Bloomberg veröffentlichte einen zweiten Mitschnitt: ein Gespräch zwischen Uschakow und Kirill Dmitrijew. Dmitrijew war zuvor in Miami und traf Witkoff.\n' +
      'Murmansk: Der Sprecher des Hafens, Alexej Dmitrijew, sprach von einem Meilenstein.\n';
    expect(markedAt(text, 'Dmitrijew war', 'Dmitrijew')).toBe(true);
    expect(markedAt(text, 'Alexej Dmitrijew', 'Dmitrijew')).toBe(false);
  });

  it('reads the dictionary named after its author as a book', () => {
    const text =
      'Bloomberg ha pubblicato la registrazione della telefonata tra Witkoff e Ušakov.\n' +
      'Cultura: il Vocabolario Ušakov torna in libreria.\n' +
      'Толковый словарь Ушакова переиздан. The Ushakov dictionary is online too.\n';
    expect(markedAt(text, 'tra Witkoff e Ušakov', 'Ušakov')).toBe(true);
    expect(markedAt(text, 'Vocabolario Ušakov', 'Ušakov')).toBe(false);
    expect(markedAt(text, 'словарь Ушакова', 'Ушакова')).toBe(false);
    expect(markedAt(text, 'The Ushakov dictionary', 'Ushakov')).toBe(false);
  });

  it('keeps a bare surname of the story person on a page that named the person in full first', () => {
    const text =
      'The leaked call between Steve Witkoff and Kremlin aide Yuri Ushakov about the peace plan for Ukraine is still echoing.\n' +
      "Witkoff's son Alex Witkoff runs a crypto firm.\n" +
      'Witkoff told Ushakov that Putin should congratulate Trump on Gaza.\n';
    expect(markedAt(text, 'Alex Witkoff', 'Witkoff')).toBe(false);
    expect(markedAt(text, 'Witkoff told', 'Witkoff')).toBe(true);
  });
});
