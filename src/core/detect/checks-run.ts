/**
 * Run time: apply compiled claim checks to normalised text. Returns spans in the
 * normalised text; the matcher maps them back and applies relevance gating.
 */
import type { DateClaim } from '../hit';
import type { CompiledCheck, CompiledDateCheck, CompiledDurationCheck, CompiledSequenceCheck } from './types';

export interface Span {
  from: number;
  to: number;
  /** For a date check: the date the text gives. */
  claim?: DateClaim;
}

/**
 * A regular expression built on first use. Building one parses its source, and the
 * checks' large Unicode alternations take milliseconds each; a matcher that built
 * them all at once spent about 30 ms in one task. The matcher's warm-up builds and
 * compiles them one idle slice at a time instead (see Matcher.warmUp).
 */
export class LazyRegExp {
  private built: RegExp | undefined;
  constructor(
    private readonly source: string,
    private readonly flags: string,
  ) {}
  get re(): RegExp {
    return (this.built ??= new RegExp(this.source, this.flags));
  }
}

/** A check with its regexes, built on first use and kept for the matcher's life. */
export type PreparedCheck = { requires: LazyRegExp[] } & (
  | { check: CompiledSequenceCheck; res: LazyRegExp[] }
  | { check: CompiledDateCheck; res: LazyRegExp[]; trigger: LazyRegExp; subject: LazyRegExp }
  | { check: CompiledDurationCheck; res: LazyRegExp[]; hour: LazyRegExp; half: LazyRegExp }
);

export function prepareCheck(check: CompiledCheck): PreparedCheck {
  const requires = check.requires.map((source) => new LazyRegExp(source, ''));
  switch (check.type) {
    case 'sequence':
      return { check, requires, res: check.sources.map((source) => new LazyRegExp(source, 'gu')) };
    case 'date':
      return {
        check,
        requires,
        res: check.dateSources.map((d) => new LazyRegExp(d.source, 'gu')),
        trigger: new LazyRegExp(check.triggerSource, 'gu'),
        subject: new LazyRegExp(check.subjectSource, 'gu'),
      };
    case 'duration':
      return {
        check,
        requires,
        res: check.sources.map((source) => new LazyRegExp(source, 'gu')),
        hour: new LazyRegExp(check.hourSource, 'u'),
        half: new LazyRegExp(check.halfSource, 'u'),
      };
  }
}

/** Every expression a prepared check runs. */
export function regexesOf(p: PreparedCheck): LazyRegExp[] {
  if ('trigger' in p) return [...p.requires, ...p.res, p.trigger, p.subject];
  if ('hour' in p) return [...p.requires, ...p.res, p.hour, p.half];
  return [...p.requires, ...p.res];
}

export function runCheck(p: PreparedCheck, text: string): Span[] {
  if (!p.requires.every((l) => l.re.test(text))) return [];
  switch (p.check.type) {
    case 'sequence':
      return runSequence(p.check, p.res, text);
    case 'date':
      return runDate(p as Extract<PreparedCheck, { trigger: LazyRegExp }>, text);
    case 'duration':
      return runDuration(p as Extract<PreparedCheck, { hour: LazyRegExp }>, text);
  }
}

function runSequence(check: CompiledSequenceCheck, res: LazyRegExp[], text: string): Span[] {
  const spans: Span[] = [];
  for (const { re } of res) {
    for (const m of matchesOf(re, text)) {
      if (check.unless.some((u) => m[0].includes(u))) continue;
      spans.push({ from: m.index, to: m.index + m[0].length });
    }
  }
  return dedupe(spans);
}

/**
 * Every match of a global expression, run on the expression itself. matchAll runs a
 * copy, and a copy made after V8 has dropped the expression from its cache starts
 * again without the machine code the warm-up compiled (see Matcher.warmUp).
 */
