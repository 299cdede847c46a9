/**
 * Aho–Corasick automaton over normalised text, stored as flat arrays so it can be
 * built at build time, bundled as JSON, and searched at run time after a short
 * decode (prefix sums, and a table for the shallowest states filled as the text
 * reaches it).
 *
 * Why this shape: one pass over the text finds every occurrence of every phrase,
 * so the cost is linear in the text length. Most chars are read from a few
 * shallow states, which get a dense table (one read per char); deeper states search
 * their sorted edges by bisection. 10 or 10,000 phrases cost about the same per
 * page. The content script does no compile work: it reads the arrays.
 *
 * Space and "-" are the same symbol here (see `symbol`), so "28-point" and
 * "28 point", "Witkoff-Ushakov" and "Witkoff Ushakov" match each other.
 */

export interface SerializedAutomaton {
  /**
   * States are numbered breadth-first with each state's children in ascending char
   * order, so the children of all states are consecutive: the edges of state s are
   * edges [E(s), E(s) + edgeCounts[s]) where E is the prefix sum of edgeCounts, and
   * edge e leads to state e + 1. Targets therefore need not be stored.
   */
  edgeCounts: number[];
  /** The char of every edge, in edge order (one UTF-16 unit per edge). */
  edgeChars: string;
  /** Failure link per state (root = 0). */
  fail: number[];
  /** Nearest state on the failure chain that has outputs, or 0 ("dictionary suffix link"). */
  dict: number[];
  /** Number of patterns ending at each state; their ids follow in outIds, state by state. */
  outCounts: number[];
  outIds: number[];
  /** Length (in normalised chars) of each pattern. */
  patternLengths: number[];
}

/**
 * The automaton ready to search: prefix sums of the counts. Decoding is one pass
 * over the state arrays (microseconds for a real pack), done once per matcher.
 */
export interface Automaton {
  /**
   * Full transitions (failure links already followed) for ASCII symbols from the
   * first `denseRows` states: row s, column c at s * 128 + c holds the next state + 1,
   * or 0 until the search first needs it. States are numbered breadth-first, so these
   * are the shallowest states, the ones a page's text keeps returning to; one table
   * read per char replaces a bisection and a failure chain. Deeper states and other
   * symbols take the sparse path. Filled on use, the table costs nothing to decode
   * (building all of it took most of creating a matcher) and a page touches a small
   * part of it.
   */
  dense: Int32Array;
  denseRows: number;
  /** 1 where a state, or a state on its failure chain, ends a pattern. */
  hasOutput: Uint8Array;
  edgeStart: Int32Array;
  edgeChars: string;
  fail: readonly number[];
  dict: readonly number[];
  outStart: Int32Array;
  outIds: readonly number[];
  patternLengths: readonly number[];
}

function prefixSums(counts: readonly number[]): Int32Array {
  const out = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) out[i + 1] = out[i]! + counts[i]!;
  return out;
}

/**
 * Rows of the dense table: at most this many states get one (128 ints each, so
 * 1 MB at most), whatever the pack's size.
 */
const DENSE_STATE_LIMIT = 2048;

export function decodeAutomaton(a: SerializedAutomaton): Automaton {
  const states = a.edgeCounts.length;
  const denseRows = Math.min(states, DENSE_STATE_LIMIT);
  const decoded: Automaton = {
    dense: new Int32Array(denseRows * 128),
    denseRows,
    hasOutput: new Uint8Array(states),
    edgeStart: prefixSums(a.edgeCounts),
    edgeChars: a.edgeChars,
    fail: a.fail,
    dict: a.dict,
    outStart: prefixSums(a.outCounts),
    outIds: a.outIds,
    patternLengths: a.patternLengths,
  };
  const { hasOutput, outStart } = decoded;
  for (let s = 0; s < states; s++) hasOutput[s] = outStart[s]! < outStart[s + 1]! || a.dict[s] !== 0 ? 1 : 0;
  return decoded;
}

/**
 * The transition from a state with a dense row for an ASCII symbol, from the table,
 * filled the first time: the state's own edge, else its failure target's transition.
 * Breadth-first numbering puts the failure target before the state, so it has a row too.
 */
