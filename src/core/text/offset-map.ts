/**
 * Where each char of a normalised text came from in the original string, stored as
 * runs rather than per char.
 *
 * Most of a page folds one char to one char (a letter to its lower case), so the map
 * is a list of segments: a *linear* segment maps output char o + k to source
 * [s + k, s + k + 1); a *constant* segment maps every output char in it to the same
 * source range (the two chars of "ß" -> "ss", the digits of "twenty-eight" -> "28",
 * a space standing for a run of whitespace). A page of prose needs a few segments
 * per line instead of two integers per char, and a lookup is a bisection, done only
 * for the few chars that start or end a hit.
 */

/** Marks a linear segment in `ends`. */
const LINEAR = -1;

export class OffsetMap {
  /** Output index where each segment starts (ascending). */
  private outs: number[] = [];
  /** Source start of the segment's first char. */
  private starts: number[] = [];
  /** Source end shared by every char of a constant segment, or LINEAR. */
  private ends: number[] = [];
  /** Output chars mapped so far. */
  length = 0;

  /** Adds `count` chars mapped one to one from source offset `start` on. */
  pushLinear(start: number, count: number): void {
    if (count <= 0) return;
    const j = this.outs.length - 1;
    // Continues the last segment when it is linear and the source follows on.
    if (!(j >= 0 && this.ends[j] === LINEAR && this.starts[j]! + (this.length - this.outs[j]!) === start)) {
      this.outs.push(this.length);
      this.starts.push(start);
      this.ends.push(LINEAR);
    }
    this.length += count;
  }

  /** Adds `count` chars that all stand for source [start, end). */
  pushConstant(start: number, end: number, count: number): void {
    if (count <= 0) return;
    if (end === start + 1 && count === 1) {
      this.pushLinear(start, 1);
      return;
    }
    const j = this.outs.length - 1;
    if (!(j >= 0 && this.ends[j] === end && this.starts[j] === start)) {
      this.outs.push(this.length);
      this.starts.push(start);
      this.ends.push(end);
    }
    this.length += count;
  }

  /** Moves the source end of the last output char (a dropped char joins the one before). */
  extendLast(end: number): void {
    const i = this.length - 1;
    if (i < 0) return;
    const start = this.startOf(i);
    const j = this.outs.length - 1;
    if (this.outs[j] === i) {
      this.starts[j] = start;
      this.ends[j] = end;
    } else {
      this.outs.push(i);
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** Source offset where output char i's source begins. */
  startOf(i: number): number {
    const j = this.segmentOf(i);
    return this.ends[j] === LINEAR ? this.starts[j]! + (i - this.outs[j]!) : this.starts[j]!;
  }

  /** Source offset where output char i's source ends (exclusive). */
  endOf(i: number): number {
    const j = this.segmentOf(i);
    return this.ends[j] === LINEAR ? this.starts[j]! + (i - this.outs[j]!) + 1 : this.ends[j]!;
  }

  /** Appends output chars [from, to) of `other`, as they map there. */
  appendRange(other: OffsetMap, from: number, to: number): void {
    if (to <= from) return;
    let j = other.segmentOf(from);
    for (let at = from; at < to; j++) {
      const segEnd = Math.min(to, j + 1 < other.outs.length ? other.outs[j + 1]! : other.length);
      if (other.ends[j] === LINEAR) this.pushLinear(other.starts[j]! + (at - other.outs[j]!), segEnd - at);
      else this.pushConstant(other.starts[j]!, other.ends[j]!, segEnd - at);
      at = segEnd;
    }
  }

  /** Index of the segment holding output char i (the last one starting at or before it). */
  private segmentOf(i: number): number {
    const { outs } = this;
    let lo = 0;
    let hi = outs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (outs[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