function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would never move on (none of the checks' expressions has one).
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

function positions(re: RegExp, text: string): Span[] {
  return matchesOf(re, text).map((m) => ({ from: m.index, to: m.index + m[0].length }));
}

function distance(a: Span, b: Span): number {
  return Math.max(0, b.from - a.to, a.from - b.to);
}

interface ParsedDate {
  year?: number;
  /** Possible [month, day] readings (a numeric 10/11 can be read both ways). */
  readings: [number, number | undefined][];
}

function parseDate(order: string, m: RegExpMatchArray, months: Record<string, number>): ParsedDate | undefined {
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const year = (s: string | undefined) => {
    const y = num(s);
    return y === undefined ? undefined : y < 100 ? 2000 + y : y;
  };
  let readings: [number, number | undefined][];
  let y: number | undefined;
  switch (order) {
    case 'mdy':
      readings = [[months[m[1]!]!, num(m[2])]];
      y = year(m[3]);
      break;
    case 'dmy':
      readings = [[months[m[2]!]!, num(m[1])]];
      y = year(m[3]);
      break;
    case 'dotted':
      readings = [[num(m[2])!, num(m[1])]];
      y = year(m[3]);
      break;
    case 'numeric': {
      const a = num(m[1])!;
      const b = num(m[2])!;
      readings = a > 12 ? [[b, a]] : b > 12 ? [[a, b]] : [[a, b], [b, a]];
      y = year(m[3]);
      break;
    }
    default: // 'my'
      readings = [[months[m[1]!]!, undefined]];
      y = year(m[2]);
  }
  readings = readings.filter(([mo, d]) => mo >= 1 && mo <= 12 && (d === undefined || (d >= 1 && d <= 31)));
  if (readings.length === 0) return undefined;
  if (y !== undefined && (y < 1990 || y > 2099)) return undefined;
  return y === undefined ? { readings } : { year: y, readings };
}

function runDate(p: Extract<PreparedCheck, { trigger: LazyRegExp }>, text: string): Span[] {
  const { check } = p;
  // Dates are the rarest part, so they are looked for first; the call words and the
  // names around them only when there is a date to judge.
  let triggers: Span[] | undefined;
  let subjects: Span[] | undefined;
  const seen: Span[] = [];
  const spans: Span[] = [];
  p.res.forEach(({ re }, i) => {
    const order = check.dateSources[i]!.order;
    for (const m of matchesOf(re, text)) {
      const span = { from: m.index, to: m.index + m[0].length };
      // One date can be found by two expressions ("October 2023" inside "October 14, 2023").
      if (seen.some((s) => s.from < span.to && span.from < s.to)) continue;
      seen.push(span);
      triggers ??= positions(p.trigger.re, text);
      if (!triggers.some((t) => distance(t, span) <= check.window)) continue;
      subjects ??= positions(p.subject.re, text);
      if (!subjects.some((s) => distance(s, span) <= check.window * 3)) continue;
      const date = parseDate(order, m, check.months);
      if (!date) continue;
      const { expected } = check;
      const [month, day] = date.readings[0]!;
      const claim: DateClaim = { ...(date.year !== undefined ? { year: date.year } : {}), month, ...(day !== undefined ? { day } : {}) };
      if (check.compare === 'year') {
        if (date.year !== undefined && date.year !== expected.year) spans.push({ ...span, claim });
        continue;
      }
      const pad = (x: number) => String(x).padStart(2, '0');
      const fine = date.readings.some(
        ([mo, d]) =>
          (mo === expected.month && (d === undefined || d === expected.day)) ||
          (d !== undefined && check.ignore.includes(`${pad(mo)}-${pad(d)}`)),
      );
      if (!fine) spans.push({ ...span, claim });
    }
  });
  return spans;
}

function runDuration(p: Extract<PreparedCheck, { hour: LazyRegExp }>, text: string): Span[] {
  const spans: Span[] = [];
  for (const { re } of p.res) {
    for (const m of matchesOf(re, text)) {
      const expr = m[1] ?? '';
      const number = /\d+(?:[.,]\d)?/.exec(expr);
      const quantity = p.half.re.test(expr) ? 0.5 : number ? Number(number[0].replace(',', '.')) : 1;
      const minutes = quantity * (p.hour.re.test(expr) ? 60 : 1);
      if (minutes < p.check.minMinutes || minutes > p.check.maxMinutes) {
        spans.push({ from: m.index, to: m.index + m[0].length });
      }
    }
  }
  return dedupe(spans);
}

/** Drop spans contained in an earlier, longer one (several alternatives can match one clause). */
function dedupe(spans: Span[]): Span[] {
  spans.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.from < last.to) continue;
    out.push(s);
  }
  return out;
}
