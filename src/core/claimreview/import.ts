/**
 * A ClaimReview file or feed as a minimal story pack: each reviewed claim becomes a
 * flag. The claim's words (the first 120 characters, as literal text) are what a page
 * must repeat to be flagged; the review's verdict, correction and author come with it
 * into the popover. Outlets where the claim appeared become the pack's sources, the
 * fact-checkers its references. The result goes through the same validation as any
 * pack, so it installs like one.
 */
import { DISCREPANCY_TYPE_IDS, type DiscrepancyTypeId, type StoryPack } from '../pack/schema';
import { validatePack, type Problem } from '../pack/validate';
import { readClaimReviews, type ReadReview } from './read';
import { RATINGS } from './types';

/** The gate takes at most 40 entries; one per claim. */
export const MAX_IMPORTED_CLAIMS = 40;
const PHRASE_MAX = 120;
const GATE_WORD_MAX = 80;
const EXCERPT_WORDS = 29;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DEFAULT_TYPE: DiscrepancyTypeId = 'mischaracterised-content';

export interface ImportOptions {
  /** The import's date, for reviews that carry none (defaults to now). */
  today?: Date;
  id?: string;
  title?: string;
  version?: string;
}

export type ImportResult = { ok: true; pack: StoryPack; notes: string[] } | { ok: false; problems: Problem[] };

/**
 * What a page must repeat to be flagged: the longest stretch of the claim free of
 * characters a phrase may not hold (pattern syntax), cut to a phrase's length at a word.
 */
export function claimPhrase(claim: string): string {
  const pieces = claim.split(/[\\^$|()[\]{}?+*]/).map((piece) => piece.replace(/\s+/g, ' ').trim());
  const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length <= PHRASE_MAX) return longest;
  const cut = longest.slice(0, PHRASE_MAX + 1);
  return cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : PHRASE_MAX).trim();
}

/**
 * The claim's gate word: its longest stretch of letters, digits, spaces and light
 * punctuation, at most 80 characters, so the pack passes an installed pack's limits.
 */
