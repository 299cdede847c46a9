/**
 * The text labels are written against: the page's text nodes (body textContent without
 * script, style and textarea) joined, with every run of ASCII whitespace collapsed to
 * one space. NBSP, U+2011, soft hyphens and curly quotes stay as they are.
 *
 * The page layer hands over the text nodes' data in document order (segments); this
 * module joins and collapses them and maps a position inside a segment to an offset
 * in the collapsed text, so marks found in the DOM land on the labels' offsets.
 */
const ASCII_SPACE = /[\t\n\f\r ]/;

export interface ReaderText {
  text: string;
  /** Offset in `text` of character `offset` of segment `segment` (offset may equal its length). */
  at(segment: number, offset: number): number;
}

export function readerText(segments: readonly string[]): ReaderText {
  const out: string[] = [];
  // starts[i][k]: collapsed offset of char k of segment i; one extra entry for its end.
  const starts: Int32Array[] = [];
  let length = 0;
  let pendingSpace = false;
  for (const seg of segments) {
    const map = new Int32Array(seg.length + 1);
    for (let k = 0; k < seg.length; k++) {
      const ch = seg[k]!;
      if (ASCII_SPACE.test(ch)) {
        // A run of spaces collapses onto its first char; every char of the run maps there.
        if (!pendingSpace) {
          out.push(' ');
          length++;
          pendingSpace = true;
        }
        map[k] = length - 1;
        continue;
      }
      pendingSpace = false;
      map[k] = length;
      out.push(ch);
      length++;
    }
    map[seg.length] = length;
    starts.push(map);
  }
  let text = out.join('');
  // Labels are trimmed: a leading space (from indentation) would shift nothing, so keep
  // offsets as they are and only trim the end, which moves no offset.
  text = text.replace(/ $/, '');
  return {
    text,
    at: (segment, offset) => Math.min(starts[segment]?.[offset] ?? length, text.length),
  };
}

/** A piece of a Lateral mark as the page layer found it: one wrapped segment. */
export interface MarkPiece {
  segment: number;
  kind: string;
  finding: string;
}

/**
 * Mark pieces -> marks on the reader text: the pieces of one finding (a phrase split
 * across elements is wrapped piece by piece) become one mark from the first to the last.
 */
export function marksFromPieces(
  reader: ReaderText,
  segments: readonly string[],
  pieces: readonly MarkPiece[],
): { start: number; end: number; kind: 'mention' | 'discrepancy' }[] {
  const byFinding = new Map<string, { start: number; end: number; kind: 'mention' | 'discrepancy' }>();
  for (const p of pieces) {
    const kind = p.kind === 'discrepancy' ? 'discrepancy' : 'mention';
    const start = reader.at(p.segment, 0);
    const end = reader.at(p.segment, segments[p.segment]?.length ?? 0);
    const key = `${kind}:${p.finding}`;
    const m = byFinding.get(key);
    if (m) {
      m.start = Math.min(m.start, start);
      m.end = Math.max(m.end, end);
    } else byFinding.set(key, { start, end, kind });
  }
  return [...byFinding.values()].sort((a, b) => a.start - b.start);
}
