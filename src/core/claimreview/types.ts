/**
 * The slice of schema.org's ClaimReview (https://schema.org/ClaimReview) Lateral writes
 * and reads: a fact-check of one claim, where the claim appeared, and its rating.
 */
export const SCHEMA_ORG = 'https://schema.org';

export interface ThingRef {
  '@type': 'Organization' | 'Person';
  name: string;
  url?: string;
}

export interface CreativeWorkRef {
  '@type': 'CreativeWork';
  headline?: string;
  name?: string;
  url?: string;
  datePublished?: string;
  author?: ThingRef;
}

export interface Rating {
  '@type': 'Rating';
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  /** The verdict in words ("False", "Misleading"); what readers and search engines show. */
  alternateName: string;
}

export interface ClaimReview {
  '@type': 'ClaimReview';
  /** The discrepancy id in the pack, so an import keeps it. */
  identifier: string;
  name: string;
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: ThingRef;
    datePublished?: string;
    appearance?: CreativeWorkRef[];
    firstAppearance?: CreativeWorkRef;
  };
  reviewRating: Rating;
  /** The correction: what the record says. */
  reviewBody: string;
  /** Why the error matters. */
  description: string;
  /** The discrepancy type (wrong-date, misattribution...). */
  keywords: string;
  author: ThingRef;
  url?: string;
  datePublished?: string;
  inLanguage?: string;
}

export interface ClaimReviewGraph {
  '@context': typeof SCHEMA_ORG;
  '@graph': ClaimReview[];
}

/** Verdicts by how far a source is from the record (the pack's stances). */
export const RATINGS = {
  wrong: { ratingValue: 1, alternateName: 'False' },
  differs: { ratingValue: 2, alternateName: 'Misleading' },
  // The record cannot confirm the claim: not the same as false.
  unconfirmed: { ratingValue: 3, alternateName: 'Unproven' },
  silent: { ratingValue: 3, alternateName: 'Missing context' },
} as const;
export const BEST_RATING = 5;
export const WORST_RATING = 1;
