/**
 * A Q&A list about the call whose answers quote its talk of Gaza: an answer that tells of
 * the war and names Gaza once in passing, or quotes the call's famous words beside Gaza,
 * is about the call; an answer about Witkoff's Gaza work beside the Ukraine file is not.
 * Pages written for this test, read as the content script reads them (items included).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractIndex, scanHtml } from '../../../../src/cli/scan';

const pack: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../data/witkoff-ushakov.json', import.meta.url)), 'utf8'));

/** Whether a mention mark overlaps `word` in `answer`, the last item of a Q&A list after `others`. */
function marked(others: readonly string[], answer: string, word: string): boolean {
  const html = `<html><body><h1>Lo que sabemos del audio de Witkoff y Ushakov</h1>
<p>Bloomberg publicó el 25 de noviembre de 2025 la transcripción de la llamada entre Steve Witkoff y Yuri Ushakov.</p>
<ol>${[...others, answer].map((i) => `<li><strong>Pregunta.</strong> ${i}</li>`).join('')}</ol></body></html>`;
  const { text } = extractIndex(html);
  const at = text.indexOf(answer) + answer.indexOf(word);
  if (at < text.indexOf(answer) || text.indexOf(answer) < 0) throw new Error(`${word} not in the page`);
  const report = scanHtml(html, pack, { source: 'test', sensitivity: 'balanced' });
  return report.hits.some((h) => h.kind === 'mention' && h.start < at + word.length && h.end > at);
}

const OTHER = [
  'Quién habló. Steve Witkoff, enviado especial de Donald Trump, y Yuri Ushakov, consejero de Vladímir Putin.',
  'Cuándo. La llamada se produjo el 14 de octubre de 2025, según la transcripción.',
];

describe('answers of a Q&A list about the call', () => {
  it('an answer that tells of the war and names Gaza once is about the call', () => {
    const answer =
      'Se trató de una conversación de unos cinco minutos, en la que ambos repasaron el acuerdo de Gaza antes de entrar en Ucrania.';
    expect(marked(OTHER, answer, 'conversación')).toBe(true);
  });

  it('an answer that quotes the call’s famous words beside Gaza is about the call', () => {
    const answer =
      'Qué se dijo. Witkoff aconsejó que Putin felicitara a Trump por Gaza y lo elogiara como hombre de paz, a imagen del acuerdo de Gaza.';
    expect(marked(OTHER, answer, 'hombre de paz')).toBe(true);
  });

  it('an answer on the envoy’s Gaza work beside the Ukraine file is not', () => {
    const answer =
      'Y Gaza. Al margen del expediente de Ucrania, el equipo de Witkoff sigue con la segunda fase de la tregua en Gaza, según la Casa Blanca.';
    expect(marked(OTHER, answer, 'Witkoff')).toBe(false);
  });

  it('the call’s own words tie an item to it in every language, not only where a cue list repeats them', () => {
    // Indonesian: "orang yang cinta damai" is a rendering of the call's "man of peace" that no cue list names.
    const html = (answer: string) => `<html><body><h1>Yang kita ketahui tentang rekaman Witkoff dan Ushakov</h1>
<p>Bloomberg menerbitkan transkrip percakapan Steve Witkoff dan Yuri Ushakov pada 25 November 2025.</p>
<ol><li>Siapa. Steve Witkoff, utusan khusus Donald Trump, dan Yuri Ushakov, penasihat Vladimir Putin.</li><li>${answer}</li></ol></body></html>`;
    const markedIn = (answer: string, word: string) => {
      const page = html(answer);
      const { text } = extractIndex(page);
      const at = text.indexOf(answer) + answer.indexOf(word);
      return scanHtml(page, pack, { source: 'test', sensitivity: 'balanced' }).hits.some(
        (h) => h.kind === 'mention' && h.start < at + word.length && h.end > at,
      );
    };
    expect(markedIn('Apa lagi. Tim Witkoff juga menangani gencatan senjata Gaza dan perundingan di Kairo.', 'Witkoff')).toBe(false);
    expect(
      markedIn(
        'Apa lagi. Witkoff menyarankan agar Putin memuji Trump soal Gaza sebagai orang yang cinta damai, seperti di Kairo.',
        'Witkoff',
      ),
    ).toBe(true);
  });
});
