/**
 * What the accuracy suite demands of each labelled set, in both browsers.
 *
 * TARGETS are the product's goals (annotation guide, docs/accuracy.md). A floor is the
 * target where the engine meets it; where it does not yet, the floor is the figure the
 * engine reached in its last full run, so accuracy can only go up (a ratchet): raise
 * a floor whenever a run beats it, never lower one to make a change pass.
 */
import type { SetName } from './accuracy-support';

export interface Floor {
  /** Minimum overall recall. */
  recall: number;
  /** Minimum recall in every language that has phrases to find. */
  langRecall: number;
  /** Maximum look-alikes marked plus marks on unrelated pages. */
  falseMarks: number;
  /** Maximum marks on pages that are not about the story. */
  unrelatedMarks: number;
  /** Maximum flags on correct text. */
  wrongFlags: number;
}

export const TARGETS: Floor = { recall: 0.95, langRecall: 0.9, falseMarks: 0, unrelatedMarks: 0, wrongFlags: 0 };

/**
 * Figures of the last full run (both browsers agreed on every figure), rounded down.
 * Where a figure meets its target the floor is the target, or the higher figure reached.
 * Cue classes (a number of points judged by the words around it, items and sentences
 * about another meeting of the same people), item rules and teasers without item
 * wrappers (each link or line of a "more news" box is its own item) brought false marks
 * and marks on unrelated pages to zero on the development corpus.
 */
