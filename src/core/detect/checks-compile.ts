/**
 * Build time: turn declarative claim checks into regex sources over normalised text.
 *
 * Why this is safe from catastrophic backtracking: every construct is a literal
 * alternation, a bounded stem tail (\p{L}{0,5}) or a bounded word gap
 * (?:SEP WORD){0,n} where SEP and WORD use disjoint character sets, so there is one
 * way to split any input and the work per start position is bounded by the pattern.
 * No regex text is ever taken from data.
 */
import { normalizePhrase } from '../text/normalize';
import type { Check, Slot } from './rules-schema';
import type { CompiledCheck, CompiledDateCheck } from './types';

const B_START = '(?<![\\p{L}\\p{N}])';
const B_END = '(?![\\p{L}\\p{N}])';
/** Separator run between words (normalised text has single spaces; punctuation may sit next to them). */
const SEP = `[ \\-,;:"'()]{1,4}`;
const WORD = `[^ \\-,;:"'()]+`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One literal phrase -> regex: spaces/dashes interchangeable, "word*" = stem with up to 5 more letters. */
export function phraseToRegex(phrase: string): string {
  const norm = normalizePhrase(phrase);
  return norm
    .split(/[ -]+/)
    .map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}\\p{L}{0,5}` : escape(w)))
    .join('[ -]');
}

export function alternation(phrases: readonly string[]): string {
  const parts = [...new Set(phrases.map(phraseToRegex))].sort((a, b) => b.length - a.length);
  return `(?:${parts.join('|')})`;
}

/**
 * What any match of `alternation(phrases)` must contain: the first word of one of the
 * phrases, a stem without its ending. Tested without Unicode mode or boundaries, it is
 * a quick necessary condition for a text, never a sufficient one.
 */
function firstWordsOf(phrases: readonly string[]): string[] {
  return phrases.map((phrase) => (normalizePhrase(phrase).split(/[ -]+/).find((w) => w !== '') ?? '').replace(/\*$/, ''));
}

function firstWords(phrases: readonly string[]): string {
  return words(firstWordsOf(phrases));
}

/** Any match of any of the sequences holds a first word of that sequence's first slot. */
function sequencesRequire(sequences: readonly (readonly Slot[])[]): string {
  return words(
    sequences.flatMap((slots) => {
      const first = slots.find((slot) => 'any' in slot);
      return first && 'any' in first ? firstWordsOf(first.any) : [''];
    }),
  );
}

function sequenceToRegex(slots: readonly Slot[]): string {
  let out = '';
  let pendingGap = 0;
  let first = true;
  for (const slot of slots) {
    if ('gap' in slot) {
      pendingGap += slot.gap;
      continue;
    }
    // Lazy gaps: the shortest clause wins, so a span does not run on into the next
    // sentence (where an `unless` word might sit).
    if (!first) out += pendingGap > 0 ? `(?:${SEP}${WORD}){0,${pendingGap}}?${SEP}` : SEP;
    out += `${B_START}${alternation(slot.any)}${B_END}`;
    pendingGap = 0;
    first = false;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Lexicons for dates and durations (folded spellings, all seven languages).
// ---------------------------------------------------------------------------

const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'enero', 'stycznia', 'styczen', 'января', 'январь', 'січня', 'січень'],
  ['february', 'feb', 'februar', 'fevrier', 'febrero', 'lutego', 'luty', 'февраля', 'февраль', 'лютого', 'лютии'],
  ['march', 'mar', 'marz', 'mars', 'marzo', 'marca', 'marzec', 'марта', 'март', 'березня', 'березень'],
  ['april', 'apr', 'avril', 'abril', 'kwietnia', 'kwiecien', 'апреля', 'апрель', 'квітня', 'квітень'],
  ['may', 'mai', 'mayo', 'maja', 'maj', 'мая', 'маи', 'травня', 'травень'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'czerwca', 'czerwiec', 'июня', 'июнь', 'червня', 'червень'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'lipca', 'lipiec', 'июля', 'июль', 'липня', 'липень'],
  ['august', 'aug', 'aout', 'agosto', 'sierpnia', 'sierpien', 'августа', 'август', 'серпня', 'серпень'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'wrzesnia', 'wrzesien', 'сентября', 'сентябрь', 'вересня', 'вересень'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'pazdziernika', 'pazdziernik', 'октября', 'октябрь', 'жовтня', 'жовтень'],
  ['november', 'nov', 'novembre', 'noviembre', 'listopada', 'listopad', 'ноября', 'ноябрь', 'листопада', 'листопад'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'grudnia', 'grudzien', 'декабря', 'декабрь', 'грудня', 'грудень'],
];

const MINUTE_UNITS = ['minute', 'minutes', 'min', 'mins', 'minuten', 'minutige', 'minutigen', 'minutiges', 'minutos', 'minuto', 'minuty', 'minut', 'minutowa', 'minutowej', 'minutowa', 'минут', 'минуты', 'минуту', 'минутныи', 'минутная', 'минутныи', 'хвилин', 'хвилини', 'хвилину', 'хвилинна', 'хвилинну'];
const HOUR_UNITS = ['hour', 'hours', 'hr', 'hrs', 'stunde', 'stunden', 'einstundige', 'einstundigen', 'einstundiges', 'stundige', 'stundigen', 'stundiges', 'heure', 'heures', 'hora', 'horas', 'godzina', 'godzine', 'godziny', 'godzin', 'godzinna', 'godzinnej', 'час', 'часа', 'часов', 'часовои', 'часовая', 'часового', 'годину', 'години', 'годин', 'годинна', 'годинну', 'годинноі'];
const HALF_WORDS = ['half', 'halbe', 'halben', 'halb', 'demi', 'media', 'pol', 'пол', 'пів', 'полчаса', 'півгодини', 'півгодинна', 'halbstundige', 'halbstundigen'];
const QUANTITY_WORDS = ['an', 'a', 'one', 'une', 'una', 'eine', 'einer', 'einen', 'ein', 'jedna', 'jedne', 'одна', 'один', 'одну'];
const LENGTH_WORDS = ['long', 'lange', 'langes', 'langen'];
const NOT_A_LENGTH = ['before', 'after', 'later', 'earlier', 'ago', 'prior', 'vor', 'nach', 'spater', 'avant', 'apres', 'antes', 'despues', 'przed', 'po', 'pozniej', 'до', 'после', 'спустя', 'позже', 'після', 'пізніше'];

function words(list: readonly string[]): string {
  return `(?:${[...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
}

function compileDuration(triggers: readonly string[]): { sources: string[]; hourSource: string; halfSource: string } {
  const unit = words([...MINUTE_UNITS, ...HOUR_UNITS]);
  const qty = `(?:\\d{1,3}(?:[.,]\\d)?|${words([...QUANTITY_WORDS, ...HALF_WORDS])})`;
  // "30-minute", "an hour", "half an hour", "hour-long", "полчаса", "einstündiges".
  const amount = `(?:${qty}(?:[ -]${words(['an', 'a'])})?[ -]?)?${unit}(?:[ -]${words(LENGTH_WORDS)})?|${words(['полчаса', 'півгодини', 'halbstundige', 'halbstundigen'])}`;
  const duration = `${B_START}(${amount})${B_END}(?! ${words(NOT_A_LENGTH)}${B_END})`;
  const trigger = `${B_START}${alternation(triggers)}${B_END}`;
  // Lazy gap: the first duration after the trigger wins, with its number ("over 5
  // minutes"), instead of the gap swallowing the number as a word.
  const gap = (n: number) => `(?:${SEP}${WORD}){0,${n}}?${SEP}`;
  return {
    // "30-minute phone call" / "hour-long conversation"; "the call lasted nearly an hour".
    sources: [`${duration}${gap(2)}${trigger}`, `${trigger}${gap(5)}${duration}`],
    hourSource: `${B_START}${words(HOUR_UNITS)}${B_END}|час`,
    halfSource: `${B_START}${words(HALF_WORDS)}|полчаса|півгодин`,
  };
}

function compileDates(): Pick<CompiledDateCheck, 'dateSources' | 'months'> {
  const months: Record<string, number> = {};
  MONTH_NAMES.forEach((names, i) => names.forEach((n) => (months[n] = i + 1)));
  const month = `(${words(Object.keys(months))})`;
  const day = '(\\d{1,2})';
  const year = '(\\d{4})';
  return {
    months,
    dateSources: [
      // October 14, 2025 / Nov. 14 / oct 14th 2023
      { order: 'mdy', source: `${B_START}${month}\\.? ${day}(?:st|nd|rd|th)?${B_END}(?:,? ${year}${B_END})?` },
      // 14 October 2025 / 14. Oktober / 14 de octubre de 2025 / 14 жовтня 2025 року
      { order: 'dmy', source: `${B_START}${day}(?:st|nd|rd|th|er|\\.)? (?:of |de )?${month}${B_END}(?:\\.?,? (?:de |del )?${year}${B_END})?` },
      // 14/11, 10/14/2025 (either order: US and European readings are both tried)
      { order: 'numeric', source: `${B_START}(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\p{N}]|/\\p{N})` },
      // 14.11. / 14.11.2025 (day first; the trailing dot or year keeps "1.5 hours" out)
      { order: 'dotted', source: `${B_START}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?(?![\\p{N}])` },
      // October 2023 (month and year, no day)
      { order: 'my', source: `${B_START}${month} (?:of |de )?${year}${B_END}` },
    ],
  };
}

/** Compile one validated check. */
export function compileCheck(check: Check): CompiledCheck {
  const base = { id: check.id, discrepancyId: check.discrepancyId, topic: check.topic, factIds: check.factIds ?? [] };
  const p = check.pattern;
  switch (p.type) {
    case 'sequence':
      return {
        ...base,
        type: 'sequence',
        sources: p.sequences.map(sequenceToRegex),
        unless: (p.unless ?? []).map(normalizePhrase),
        // A text can hold a sequence only if it holds a first word of that sequence's first slot.
        requires: [sequencesRequire(p.sequences)],
      };
    case 'date': {
      const [y, m, d] = p.expected.split('-').map(Number) as [number, number, number];
      return {
        ...base,
        type: 'date',
        compare: p.compare,
        expected: { year: y, month: m, day: d },
        ...compileDates(),
        requires: ['\\d', firstWords(p.triggers), firstWords(p.subjects)],
        triggerSource: `${B_START}${alternation(p.triggers)}${B_END}`,
        subjectSource: `${B_START}${alternation(p.subjects)}${B_END}`,
        window: p.window,
        ignore: p.ignore ?? [],
      };
    }
    case 'duration':
      return {
        ...base,
        type: 'duration',
        ...compileDuration(p.triggers),
        // Every duration names its unit (or is one of the "half an hour" words, which contain one).
        requires: [words([...MINUTE_UNITS, ...HOUR_UNITS, 'час', 'годин', 'stundig']), firstWords(p.triggers)],
        minMinutes: p.minMinutes,
        maxMinutes: p.maxMinutes,
      };
  }
}
