/**
 * A story pack's discrepancies as schema.org ClaimReview JSON-LD, one review per
 * error: the claim as an outlet printed it (its excerpt, else our summary of it),
 * where it appeared, the verdict, and the record as the correction. Fact-checkers'
 * tools and search engines read this format; `importClaimReviews` reads it back.
 */
import { UNNAMED_SEED } from './import';
import type { DiscrepancySource, SeedSource, StoryPack } from '../pack/schema';
import {
  BEST_RATING,
  RATINGS,
  SCHEMA_ORG,
  WORST_RATING,
  type ClaimReview,
  type ClaimReviewGraph,
  type CreativeWorkRef,
  type ThingRef,
} from './types';

export interface ExportOptions {
  /** Page that publishes the reviews; each review's url is this plus "#<discrepancy id>". */
  reviewUrl?: string;
  /** YYYY-MM-DD the reviews are published. */
  datePublished?: string;
}

function maintainer(pack: StoryPack): ThingRef {
  const m = pack.maintainer;
  return m
    ? { '@type': 'Organization', name: m.name, ...(m.url ? { url: m.url } : {}) }
    : { '@type': 'Organization', name: `Lateral story pack "${pack.title}"` };
}

function appearance(seed: SeedSource | undefined): CreativeWorkRef | undefined {
  if (!seed || UNNAMED_SEED.test(seed.seedFile)) return undefined;
  return { '@type': 'CreativeWork', headline: seed.headline, ...(seed.published.date ? { datePublished: seed.published.date } : {}) };
}

/** The source that carries the error: the first that is wrong, then differs, then silent. */
function erring(sources: readonly DiscrepancySource[]): DiscrepancySource | undefined {
  for (const stance of ['wrong', 'differs', 'unconfirmed', 'silent'] as const) {
    const found = sources.find((s) => s.stance === stance);
    if (found) return found;
  }
  return undefined;
}

export function exportClaimReviews(pack: StoryPack, options: ExportOptions = {}): ClaimReviewGraph {
  const seeds = new Map(pack.sources.filter((s): s is SeedSource => s.role === 'seed').map((s) => [s.id, s]));
  const author = maintainer(pack);
  const reviews = pack.discrepancies.map((d): ClaimReview => {
    const source = erring(d.sources);
    const verdict = RATINGS[source && source.stance !== 'agrees' ? source.stance : 'wrong'];
    const appearances = d.sources
      .filter((s) => s.stance !== 'agrees')
      .map((s) => appearance(seeds.get(s.sourceId)))
      .filter((a): a is CreativeWorkRef => a !== undefined);
    return {
      '@type': 'ClaimReview',
      identifier: d.id,
      name: d.title,
      claimReviewed: source?.excerpt ?? source?.says ?? d.title,
      itemReviewed: {
        '@type': 'Claim',
        ...(appearances.length > 0 ? { appearance: appearances, firstAppearance: appearances[0] } : {}),
        ...(appearances[0]?.datePublished ? { datePublished: appearances[0].datePublished } : {}),
      },
      reviewRating: { '@type': 'Rating', ...verdict, bestRating: BEST_RATING, worstRating: WORST_RATING },
      reviewBody: d.right,
      description: d.whyItMatters,
      keywords: d.type,
      author,
      ...(options.reviewUrl ? { url: `${options.reviewUrl}#${d.id}` } : {}),
      ...(options.datePublished ? { datePublished: options.datePublished } : {}),
    };
  });
  return { '@context': SCHEMA_ORG, '@graph': reviews };
}
