/**
 * Checks of a pack translation against the pack it translates: every key names an
 * entry and field that exist, the outlet's and the transcript's own words quoted in
 * the pack's text are kept verbatim (they are shown in the language they were said
 * in), placeholders survive, and which reader-facing texts have no translation yet.
 */
import type { Exercise } from '../classroom/exercise-schema';
import type { PackTranslation } from './localise-schema';
import type { StoryPack } from './schema';

/** One reader-facing text, by its key in a translation file (`facts.call-date.sources.s0.note`). */
export interface ReaderText {
  key: string;
  text: string;
}

/** Every text of the pack (and of its exercises) a reader sees and a translation may replace. */
export function readerTexts(pack: StoryPack, exercises: readonly Exercise[] = []): ReaderText[] {
  const out: ReaderText[] = [];
  const add = (key: string, text: string | undefined) => {
    if (text !== undefined) out.push({ key, text });
  };
  add('pack.title', pack.title);
  add('pack.summary', pack.summary);
  for (const t of pack.topics) {
    add(`topics.${t.id}.label`, t.label);
    add(`topics.${t.id}.summary`, t.summary);
  }
  for (const e of pack.entities) {
    add(`entities.${e.id}.name`, e.name);
    add(`entities.${e.id}.description`, e.description);
  }
  for (const f of pack.facts) {
    add(`facts.${f.id}.question`, f.question);
    add(`facts.${f.id}.answer`, f.answer);
    add(`facts.${f.id}.referenceNote`, f.referenceNote);
    for (const [seed, stance] of Object.entries(f.sources)) add(`facts.${f.id}.sources.${seed}.note`, stance.note);
  }
  for (const d of pack.discrepancies) {
    add(`discrepancies.${d.id}.title`, d.title);
    add(`discrepancies.${d.id}.right`, d.right);
    add(`discrepancies.${d.id}.whyItMatters`, d.whyItMatters);
    for (const s of d.sources) add(`discrepancies.${d.id}.sources.${s.sourceId}.says`, s.says);
  }
  for (const x of exercises.filter((e) => e.packId === pack.id)) {
    add(`exercises.${x.id}.title`, x.title);
    add(`exercises.${x.id}.outlet`, x.outlet);
    add(`exercises.${x.id}.brief`, x.brief);
    for (const sentence of x.paragraphs.flat()) {
      add(`exercises.${x.id}.sentences.${sentence.id}.correction`, sentence.error?.correction);
      add(`exercises.${x.id}.sentences.${sentence.id}.explanation`, sentence.error?.explanation);
    }
  }
  return out;
}

/** Every text a translation carries, by the same keys as `readerTexts`. */
export function translatedTexts(translation: PackTranslation): ReaderText[] {
  const out: ReaderText[] = [];
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') out.push({ key: prefix, text: value });
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(prefix === '' ? k : `${prefix}.${k}`, v);
  };
  const { $schema: _schema, packId: _packId, language: _language, ...texts } = translation;
  walk('', texts);
  return out;
}

export interface TranslationProblem {
  key: string;
  message: string;
}

/** Words inside quotation marks: “…”, "…", «…», „…“. */
const QUOTED = /[“"«„]([^“”"«»„]+)[”"»“]/g;
const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const PLACEHOLDER = /\$[1-9](?!\d)|\$[A-Z_]+\$|\{[A-Za-z_]+\}|%s/g;

/** Words the pack quotes from someone else: every excerpt, the transcript, and the practice articles. */
function quotedWords(pack: StoryPack, exercises: readonly Exercise[]): string[] {
  const quotes: string[] = [];
  for (const f of pack.facts) {
    if (f.canonicalQuote) quotes.push(f.canonicalQuote);
    for (const s of Object.values(f.sources)) if (s.excerpt) quotes.push(s.excerpt);
  }
  for (const d of pack.discrepancies) for (const s of d.sources) if (s.excerpt) quotes.push(s.excerpt);
  for (const x of exercises) for (const sentence of x.paragraphs.flat()) quotes.push(sentence.text, x.headline);
  return quotes.map(fold);
}

export function checkTranslation(pack: StoryPack, translation: PackTranslation, exercises: readonly Exercise[] = []): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  if (translation.packId !== pack.id) return [{ key: 'packId', message: `translates pack "${translation.packId}", not "${pack.id}"` }];
  const originals = new Map(readerTexts(pack, exercises).map((r) => [r.key, r.text]));
  const quotes = quotedWords(pack, exercises);
  for (const { key, text } of translatedTexts(translation)) {
    const original = originals.get(key);
    if (original === undefined) {
      problems.push({ key, message: 'names no reader-facing text of the pack (unknown id or field)' });
      continue;
    }
    // Someone else's words stay as they said them: a quoted fragment of an excerpt or the transcript is copied, not translated.
    for (const [, quoted] of original.matchAll(QUOTED)) {
      const words = fold(quoted!);
      if (quotes.some((q) => q.includes(words)) && !fold(text).includes(words)) {
        problems.push({ key, message: `keeps the quoted words "${quoted}" verbatim` });
      }
    }
    const wanted = (original.match(PLACEHOLDER) ?? []).sort().join(' ');
    const got = (text.match(PLACEHOLDER) ?? []).sort().join(' ');
    if (wanted !== got) problems.push({ key, message: `has the placeholders [${got}], the pack has [${wanted}]` });
  }
  return problems;
}

/** Reader-facing texts the translation does not cover yet (they fall back to the pack's language). */
export function untranslated(pack: StoryPack, translation: PackTranslation, exercises: readonly Exercise[] = []): string[] {
  const done = new Set(translatedTexts(translation).map((t) => t.key));
  return readerTexts(pack, exercises)
    .map((r) => r.key)
    .filter((key) => !done.has(key));
}
