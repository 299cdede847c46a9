import { describe, expect, it } from 'vitest';
import { categorise } from '../../../../src/core/accuracy/categorise';
import { parseExpectations, type PageExpectation } from '../../../../src/core/accuracy/expectations';
import { marksFromPieces, readerText } from '../../../../src/core/accuracy/reader-text';
import { locate, scorePage, summarise, type Mark } from '../../../../src/core/accuracy/score';

const page = (over: Partial<PageExpectation>): PageExpectation => ({
  relevant: true,
  lang: 'en',
  mustHighlight: [],
  mustNotHighlight: [],
  discrepancies: [],
  mustNotFlag: [],
  formFields: [],
  ...over,
});

describe('reader text', () => {
  it('collapses ASCII whitespace runs across segments and maps offsets onto the collapsed text', () => {
    const r = readerText(['  Steve\n\n Witkoff', ' \t', 'met\u00a0Ushakov ']);
    expect(r.text).toBe(' Steve Witkoff met\u00a0Ushakov');
    expect(r.text.slice(r.at(0, 10), r.at(0, 17))).toBe('Witkoff');
    expect(r.text.slice(r.at(2, 4), r.at(2, 11))).toBe('Ushakov');
    // Whitespace-only segments land on the one space they collapsed into.
    expect(r.at(1, 0)).toBe(r.at(1, 1));
  });

  it('joins the pieces of one finding into one mark', () => {
    const segments = ['the 28-', 'point', ' plan and ', 'Witkoff'];
    const r = readerText(segments);
    const marks = marksFromPieces(r, segments, [
      { segment: 0, kind: 'mention', finding: '1' },
      { segment: 1, kind: 'mention', finding: '1' },
      { segment: 3, kind: 'discrepancy', finding: '2' },
    ]);
    expect(marks.map((m) => [r.text.slice(m.start, m.end), m.kind])).toEqual([
      ['the 28-point', 'mention'],
      ['Witkoff', 'discrepancy'],
    ]);
  });
});

describe('scorer', () => {
  const text = 'Witkoff called Ushakov. Witkoff also flew to Cairo. The call was on 14 November, not 14 October.';
  const at = (s: string, n = 1): Mark => {
    const span = locate(text, { text: s, occurrence: n })!;
    return { ...span, kind: 'mention' };
  };

  it('finds the n-th occurrence and nothing past the last', () => {
    expect(locate(text, { text: 'Witkoff', occurrence: 2 })?.start).toBe(24);
    expect(locate(text, { text: 'Witkoff', occurrence: 3 })).toBeNull();
  });

  it('counts recall by overlap with mention marks only, and look-alikes overlapped by any mark', () => {
    const exp = page({
      mustHighlight: [{ text: 'Witkoff called', occurrence: 1 }, { text: 'Ushakov' }, { text: 'not in the page' }],
      mustNotHighlight: [{ text: 'Witkoff also flew to Cairo' }],
    });
    const marks: Mark[] = [at('Witkoff'), { ...at('Ushakov'), kind: 'discrepancy' }, at('Witkoff', 2)];
    const s = scorePage('p.html', text, exp, marks);
    expect(s.recall.map((r) => [r.hit, r.found])).toEqual([
      [true, true],
      [false, true],
      [false, false],
    ]);
    expect(s.falseMarks).toEqual(['Witkoff also flew to Cairo']);
    // The discrepancy mark on "Ushakov" matches no known-error phrase.
    expect(s.wrongFlags).toEqual(['Ushakov']);
  });

  it('does not count a flag on a labelled error as marking a look-alike inside that error', () => {
    const t = 'It was Witkoff who arranged the call between Trump and Putin. The call between Trump and Putin lasted two hours.';
    const exp = page({
      mustNotHighlight: [
        { text: 'the call between Trump and Putin', occurrence: 1 },
        { text: 'The call between Trump and Putin', occurrence: 1 },
      ],
      discrepancies: [{ text: 'It was Witkoff who arranged the call between Trump and Putin' }],
    });
    const span = (phrase: string, kind: Mark['kind']): Mark => ({ start: t.indexOf(phrase), end: t.indexOf(phrase) + phrase.length, kind });
    const flagged = scorePage('p.html', t, exp, [span('who arranged the call between', 'discrepancy')]);
    expect(flagged.falseMarks).toEqual([]);
    expect(flagged.flags.filter((f) => f.hit)).toHaveLength(1);
    // A mention mark on the same look-alike still counts, and so does a flag outside any labelled error.
    const mentioned = scorePage('p.html', t, exp, [span('the call between Trump', 'mention')]);
    expect(mentioned.falseMarks).toEqual(['the call between Trump and Putin']);
    const stray = scorePage('p.html', t, exp, [span('The call between Trump and Putin lasted', 'discrepancy')]);
    expect(stray.falseMarks).toEqual(['The call between Trump and Putin']);
  });

  it('counts every mark on an unrelated page and flags on corrections as wrong', () => {
    const unrelated = scorePage('n.html', text, page({ relevant: false }), [at('Witkoff'), at('Ushakov')]);
    expect(unrelated.unrelatedMarks).toBe(2);
    expect(unrelated.falseMarks).toHaveLength(2);

    const flagged = scorePage(
      'f.html',
      text,
      page({ discrepancies: [{ text: 'on 14 November' }], mustNotFlag: [{ text: 'The call was on 14 November, not 14 October.' }] }),
      [{ ...at('on 14 November'), kind: 'discrepancy' }],
    );
    expect(flagged.flags[0]!.hit).toBe(true);
    expect(flagged.wrongFlags).toEqual(['on 14 November']);
  });

  it('summarises per language and per category', () => {
    const exp = page({ mustHighlight: [{ text: 'Witkoff', occurrence: 1 }, { text: 'The call was on 14 November' }] });
    const sum = summarise([
      scorePage('p.html', text, exp, [at('Witkoff')]),
      scorePage('q.html', text, page({ lang: 'de', relevant: false }), []),
    ]);
    expect(sum.overall.recall).toBe(0.5);
    expect(sum.byLang.en!.phrases).toBe(2);
    expect(sum.byLang.de!.recall).toBe(1);
    expect(sum.byCategory.name!.hit).toBe(1);
    expect(sum.byCategory.call!.hit).toBe(0);
  });
});

describe('categories and expectations', () => {
  it('puts the guide categories on phrases in several languages', () => {
    expect(categorise('a real man of peace')).toBe('famous-words');
    expect(categorise('28‑punktowego projektu')).toBe('plan');
    expect(categorise('Telefonat vom 14. Oktober')).toBe('call');
    expect(categorise('Kiril Dmítriev')).toBe('name');
    expect(categorise('le conseiller du Kremlin')).toBe('role');
    expect(categorise('anything', 'plan')).toBe('plan');
  });

  it('refuses a malformed expectations file with the path of the problem', () => {
    expect(() => parseExpectations({ 'a.html': { relevant: 'yes', lang: 'en' } })).toThrow(/a\.html\.relevant/);
    expect(parseExpectations({ 'a.html': { relevant: true, lang: 'en' } })['a.html']!.mustHighlight).toEqual([]);
  });
});
