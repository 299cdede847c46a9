/**
 * Storage keeps only what differs from the defaults (as uBlock Origin does): a reader who
 * never changed anything stores nothing, and new defaults reach everyone who kept the old.
 * Objects are compared field by field; lists and plain values as a whole.
 */
type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** The parts of `value` that differ from `defaults`; `{}` when nothing does. */
export function diffFromDefaults(value: Plain, defaults: Plain): Plain {
  const diff: Plain = {};
  for (const [key, current] of Object.entries(value)) {
    const fallback = defaults[key];
    if (deepEqual(current, fallback)) continue;
    diff[key] = isPlain(current) && isPlain(fallback) ? diffFromDefaults(current, fallback) : current;
  }
  return diff;
}

/** Lays stored differences over the defaults. Anything odd is left for repair to judge. */
export function mergeOntoDefaults(stored: Plain, defaults: Plain): Plain {
  const merged: Plain = { ...defaults };
  for (const [key, value] of Object.entries(stored)) {
    const fallback = defaults[key];
    merged[key] = isPlain(value) && isPlain(fallback) ? mergeOntoDefaults(value, fallback) : value;
  }
  return merged;
}