export function claimGateWord(phrase: string): string {
  const pieces = phrase.split(/[^\p{L}\p{N} '’.,&-]+/u).map((p) => p.trim());
  let word = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (word.length > GATE_WORD_MAX)
    word = word.slice(0, word.lastIndexOf(' ', GATE_WORD_MAX) > 10 ? word.lastIndexOf(' ', GATE_WORD_MAX) : GATE_WORD_MAX);
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').toLowerCase();
}

/** Seeds for a review that names no place where the claim appeared; an export leaves them out. */
export const UNNAMED_SEED = /^unnamed-appearance-/;

const firstWords = (s: string, n: number) => s.trim().split(/\s+/).slice(0, n).join(' ');
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'x';
const isoDay = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined);
const httpUrl = (s: string | undefined) => {
  try {
    return s && /^https?:$/.test(new URL(s).protocol) ? s : undefined;
  } catch {
    return undefined;
  }
};

/** The verdict in words and the stance it stands for (Lateral's own words map back exactly). */
function verdict(review: ReadReview): { word: string; stance: 'wrong' | 'differs' | 'unconfirmed' | 'silent' } {
  const word = review.reviewRating.alternateName ?? review.reviewRating.name ?? String(review.reviewRating.ratingValue ?? 'Rated');
  if (word === RATINGS.silent.alternateName) return { word, stance: 'silent' };
  if (word === RATINGS.unconfirmed.alternateName || /unproven|unverified|unsupported/i.test(word)) return { word, stance: 'unconfirmed' };
  const mild = word === RATINGS.differs.alternateName || /mislead|context|partly|half|mixed|exaggerat/i.test(word);
  return { word, stance: mild ? 'differs' : 'wrong' };
}

function typeOf(review: ReadReview): DiscrepancyTypeId {
  const words = typeof review.keywords === 'string' ? review.keywords.split(/[,\s]+/) : (review.keywords ?? []);
  return (words.find((w) => (DISCREPANCY_TYPE_IDS as readonly string[]).includes(w)) as DiscrepancyTypeId | undefined) ?? DEFAULT_TYPE;
}

export function importClaimReviews(json: unknown, options: ImportOptions = {}): ImportResult {
  const read = readClaimReviews(json);
  if (read.reviews.length === 0) return { ok: false, problems: read.problems };
  const notes = read.problems.map((p) => `left out ${p.path}: ${p.message}`);
  const reviews = read.reviews.filter((r) => claimPhrase(r.claimReviewed).length >= 2);
  if (reviews.length > MAX_IMPORTED_CLAIMS) notes.push(`kept the first ${MAX_IMPORTED_CLAIMS} of ${reviews.length} claims`);
  const kept = reviews.slice(0, MAX_IMPORTED_CLAIMS);

  const references = new Map<string, { id: string; name: string; url?: string; count: number; latest?: string }>();
  const referenceFor = (review: ReadReview) => {
    const key = review.author.name;
    const ref = references.get(key) ?? {
      id: `r-${slug(key)}-${references.size + 1}`,
      name: key,
      url: httpUrl(review.author.url),
      count: 0,
    };
    ref.count++;
    const published = isoDay(review.datePublished);
    if (published && (!ref.latest || published > ref.latest)) ref.latest = published;
    references.set(key, ref);
    return ref.id;
  };
  const usedIds = new Set<string>();
  const discrepancyId = (review: ReadReview, i: number) => {
    const wanted = String(review.identifier ?? '');
    const id = ID.test(wanted) && !usedIds.has(wanted) && wanted.length <= 80 ? wanted : `d-claim-${i + 1}`;
    usedIds.add(id);
    return id;
  };

  // One seed per place the claim appeared (at least one), so an export of the pack lists them all again.
  const seedsOf = kept.map((review, i) => {
    const listed = [review.itemReviewed?.firstAppearance, ...[review.itemReviewed?.appearance ?? []].flat()].filter((a) => a !== undefined);
    const unique = listed.filter((a, k) => listed.findIndex((b) => JSON.stringify(b) === JSON.stringify(a)) === k);
    const outlet = review.itemReviewed?.author?.name;
    return (unique.length > 0 ? unique : [undefined]).map((appearance, k) => {
      const date = appearance ? isoDay(appearance.datePublished) : isoDay(review.itemReviewed?.datePublished);
      return {
        id: `appearance-${i + 1}-${k + 1}`,
        role: 'seed' as const,
        seedFile: `${appearance ? '' : 'unnamed-'}appearance-${i + 1}-${k + 1}.txt`,
        headline:
          appearance?.headline ??
          appearance?.name ??
          (outlet ? `Claim by ${outlet}` : 'Where the claim appeared (not named in the review)'),
        headlineIsOpeningLine: false,
        kind: 'news' as const,
        published: date
          ? { date, precision: 'stated' as const, how: 'From the ClaimReview.' }
          : { precision: 'unknown' as const, how: 'The ClaimReview gives no date.' },
        missing: [],
      };
    });
  });
  const seeds = seedsOf.flat();

  const claims = kept.map((review, i) => {
    const { word, stance } = verdict(review);
    const excerpt = firstWords(review.claimReviewed, EXCERPT_WORDS);
    const seedIds = new Set(seedsOf[i]!.map((seed) => seed.id));
    return {
      review,
      i,
      word,
      stance,
      excerpt,
      seedIds,
      phrase: claimPhrase(review.claimReviewed),
      referenceId: referenceFor(review),
      id: discrepancyId(review, i),
    };
  });
  const authors = [...references.values()];
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);

  const pack: StoryPack = {
    id: options.id ?? 'claimreview-import',
    version: options.version ?? '1.0.0',
    title: options.title ?? `Claims checked by ${[...references.keys()].join(', ')}`,
    ...(authors.length === 1 ? { maintainer: { name: authors[0]!.name, ...(authors[0]!.url ? { url: authors[0]!.url } : {}) } } : {}),
    summary: `${kept.length} claim(s) reviewed by ${[...references.keys()].join(', ')}, imported from ClaimReview data. A page that repeats one of them word for word is flagged.`,
    topics: [
      { id: 'claims', label: 'Fact-checked claims', summary: 'Claims rated by fact-checkers, with their verdicts and corrections.' },
    ],
    sources: [
      ...seeds,
      ...[...references.values()].map((r) => ({
        id: r.id,
        role: 'reference' as const,
        name: r.name,
        kind: 'news' as const,
        // The reviews are the published items the record rests on; without a review date
        // the day of the import stands in, and the title says so.
        title: r.latest ? `Fact-checks by ${r.name}` : `Fact-checks by ${r.name} (undated; imported ${today})`,
        date: r.latest ?? today,
        ...(r.url ? { url: r.url } : {}),
        covers: `Fact-check of ${r.count} claim(s).`,
      })),
    ],
    entities: [],
    facts: claims.map((c) => ({
      id: `claim-${c.i + 1}`,
      topic: 'claims',
      question: c.review.name ?? `Is it true that: ${firstWords(c.review.claimReviewed, 20)}?`,
      answer: c.review.reviewBody ?? `${c.review.author.name} rates it "${c.word}".`,
      referenceIds: [c.referenceId],
      entityIds: [],
      key: true,
      sources: Object.fromEntries(
        seeds.map((seed) => [
          seed.id,
          c.seedIds.has(seed.id) && c.stance !== 'silent'
            ? { stance: c.stance, note: `Carries the claim, rated "${c.word}".`, excerpt: c.excerpt }
            : {
                stance: 'silent' as const,
                note: c.seedIds.has(seed.id) ? `Leaves out context; rated "${c.word}".` : 'Does not carry this claim.',
              },
        ]),
      ),
    })),
    discrepancies: claims.map((c) => ({
      id: c.id,
      kind: 'conflict' as const,
      type: typeOf(c.review),
      title: c.review.name ?? firstWords(c.review.claimReviewed, 12),
      right: c.review.reviewBody ?? `${c.review.author.name} rates it "${c.word}".`,
      sources: [...c.seedIds].map((sourceId) => ({
        sourceId,
        stance: c.stance,
        says: `Rated "${c.word}" by ${c.review.author.name}.`,
        excerpt: c.excerpt,
      })),
      factIds: [`claim-${c.i + 1}`],
      referenceIds: [c.referenceId],
      severity: c.stance === 'wrong' ? ('high' as const) : ('medium' as const),
      whyItMatters: c.review.description ?? `${c.review.author.name} rates this claim "${c.word}".`,
    })),
    gate: [...new Set(claims.map((c) => claimGateWord(c.phrase)).filter((w) => w.length >= 2))],
    rules: [
      // The claim's own words are both the mention and its context: a page that repeats
      // them is about the claim, which is what lets the flag through relevance.
      {
        id: 'claims',
        topic: 'claims',
        lang: 'en',
        role: 'mention',
        phrases: claims.map((c) => c.phrase),
        ambiguous: false,
        description: 'The reviewed claims, word for word.',
      },
      {
        id: 'claims-context',
        topic: 'claims',
        lang: 'en',
        role: 'context',
        phrases: claims.map((c) => c.phrase),
        ambiguous: true,
        description: 'The reviewed claims as context.',
      },
    ],
    checks: claims.map((c) => ({
      id: `chk-${c.id}`.slice(0, 80).replace(/-+$/, ''),
      discrepancyId: c.id,
      topic: 'claims',
      description: `Repeats a claim rated "${c.word}".`.slice(0, 300),
      pattern: { type: 'sequence' as const, sequences: [[{ any: [c.phrase] }]] },
    })),
  };
  const validated = validatePack(pack);
  return validated.ok ? { ok: true, pack: validated.pack, notes } : { ok: false, problems: validated.problems };
}