function denseNext(a: Automaton, s: number, c: number): number {
  const cell = s * 128 + c;
  const known = a.dense[cell]!;
  if (known !== 0) return known - 1;
  const own = step(a, s, c);
  const next = own >= 0 ? own : s === 0 ? 0 : denseNext(a, a.fail[s]!, c);
  a.dense[cell] = next + 1;
  return next;
}

/** The alphabet folding done on top of normalize(): dash and space are one symbol. */
export function symbol(code: number): number {
  return code === 0x2d ? 0x20 : code;
}

/** Build the automaton. Pattern i is reported with id i. Empty patterns are skipped. */
export function buildAutomaton(patterns: readonly string[]): SerializedAutomaton {
  const children: Map<number, number>[] = [new Map<number, number>()];
  const outputs: number[][] = [[]];
  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = symbol(pattern.charCodeAt(i));
      let next = children[state]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map<number, number>());
        outputs.push([]);
        children[state]!.set(c, next);
      }
      state = next;
    }
    outputs[state]!.push(id);
  });

  // Breadth-first with children in char order (see SerializedAutomaton), computing
  // failure links on the way.
  const n = children.length;
  const fail = new Array<number>(n).fill(0);
  const order: number[] = [0];
  const sortedChildren = children.map((m) => [...m].sort((a, b) => a[0] - b[0]));
  for (let head = 0; head < order.length; head++) {
    const s = order[head]!;
    for (const [c, t] of sortedChildren[s]!) {
      order.push(t);
      if (s === 0) continue;
      let f = fail[s]!;
      while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
      fail[t] = children[f]!.get(c) ?? 0;
    }
  }
  const rank = new Array<number>(n);
  order.forEach((s, i) => (rank[s] = i));

  const out: SerializedAutomaton = {
    edgeCounts: [],
    edgeChars: '',
    fail: [],
    dict: [],
    outCounts: [],
    outIds: [],
    patternLengths: patterns.map((p) => p.length),
  };
  const chars: string[] = [];
  for (const s of order) {
    out.edgeCounts.push(sortedChildren[s]!.length);
    for (const [c] of sortedChildren[s]!) chars.push(String.fromCharCode(c));
    out.fail.push(rank[fail[s]!]!);
    out.outCounts.push(outputs[s]!.length);
    out.outIds.push(...outputs[s]!);
    let d = fail[s]!;
    while (d !== 0 && outputs[d]!.length === 0) d = fail[d]!;
    out.dict.push(rank[d]!);
  }
  out.edgeChars = chars.join('');
  return out;
}

/** Follow the edge for symbol c from state s, or -1. Bisection over sorted edges. */
function step(a: Automaton, s: number, c: number): number {
  let lo = a.edgeStart[s]!;
  let hi = a.edgeStart[s + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = a.edgeChars.charCodeAt(mid);
    if (m === c) return mid + 1;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Report every occurrence: onMatch(patternId, start, end) with [start, end) in `text`.
 * Word boundaries are the caller's business (see matcher.ts).
 */
export function searchAutomaton(a: Automaton, text: string, onMatch: (patternId: number, start: number, end: number) => void): void {
  if (a.edgeStart.length < 2) return;
  const { dense, denseRows, hasOutput } = a;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = symbol(text.charCodeAt(i));
    if (c < 128 && s < denseRows) {
      const known = dense[s * 128 + c]!;
      s = known !== 0 ? known - 1 : denseNext(a, s, c);
    } else s = sparseNext(a, s, c);
    if (hasOutput[s] === 0) continue;
    let t = a.outStart[s]! < a.outStart[s + 1]! ? s : a.dict[s]!;
    while (t !== 0) {
      for (let k = a.outStart[t]!; k < a.outStart[t + 1]!; k++) {
        const id = a.outIds[k]!;
        onMatch(id, i + 1 - a.patternLengths[id]!, i + 1);
      }
      t = a.dict[t]!;
    }
  }
}

/** The transition from a state without a dense row, or for a non-ASCII symbol. */
function sparseNext(a: Automaton, from: number, c: number): number {
  let s = from;
  for (;;) {
    if (c < 128 && s < a.denseRows) return denseNext(a, s, c);
    const t = step(a, s, c);
    if (t >= 0) return t;
    if (s === 0) return 0;
    s = a.fail[s]!;
  }
}
