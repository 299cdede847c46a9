/**
 * Reading ClaimReview JSON-LD from outside: one review, an array, an ItemList, a
 * DataFeed or an @graph, nested as publishers nest them. Every review is checked
 * with zod; a bad one is reported with its JSON path and the good ones still come
 * through, so one broken entry in a long feed does not lose the rest.
 */
import { z } from 'zod';
import { formatPath, type Problem } from '../pack/validate';

const TEXT_MAX = 2_000;
/** Reviews read from one file at most; a feed is read in order. */
export const MAX_REVIEWS_READ = 5_000;

const text = z.string().trim().min(1).max(TEXT_MAX);
const thing = z.union([
  text.transform((name) => ({ name, url: undefined })),
  z.looseObject({ name: text, url: z.string().max(TEXT_MAX).optional() }),
]);
const work = z.looseObject({
  headline: text.optional(),
  name: text.optional(),
  url: z.string().max(TEXT_MAX).optional(),
  datePublished: z.string().max(40).optional(),
  author: z.union([thing, z.array(thing)]).optional(),
});
const one = <T extends z.ZodType>(schema: T) =>
  z.union([
    schema,
    z
      .array(schema)
      .min(1)
      .transform((list) => list[0]!),
  ]);

export const readReviewSchema = z.looseObject({
  identifier: z.union([z.string().max(200), z.number()]).optional(),
  name: text.optional(),
  claimReviewed: text,
  itemReviewed: z
    .looseObject({
      author: one(thing).optional(),
      datePublished: z.string().max(40).optional(),
      appearance: z.union([work, z.array(work)]).optional(),
      firstAppearance: work.optional(),
    })
    .optional(),
  reviewRating: one(
    z.looseObject({
      alternateName: text.optional(),
      name: text.optional(),
      ratingValue: z.union([z.number(), z.string().max(20)]).optional(),
    }),
  ),
  reviewBody: text.optional(),
  description: text.optional(),
  keywords: z.union([z.string().max(TEXT_MAX), z.array(z.string().max(200))]).optional(),
  author: one(thing),
  url: z.string().max(TEXT_MAX).optional(),
  datePublished: z.string().max(40).optional(),
  inLanguage: z.string().max(20).optional(),
});

export type ReadReview = z.infer<typeof readReviewSchema>;

const typeOf = (node: Record<string, unknown>): string[] => {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t])
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^(https?:\/\/schema\.org\/|schema:)/, ''));
};

/** Every ClaimReview node under `json`, with its JSON path. */
function collect(json: unknown): { node: unknown; path: PropertyKey[] }[] {
  const found: { node: unknown; path: PropertyKey[] }[] = [];
  const visit = (node: unknown, path: PropertyKey[], depth: number) => {
    if (depth > 8 || found.length >= MAX_REVIEWS_READ) return;
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, [...path, i], depth + 1));
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if (typeOf(obj).includes('ClaimReview')) return void found.push({ node, path });
    for (const key of ['@graph', 'itemListElement', 'dataFeedElement', 'item']) {
      if (key in obj) visit(obj[key], [...path, key], depth + 1);
    }
  };
  visit(json, [], 0);
  return found;
}

export function readClaimReviews(json: unknown): { reviews: ReadReview[]; problems: Problem[] } {
  const reviews: ReadReview[] = [];
  const problems: Problem[] = [];
  for (const { node, path } of collect(json)) {
    const parsed = readReviewSchema.safeParse(node);
    if (parsed.success) reviews.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push({ path: formatPath([...path, ...issue.path]), message: issue.message });
  }
  if (reviews.length === 0 && problems.length === 0)
    problems.push({ path: '(root)', message: 'no ClaimReview found (looked in the object, arrays, @graph, ItemList and DataFeed)' });
  return { reviews, problems };
}
