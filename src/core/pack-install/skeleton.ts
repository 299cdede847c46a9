/**
 * The smallest story pack that passes validation and still shows every part an
 * author fills in: one topic, one seed article, one reference, one entity, one key
 * fact with a stance, one discrepancy, a gate word, a mention rule and a claim
 * check. Every text says what to replace it with. `npm run pack:new -- ID` writes it.
 */
import type { StoryPack } from '../pack/schema';

export const PACK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How every text of the skeleton begins, so an unfilled one is refused at install. */
export const PLACEHOLDER = /^Replace( with|:)/;

const aliases = (name: string) => ({ en: [name], uk: [name], ru: [name], de: [name], fr: [name], es: [name], pl: [name] });

export function packSkeleton(id: string, schemaRef = 'story-pack.schema.json'): StoryPack {
  if (!PACK_ID_PATTERN.test(id)) throw new Error(`"${id}" is not a pack id: use kebab-case (lower-case letters, digits, single hyphens)`);
  // The placeholder names are invented words, so an unedited skeleton never marks a real page.
  const person = 'Placeholder Personname';
  return {
    $schema: schemaRef,
    id,
    version: '0.1.0',
    title: `Replace with the story's title (${id})`,
    summary: 'Replace with two or three sentences on what happened, in your own words.',
    topics: [{ id: 'main', label: 'Replace with a short topic label', summary: 'Replace with what this topic covers.' }],
    sources: [
      {
        id: 's0',
        role: 'seed',
        seedFile: 's0.txt',
        headline: 'Replace with the headline of the first article you compare',
        headlineIsOpeningLine: false,
        kind: 'news',
        published: { date: '2025-01-01', precision: 'stated', how: 'Replace: where the article states its date.' },
        missing: [],
      },
      {
        id: 'r-record',
        role: 'reference',
        name: 'Replace with the outlet or document the facts rest on',
        kind: 'official',
        title: 'Replace with the title of the published item (report, transcript, statement)',
        date: '2025-01-01',
        covers: 'Replace with what this reference is the record for.',
      },
    ],
    entities: [
      {
        id: 'placeholder-person',
        kind: 'person',
        name: person,
        description: 'Replace with who this is, in one sentence.',
        aliases: aliases(person),
      },
    ],
    facts: [
      {
        id: 'event-date',
        topic: 'main',
        question: 'Replace: when did it happen?',
        answer: 'Replace with the answer the record supports.',
        referenceIds: ['r-record'],
        entityIds: ['placeholder-person'],
        key: true,
        sources: {
          s0: { stance: 'wrong', note: 'Replace: what the article says, in your words.', excerpt: 'Replace with at most a short quote' },
        },
      },
    ],
    discrepancies: [
      {
        id: 'd-event-date',
        kind: 'conflict',
        type: 'wrong-date',
        title: 'Replace with a short title for the error',
        right: 'Replace with what the record says.',
        sources: [
          { sourceId: 's0', stance: 'wrong', says: 'Replace: what the article got wrong.', excerpt: 'Replace with at most a short quote' },
        ],
        factIds: ['event-date'],
        referenceIds: ['r-record'],
        severity: 'medium',
        whyItMatters: 'Replace with one or two sentences a teacher can read aloud.',
      },
    ],
    gate: ['placeholder personname'],
    rules: [
      {
        id: 'en-main-names',
        topic: 'main',
        lang: 'en',
        role: 'mention',
        phrases: ['placeholder personname'],
        ambiguous: false,
        factIds: ['event-date'],
        description: 'Replace: what a match of these phrases means.',
      },
    ],
    checks: [
      {
        id: 'chk-event-date',
        discrepancyId: 'd-event-date',
        topic: 'main',
        description: 'Replace: the wrong claim this check flags.',
        pattern: { type: 'sequence', sequences: [[{ any: ['placeholder personname'] }, { gap: 3 }, { any: ['wrong placeholder claim'] }]] },
      },
    ],
  };
}
