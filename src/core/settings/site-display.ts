/**
 * Site patterns as a reader recognises them. Stored patterns keep a host in the ASCII
 * form browsers give a page's address ("xn--e1afmkfd.xn--p1ai"), so matching is a plain
 * comparison; the options page shows the same host as it was typed ("пример.рф").
 */
import { parseSitePattern } from './site-patterns';

// RFC 3492 (Punycode) parameters for IDNA.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22; // 0-9 are 26-35
  if (code >= 97 && code <= 122) return code - 97; // a-z are 0-25
  return BASE; // not a digit: the label is not Punycode
}

/** One Punycode label (without "xn--") decoded, or undefined when it is not valid Punycode. */
export function decodePunycodeLabel(label: string): string | undefined {
  const cut = label.lastIndexOf('-');
  const output = [...(cut > 0 ? label.slice(0, cut) : '')].map((c) => c.codePointAt(0)!);
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let at = cut > 0 ? cut + 1 : 0; at < label.length;) {
    const before = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (at >= label.length) return undefined;
      const digit = digitOf(label.charCodeAt(at++));
      if (digit >= BASE) return undefined;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * (output.length + 1)) return undefined;
    }
    bias = adapt(i - before, output.length + 1, before === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return undefined;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** "xn--e1afmkfd.xn--p1ai/world" -> "пример.рф/world"; anything else as it is. */
export function siteForDisplay(pattern: string): string {
  const slash = pattern.indexOf('/');
  const head = slash === -1 ? pattern : pattern.slice(0, slash);
  if (!head.includes('xn--')) return pattern;
  const labels = head.split('.').map((label) => {
    if (!label.startsWith('xn--')) return label;
    return decodePunycodeLabel(label.slice(4)) ?? label;
  });
  return labels.join('.') + (slash === -1 ? '' : pattern.slice(slash));
}

/**
 * True for a pattern that names a whole top-level domain ("com", "*.com", "рф"): valid,
 * but it would reach every site there. Addresses, "localhost" and hosts with a port
 * (a machine on the reader's own network) are single names on purpose.
 */
export function coversWholeDomain(pattern: string): boolean {
  const parsed = parseSitePattern(pattern);
  if (typeof parsed === 'string' || parsed.port !== undefined) return false;
  const { host } = parsed;
  return !host.includes('.') && !host.startsWith('[') && host !== 'localhost';
}
