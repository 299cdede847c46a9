/**
 * Word-level difference between two versions of a quotation, so a class can see
 * exactly which words an outlet changed, added or dropped. A plain longest-common-
 * subsequence diff: quotations are short (tens of words), so the O(n·m) table is
 * cheap and the result is the minimal, easiest-to-read edit.
 */

export type DiffOp = 'same' | 'removed' | 'added';

export interface DiffPart {
  op: DiffOp;
  /** The words as written, joined by single spaces. */
  text: string;
}

/** Splits on whitespace, keeping punctuation attached so the display reads naturally. */
export function tokenize(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

/**
 * Two words count as the same when they differ only in case, curly vs straight
 * quotes, or punctuation around them: "deal." and "deal" are one word to a reader.
 */
export function comparable(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Diffs `before` (usually the record) against `after` (an outlet's version).
 * Adjacent words with the same operation are merged into one part.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const ka = a.map(comparable);
  const kb = b.map(comparable);
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i]!;
    const next = lcs[i + 1]!;
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = ka[i] === kb[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
    }
  }

  const parts: DiffPart[] = [];
  const push = (op: DiffOp, word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (ka[i] === kb[j]) {
      // Show the outlet's spelling of a shared word: that is the text being examined.
      push('same', b[j]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      push('removed', a[i++]!);
    } else {
      push('added', b[j++]!);
    }
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return parts;
}

/** Share of the record's words an outlet kept, 0..1; a quick "how close is it" figure. */
export function wordsKept(parts: readonly DiffPart[]): number {
  let same = 0;
  let removed = 0;
  for (const part of parts) {
    const n = tokenize(part.text).length;
    if (part.op === 'same') same += n;
    if (part.op === 'removed') removed += n;
  }
  return same + removed === 0 ? 1 : same / (same + removed);
}

const QUOTED = /["\u201C\u201E\u00AB]([^"\u201C\u201D\u201E\u00AB\u00BB]+)["\u201D\u00BB]/g;

/**
 * The words an excerpt puts inside quotation marks (the longest quoted run), or
 * the whole excerpt when it has none. Excerpts often carry a lead-in such as
 * "Witkoff said"; diffing only the quoted words keeps the view about the quote.
 */
export function quotedPart(excerpt: string): string {
  let best = '';
  for (const match of excerpt.matchAll(QUOTED)) {
    const inside = match[1]!.trim();
    if (inside.length > best.length) best = inside;
  }
  return best.length > 0 && tokenize(best).length >= 3 ? best : excerpt.trim();
}
