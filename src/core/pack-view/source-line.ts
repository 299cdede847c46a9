/**
 * How the popover names an outlet: what it is, when it published, and where to read
 * it when the pack knows. Seed articles carry no outlet name in the pack, so they are
 * named by kind and headline; references by name and, when known, their report's link.
 * Pure: the UI turns `kind` and the date into words in the reader's language.
 */
import type { Source, StoryPack } from '../pack/schema';

export interface SourceLine {
  id: string;
  /** The outlet's name (references) or the article's headline (seeds). */
  name: string;
  /** Seeds: 1-based position among the pack's seed articles, the classroom's "Article N". */
  number?: number;
  /** `news`, `aggregator`, `blog`, `wire`, `social`, `official` or `consensus`. */
  kind: string;
  /** Publication day (YYYY-MM-DD) or, for a range, its earliest day; absent when unknown. */
  date?: string;
  /** True when the article prints no date and `date` was inferred. */
  dateInferred: boolean;
  /** True when only the earliest possible day is known. */
  dateIsEarliest: boolean;
  url?: string;
}

export function sourceLine(pack: StoryPack, source: Source): SourceLine {
  if (source.role === 'reference') {
    const url = source.url;
    return { id: source.id, name: source.name, kind: source.kind, dateInferred: false, dateIsEarliest: false, ...(url ? { url } : {}) };
  }
  const { published } = source;
  const date = published.date ?? published.earliest;
  const number = pack.sources.filter((s) => s.role === 'seed').indexOf(source) + 1;
  return {
    id: source.id,
    name: source.headline,
    ...(number > 0 ? { number } : {}),
    kind: source.kind,
    ...(date ? { date } : {}),
    dateInferred: published.precision !== 'stated',
    dateIsEarliest: published.date === undefined && published.earliest !== undefined,
  };
}
