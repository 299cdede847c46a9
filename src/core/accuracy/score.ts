/**
 * Scores one labelled page against the marks Lateral made on it, by the annotation
 * guide's measures. Pure: the page layer (browser or CLI) supplies the reader text
 * (reader-text.ts) and the marks as offsets into it.
 *
 * - recall: "mark these" phrases overlapped by a mention mark;
 * - false marks: look-alike phrases overlapped by any mark, and every mark on a page
 *   that is not about the story;
 * - flags found: known-error phrases overlapped by a discrepancy flag;
 * - wrong flags: flags that overlap no known-error phrase, or that overlap a phrase
 *   which reports an error in order to correct it.
 * "Overlap" is one shared character, as in the corpus README.
 */
import { categorise } from './categorise';
import type { PageExpectation, Phrase } from './expectations';

export type MarkKind = 'mention' | 'discrepancy';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface Span {
  start: number;
  end: number;
}

export interface PhraseResult {
  text: string;
  category: string;
  /** False when the phrase is not in the page text (a label error, or late text not yet there). */
  found: boolean;
  hit: boolean;
}

export interface PageScore {
  page: string;
  lang: string;
  relevant: boolean;
  recall: PhraseResult[];
  /** Look-alike phrases that a mark overlaps, or the text of each mark on an unrelated page. */
  falseMarks: string[];
  /** Marks on a page that is not about the story (also counted in falseMarks). */
  unrelatedMarks: number;
  flags: PhraseResult[];
  wrongFlags: string[];
  /** mustNotHighlight / mustNotFlag phrases missing from the text (label or extraction problems). */
  unlocated: string[];
}

/** Where the phrase stands in the text, or null. */
export function locate(text: string, phrase: Phrase): Span | null {
  let at = -1;
  for (let n = phrase.occurrence ?? 1; n > 0; n--) {
    at = text.indexOf(phrase.text, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + phrase.text.length };
}

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function scorePage(page: string, text: string, exp: PageExpectation, marks: readonly Mark[]): PageScore {
  const mentions = marks.filter((m) => m.kind === 'mention');
  const flags = marks.filter((m) => m.kind === 'discrepancy');
  const unlocated: string[] = [];
  const judge = (p: Phrase, by: readonly Mark[]): PhraseResult => {
    const span = locate(text, p);
    return {
      text: p.text,
      category: categorise(p.text, p.category),
      found: span !== null,
      hit: span !== null && by.some((m) => overlap(m, span)),
    };
  };
  const spansOf = (list: readonly Phrase[]) =>
    list.flatMap((p) => {
      const span = locate(text, p);
      if (!span) unlocated.push(p.text);
      return span ? [{ ...span, text: p.text }] : [];
    });

  const lookAlikes = spansOf(exp.mustNotHighlight);
  const corrections = spansOf(exp.mustNotFlag);
  const errors = exp.discrepancies.map((p) => locate(text, p)).filter((s): s is Span => s !== null);

  // A flag over a labelled error is the flag the labels ask for, even where the error's
  // sentence holds a look-alike ("it was Witkoff who arranged the call between Trump and Putin").
  const wantedFlag = (m: Mark, s: Span) =>
    m.kind === 'discrepancy' && errors.some((e) => overlap(m, e) && e.start <= s.start && s.end <= e.end);
  const falseMarks = lookAlikes.filter((s) => marks.some((m) => overlap(m, s) && !wantedFlag(m, s))).map((s) => s.text);
  const unrelatedMarks = exp.relevant ? 0 : marks.length;
  if (!exp.relevant) for (const m of marks) falseMarks.push(`[${m.kind}] ${text.slice(m.start, m.end)}`);

  const wrongFlags = flags
    .filter((f) => !errors.some((e) => overlap(f, e)) || corrections.some((c) => overlap(f, c)))
    .map((f) => text.slice(f.start, f.end));

  return {
    page,
    lang: exp.lang,
    relevant: exp.relevant,
    recall: exp.mustHighlight.map((p) => judge(p, mentions)),
    falseMarks,
    unrelatedMarks,
    flags: exp.discrepancies.map((p) => judge(p, flags)),
    wrongFlags,
    unlocated,
  };
}

export interface Tally {
  phrases: number;
  hit: number;
  /** hit / phrases (1 when there is nothing to find). */
  recall: number;
  falseMarks: number;
  unrelatedMarks: number;
  errors: number;
  flagsFound: number;
  wrongFlags: number;
  pages: number;
}

function tally(scores: readonly PageScore[], keep: (p: PhraseResult) => boolean = () => true): Tally {
  const phrases = scores.flatMap((s) => s.recall.filter(keep));
  const hit = phrases.filter((p) => p.hit).length;
  return {
    phrases: phrases.length,
    hit,
    recall: phrases.length === 0 ? 1 : hit / phrases.length,
    falseMarks: scores.reduce((a, s) => a + s.falseMarks.length, 0),
    unrelatedMarks: scores.reduce((a, s) => a + s.unrelatedMarks, 0),
    errors: scores.reduce((a, s) => a + s.flags.length, 0),
    flagsFound: scores.reduce((a, s) => a + s.flags.filter((f) => f.hit).length, 0),
    wrongFlags: scores.reduce((a, s) => a + s.wrongFlags.length, 0),
    pages: scores.length,
  };
}

export interface Summary {
  overall: Tally;
  byLang: Record<string, Tally>;
  /** Recall per guide category (false marks and flags are not split by category). */
  byCategory: Record<string, Tally>;
}

export function summarise(scores: readonly PageScore[]): Summary {
  const byLang: Record<string, Tally> = {};
  for (const lang of [...new Set(scores.map((s) => s.lang))].sort()) byLang[lang] = tally(scores.filter((s) => s.lang === lang));
  const byCategory: Record<string, Tally> = {};
  const categories = [...new Set(scores.flatMap((s) => s.recall.map((p) => p.category)))].sort();
  for (const c of categories) {
    const t = tally(scores, (p) => p.category === c);
    byCategory[c] = { ...t, falseMarks: 0, unrelatedMarks: 0, errors: 0, flagsFound: 0, wrongFlags: 0 };
  }
  return { overall: tally(scores), byLang, byCategory };
}
