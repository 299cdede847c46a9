/**
 * How much of each seed article the pack carries. Excerpts are evidence, not a
 * copy of the article: together, everything the pack quotes from one outlet
 * (excerpts and the headline) may cover at most EXCERPT_BUDGET of that
 * article's words. Words quoted twice count once, since they are the same words.
 * Pure: the caller supplies the article texts (the pack never ships them).
 */
import { normalizeForProvenance } from './evidence';
import type { IntegrityProblem, PathSegment } from './integrity';
import type { StoryPack } from './schema';

/** At most a fifth of any outlet's words. */
export const EXCERPT_BUDGET = 0.2;

export interface QuotedText {
  path: PathSegment[];
  text: string;
}

export interface ExcerptShare {
  sourceId: string;
  /** Words in the article. */
  words: number;
  /** Article words covered by at least one excerpt or the headline. */
  quoted: number;
  share: number;
  /** Excerpts that could not be found in the article (the provenance test reports them). */
  notFound: QuotedText[];
}

/** Everything the pack quotes from one seed, with where it sits in the pack. */
export function quotedFrom(pack: StoryPack, sourceId: string): QuotedText[] {
  const out: QuotedText[] = [];
  pack.sources.forEach((s, i) => {
    if (s.id === sourceId && s.role === 'seed') out.push({ path: ['sources', i, 'headline'], text: s.headline });
  });
  pack.facts.forEach((f, fi) => {
    const excerpt = f.sources[sourceId]?.excerpt;
    if (excerpt) out.push({ path: ['facts', fi, 'sources', sourceId, 'excerpt'], text: excerpt });
  });
  pack.discrepancies.forEach((d, di) => {
    d.sources.forEach((s, si) => {
      if (s.sourceId === sourceId && s.excerpt) out.push({ path: ['discrepancies', di, 'sources', si, 'excerpt'], text: s.excerpt });
    });
  });
  return out;
}

export function excerptShare(pack: StoryPack, sourceId: string, article: string): ExcerptShare {
  const text = normalizeForProvenance(article);
  const covered = new Uint8Array(text.length);
  const notFound: QuotedText[] = [];
  for (const quoted of quotedFrom(pack, sourceId)) {
    const needle = normalizeForProvenance(quoted.text);
    const at = needle === '' ? -1 : text.indexOf(needle);
    if (at < 0) {
      notFound.push(quoted);
      continue;
    }
    covered.fill(1, at, at + needle.length);
  }
  let words = 0;
  let quoted = 0;
  for (const m of text.matchAll(/\S+/g)) {
    words++;
    if (covered.subarray(m.index, m.index + m[0].length).includes(1)) quoted++;
  }
  return { sourceId, words, quoted, share: words === 0 ? 0 : quoted / words, notFound };
}

/** One problem per seed over budget, pointing at the seed's entry in `sources`. */
export function checkExcerptBudget(pack: StoryPack, articles: ReadonlyMap<string, string>, budget = EXCERPT_BUDGET): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  pack.sources.forEach((s, i) => {
    const article = articles.get(s.id);
    if (s.role !== 'seed' || article === undefined) return;
    const share = excerptShare(pack, s.id, article);
    if (share.share > budget) {
      problems.push({
        path: ['sources', i],
        message: `the pack quotes ${share.quoted} of ${share.words} words (${(share.share * 100).toFixed(1)}%) of "${s.id}"; at most ${budget * 100}% may be quoted, so keep only the words that carry each point`,
      });
    }
  });
  return problems;
}