export const FLOORS: Record<SetName, Floor> = {
  // Recall 1.00 (291/291) in every language, no false marks.
  dev: {
    recall: 0.99,
    langRecall: 0.95,
    falseMarks: TARGETS.falseMarks,
    unrelatedMarks: TARGETS.unrelatedMarks,
    wrongFlags: TARGETS.wrongFlags,
  },
  // The tuning split grew from 33 to 67 pages with pages written from the guide alone
  // (prefixes w1-, w2-: adversarial look-alikes, Dutch and Indonesian, live blogs). Its
  // first run on them: recall 0.95 (1033/1090), lowest language 0.86 (Indonesian),
  // 13 false marks, 5 marks on unrelated pages, 4 wrong flags. After the claim checks
  // learned which call a claim is attached to: recall 0.94 (1026/1090, flags over
  // mentions hide a few), 12 false marks, 38/41 flags, no wrong flag. The recall floor
  // keeps a margin of about a dozen phrases for the late pages' timing.
  // Then 24 more pages from the guide alone (prefix w3-: plan-only pages, the 16 October
  // presidents' call beside the leaked one, the August meeting, Dmitriev elsewhere, known
  // errors and their corrections). The command-line scorer's first figures on the 91
  // pages: recall 0.89 (1262/1423), lowest language 0.75 (Indonesian), 34 false marks,
  // 15 marks on unrelated pages, 39/45 flags, 1 wrong flag (it reads no late text, so
  // the browser's recall is a little higher).
  // Then words for the call that their sentence gives to another event (the presidents'
  // call, a call still to come), meetings in a place as another event, the plan by its
  // number carrying a page, roles beside names: in both browsers recall 0.91 (1297 and
  // 1294 of 1423), lowest language 0.75 (Indonesian), 13 false marks, 5 marks on
  // unrelated pages (one Spanish basketball page), 1 wrong flag. Once a claim built from
  // parts stopped running across a comma and a conjunction: 43/45 flags, no wrong flag.
  // Then words that point back at a topic named earlier, misspelt names one letter off,
  // points judged with the blocks around them, the plan tied to its purpose, and flags
  // read in Italian, Dutch and Indonesian: in both browsers recall 0.94 (1338/1423),
  // lowest language 0.84 (Indonesian, 58/69), 3 false marks, no mark on an unrelated
  // page, 45/45 flags, no wrong flag. Recall and language floors keep a phrase or more
  // of margin for the late pages' timing.
  // Then pointing-back words composed from word classes, counts of points in teasers
  // judged by the words beside them, a principal's man as a role, and flags that give
  // the mentions inside them back to their own marks: recall 0.95 (1353/1423), lowest
  // language 0.84 (Indonesian, 58/69), 2 false marks, 45/45 flags, no wrong flag.
  // Then question headings read with their answers, other stories of the same people kept
  // apart and roles beside principals from word classes: recall 0.96 (1366/1423), lowest
  // language 0.92, 1 false mark, 45/45 flags, no wrong flag.
  // Latest run: recall 0.96 (1373/1423), lowest language 0.94, 1 false mark, 45/45 flags.
  tune: { recall: 0.96, langRecall: 0.93, falseMarks: 1, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: TARGETS.wrongFlags },
  // No wrong flag since the checks tell the presidents' call from this one. Latest run:
  // recall 0.98 (157/160), lowest language 0.94, no false mark; the floor allows one
  // phrase less. Latest run: recall 0.99 (158/160).
  frozen: {
    recall: 0.98,
    langRecall: TARGETS.langRecall,
    falseMarks: TARGETS.falseMarks,
    unrelatedMarks: TARGETS.unrelatedMarks,
    wrongFlags: TARGETS.wrongFlags,
  },
  // The blind split was written after the engine work, from the guide alone: figures on
  // unseen pages. First run: recall 0.97, lowest language 0.86 (Spanish), 7 false marks,
  // 2 wrong flags; after teaser items, tight role and plan ties and the admiral's
  // medals and streets: recall 0.98 (211/216), 3 false marks. Latest run: recall 0.98
  // (212/216), lowest language 0.897 (Spanish, 26/29). Then the split was opened for
  // tuning (blind2 replaced it): recall 1.00 (215/216), lowest language 0.96, no false
  // mark, 16/16 flags, no wrong flag.
  blind: {
    recall: 0.99,
    langRecall: 0.95,
    falseMarks: TARGETS.falseMarks,
    unrelatedMarks: TARGETS.unrelatedMarks,
    wrongFlags: TARGETS.wrongFlags,
  },
  // Written from the guide alone after blind was opened for tuning; sealed through two
  // reported rounds, then opened for tuning (blind3 replaced it).
  // First contact (commit 26e5a76, both browsers agreeing): recall 0.92 (483/524), lowest
  // language 0.83 (Indonesian, 20/24), 27 false marks, 11 of them on unrelated pages,
  // 10/18 flags, 3 wrong flags.
  // After the engine work that followed (never tuned on it): recall 0.93 (488/524), lowest
  // language 0.875, 24 false marks, 10 on unrelated pages, 10/18 flags, 3 wrong flags.
  // Opened, then tuned on: recall 0.95 (498/524), lowest language 0.92, 20 false marks,
  // 10 on unrelated pages, 18/18 flags with no wrong flag.
  // Then namesakes and ambiguous words that count only where they stand together: 9 false
  // marks, 4 on unrelated pages (both browsers). Then words of heating, tax breaks and
  // games against a numbered plan and the admiral by his given name: recall 0.96 (502/524),
  // 1 false mark, none on an unrelated page.
  blind2: { recall: 0.95, langRecall: 0.91, falseMarks: 1, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: TARGETS.wrongFlags },
  // Written from the guide alone after blind2 was opened; sealed like frozen. Its
  // look-alikes lean on the hardest cases of the earlier splits. First contact (commit
  // eaab55c, both browsers agreeing): recall 0.93 (481/516), lowest language 0.81
  // (Indonesian), 41 false marks, 20 of them on unrelated pages, 12/20 flags, 2 wrong flags.
  // After namesakes ("Eli Witkoff"), rumours and corrections read as such, and never tuned
  // on it: recall 0.93 (480/516), 18 false marks, 7 on unrelated pages, 15/20 flags, no wrong
  // flag. Then it was opened for tuning (blind5 replaced it): a headline surname given to the
  // namesake below it and scattered ambiguous words: 12 false marks, 4 on unrelated pages
  // (both browsers). Then a city's, a fund's and a team's numbered plans, a live blog's own
  // entries, and who asked read from the sentence: recall 0.94 (486/516), lowest language
  // 0.83, 1 false mark, none on an unrelated page, 18/20 flags, no wrong flag.
  blind3: { recall: 0.935, langRecall: 0.83, falseMarks: 1, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: TARGETS.wrongFlags },
  // Open from the start: hard look-alikes (the same people at other events, other leaks and
  // numbered plans, namesakes, the war alone) and many-story pages, written from the guide
  // alone to show where Lateral fails on unrelated pages. First contact (commit of its
  // arrival, CLI): recall 0.84 (218/261), lowest language 0.72 (Italian), 27 false marks,
  // 9 of them on unrelated pages, 8/10 flags, 1 wrong flag.
  // Written from the guide alone beside look4, sealed like blind3: three pages in each of
  // ten languages. First contact (commit 84dc49c, CLI, aggregates only): recall 0.90
  // (534/596), lowest language 0.83, 17 false marks, 7 on unrelated pages, 15/22 flags,
  // no wrong flag.
  // Later rounds (never tuned on it), both browsers: recall 0.93 (557/596), lowest language
  // 0.90, 15 false marks, 6 on unrelated pages, 16/22 flags, no wrong flag.
  blind4: { recall: 0.93, langRecall: 0.895, falseMarks: 15, unrelatedMarks: 6, wrongFlags: TARGETS.wrongFlags },
  // Written from the guide alone after blind3 was opened, sealed like frozen. First contact
  // (commit 2152f9a, both browsers agreeing, aggregates only): recall 0.95 (681/714), lowest
  // language 0.935, 33 false marks, 14 on unrelated pages, 35/51 flags, 1 wrong flag. After
  // the engine work that followed (never tuned on it): recall 0.95 (681/714), 24 false
  // marks, 10 on unrelated pages, 35/51 flags, 1 wrong flag. Then opened for tuning (blind6
  // replaced it): ambiguous words of two items, a clarification's label, a Gaza paragraph's
  // numbered plan, the recording of a programme or of another official, and more ways of
  // saying the known errors: recall 0.96 (684/714), lowest language 0.935, 1 false mark,
  // none on an unrelated page, 40/51 flags, no wrong flag (both browsers).
  blind5: { recall: 0.955, langRecall: 0.93, falseMarks: 1, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: TARGETS.wrongFlags },
  // Written from the guide alone after blind5 was opened, sealed like frozen: three pages in
  // each of ten languages. First contact (commit 4ea40f6, CLI, aggregates only): recall 0.91
  // (704/770), lowest language 0.76, 29 false marks, 11 on unrelated pages, 20/30 flags, no
  // wrong flag. After the engine work of the same round (never tuned on it), both browsers
  // agreeing: recall 0.93 (717/770), lowest language 0.79, 33 false marks, 13 on unrelated
  // pages, 21/30 flags, no wrong flag. The false marks rose from first contact by the CLI's
  // count (29 and 11 → 33 and 13); which change of the round did it was not looked into
  // while the split was sealed. Then opened for tuning (blind7 replaced it): pages dated
  // before the story, recordings of programmes, switchboards and other people, a namesake
  // inside one teaser, a timeline's glued date span and Q&A answers that name Gaza in
  // passing: recall 0.96 (738/770), lowest language 0.93, 2 false marks, none on an
  // unrelated page, 22/30 flags, no wrong flag (both browsers).
  blind6: { recall: 0.955, langRecall: 0.93, falseMarks: 2, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: TARGETS.wrongFlags },
  // Written from the guide alone after blind6 was opened, sealed like frozen: three pages in
  // each of ten languages. First contact (commit 4c16787, CLI, aggregates only; the CLI reads
  // no late text, so ten pages' late labels count as missed): recall 0.84 (727/868), lowest
  // language 0.55, 26 false marks, 9 on unrelated pages, 39/93 flags, 2 wrong flags.
  // After the engine work that followed (never tuned on it), both browsers agreeing: recall
  // 0.94 (815/868), lowest language 0.86, 10 false marks, none on an unrelated page, 40/93
  // flags, 2 wrong flags.
  blind7: { recall: 0.935, langRecall: 0.85, falseMarks: 10, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: 2 },
  // Tuned on since: recall 0.92 (240/261), lowest language 0.77, 27 false marks, 9 on
  // unrelated pages, 10/10 flags, no wrong flag in both browsers.
  // Then namesakes, a headline surname given to the namesake below it and scattered
  // ambiguous words: 9 false marks, 1 on an unrelated page. Latest run: recall 0.92
  // (240/261), lowest language 0.77, 6 false marks, none on an unrelated page, 10/10 flags.
  // Then the recording of another official and of a programme: recall 0.92 (241/261), 4
  // false marks.
  look4: { recall: 0.92, langRecall: 0.77, falseMarks: 4, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: TARGETS.wrongFlags },
  // Open from the start like look4, written from the guide alone after blind7 was sealed: two
  // look-alike pages and one many-story page in each of ten languages. First contact (CLI,
  // the engine of its arrival): recall 0.97 (395/408), 98 false marks, 36 of them on unrelated
  // pages (two Indonesian pages and an Italian one marked whole), 17/21 flags, 1 wrong flag.
  // Then namesakes by more given names, the dictionary, a dateline between the call and the
  // leak, and a newsletter section that holds one card (CLI): recall 0.97 (395/408), lowest
  // language 0.93, 30 false marks, none on an unrelated page, 17/21 flags, 1 wrong flag.
  // Then whoever held another leaked call read after the call's words, every recording word
  // of such an item given to that story, and live-blog entries written as one run of text
  // after a time stamp (CLI): 21 false marks, the rest unchanged.
  look8: { recall: 0.96, langRecall: 0.92, falseMarks: 21, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: 1 },
};
