/** Small statistics helpers for the benchmark: medians, ratios, verdicts. No timing here. */

/** Median of the finite values; NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Largest finite value; NaN when there is none. */
export function max(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length === 0 ? Number.NaN : Math.max(...finite);
}

/** a / b, NaN when either is missing or b is not positive. */
export function ratio(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return Number.NaN;
  return a / b;
}

/**
 * Ratio of medians of two interleaved series. Medians are taken per series (not of
 * pairwise ratios) because each run reloads the page and the runs are not paired.
 */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  return ratio(median(a), median(b));
}

/** Relative spread (max - min) / median, to flag noisy measurements. */
export function spread(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2) return 0;
  const m = median(finite);
  return m > 0 ? (Math.max(...finite) - Math.min(...finite)) / m : Number.NaN;
}

/**
 * Rotates `items` by `round` positions: round 0 -> [a,b,c], round 1 -> [b,c,a]. The
 * bench runs its methods in a different order each round so that no method always
 * runs first (cold caches) or last (after the others warmed the machine up).
 */
export function rotate<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return [];
  const k = ((round % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/**
 * Linear extrapolation of a cost measured at `fromSize` to `toSize` (mark.js walks
 * every text node once per keyword, so its time grows linearly with the text).
 */
export function extrapolateLinear(measured: number, fromSize: number, toSize: number): number {
  if (!(fromSize > 0)) return Number.NaN;
  return (measured * toSize) / fromSize;
}

/** Formats a number for the report: 2 significant digits under 10, whole numbers above. */
export function fmt(value: number, unit = ''): string {
  if (!Number.isFinite(value)) return '–';
  const text = Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
  return `${text}${unit}`;
}

export type Verdict = 'met' | 'missed' | 'not measured';

/** `value <= limit` (or `>=` with `atLeast`), 'not measured' when value is missing. */
export function verdict(value: number, limit: number, atLeast = false): Verdict {
  if (!Number.isFinite(value)) return 'not measured';
  return (atLeast ? value >= limit : value <= limit) ? 'met' : 'missed';
}
