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
 * Where a figure meets its target the floor is the target. Cue classes (a number of
 * points judged by the words around it, items and sentences about another meeting of the
 * same people) and the item rules that came with them brought marks on unrelated pages
 * to zero in every set and false marks to zero on the tuning split (dev: 2, both
 * teasers in an inline run of links that is not an item; frozen: 1).
 */
export const FLOORS: Record<SetName, Floor> = {
  dev: { recall: 0.98, langRecall: 0.94, falseMarks: 2, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: TARGETS.wrongFlags },
  // Wrong flags on the tuning split: 0 since the claim checks skip quoted claims, calls
  // between heads of state and calls held by others.
  tune: {
    recall: 0.98,
    langRecall: 0.95,
    falseMarks: TARGETS.falseMarks,
    unrelatedMarks: TARGETS.unrelatedMarks,
    wrongFlags: TARGETS.wrongFlags,
  },
  frozen: { recall: 0.97, langRecall: TARGETS.langRecall, falseMarks: 1, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: 1 },
  // The blind split's first browser run (both browsers agreed): recall 0.97, lowest language
  // 0.86 (Spanish), 7 false marks, 0 on unrelated pages, 2 wrong flags. It was written after
  // the engine work, from the guide alone, so these are figures on unseen pages.
  blind: { recall: 0.96, langRecall: 0.86, falseMarks: 7, unrelatedMarks: TARGETS.unrelatedMarks, wrongFlags: 2 },
};
