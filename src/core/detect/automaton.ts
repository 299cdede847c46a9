/**
 * Aho–Corasick automaton over normalised text, stored as flat arrays so it can be
 * built at build time, bundled as JSON, and searched at run time with no set-up.
 *
 * Why this shape: one pass over the text finds every occurrence of every phrase,
 * so the cost is linear in the text length and only logarithmic in the fan-out of a
 * state (edges are sorted, searched by bisection) — 10 or 10,000 phrases cost about
 * the same per page. The content script does no compile work: it reads the arrays.
 *
 * Space and "-" are the same symbol here (see `symbol`), so "28-point" and
 * "28 point", "Witkoff-Ushakov" and "Witkoff Ushakov" match each other.
 */

export interface SerializedAutomaton {
  /** Edges of state s are edgeChars/edgeTargets[edgeStart[s] .. edgeStart[s+1]), sorted by char. */
  edgeStart: number[];
  edgeChars: number[];
  edgeTargets: number[];
  /** Failure link per state (root = 0). */
  fail: number[];
  /** Nearest state on the failure chain that has outputs, or 0 ("dictionary suffix link"). */
  dict: number[];
  /** Patterns ending at state s are outIds[outStart[s] .. outStart[s+1]). */
  outStart: number[];
  outIds: number[];
  /** Length (in normalised chars) of each pattern. */
  patternLengths: number[];
}

/** The alphabet folding done on top of normalize(): dash and space are one symbol. */
export function symbol(code: number): number {
  return code === 0x2d ? 0x20 : code;
}

/** Build the automaton. Pattern i is reported with id i. Empty patterns are skipped. */
export function buildAutomaton(patterns: readonly string[]): SerializedAutomaton {
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = symbol(pattern.charCodeAt(i));
      let next = children[state]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        outputs.push([]);
        children[state]!.set(c, next);
      }
      state = next;
    }
    outputs[state]!.push(id);
  });

  // Breadth-first: failure links, and renumber states in BFS order so the arrays
  // are compact and deterministic.
  const n = children.length;
  const fail = new Array<number>(n).fill(0);
  const order: number[] = [0];
  for (let head = 0; head < order.length; head++) {
    const s = order[head]!;
    for (const [c, t] of children[s]!) {
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
    edgeStart: [], edgeChars: [], edgeTargets: [], fail: [], dict: [], outStart: [], outIds: [],
    patternLengths: patterns.map((p) => p.length),
  };
  for (const s of order) {
    out.edgeStart.push(out.edgeChars.length);
    for (const [c, t] of [...children[s]!].sort((a, b) => a[0] - b[0])) {
      out.edgeChars.push(c);
      out.edgeTargets.push(rank[t]!);
    }
    out.fail.push(rank[fail[s]!]!);
    out.outStart.push(out.outIds.length);
    out.outIds.push(...outputs[s]!);
    let d = fail[s]!;
    while (d !== 0 && outputs[d]!.length === 0) d = fail[d]!;
    out.dict.push(rank[d]!);
  }
  out.edgeStart.push(out.edgeChars.length);
  out.outStart.push(out.outIds.length);
  return out;
}

/** Follow the edge for symbol c from state s, or -1. Bisection over sorted edges. */
function step(a: SerializedAutomaton, s: number, c: number): number {
  let lo = a.edgeStart[s]!;
  let hi = a.edgeStart[s + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = a.edgeChars[mid]!;
    if (m === c) return a.edgeTargets[mid]!;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Report every occurrence: onMatch(patternId, start, end) with [start, end) in `text`.
 * Word boundaries are the caller's business (see matcher.ts).
 */
export function searchAutomaton(
  a: SerializedAutomaton,
  text: string,
  onMatch: (patternId: number, start: number, end: number) => void,
): void {
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = symbol(text.charCodeAt(i));
    let next = step(a, s, c);
    while (next < 0 && s !== 0) {
      s = a.fail[s]!;
      next = step(a, s, c);
    }
    s = next < 0 ? 0 : next;
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
