/**
 * What an unseen page is likely to hold near the call, in ten languages: other calls,
 * meetings and summits with their own dates and lengths, publication stamps, lengths of
 * other things, roles of other people, the army cap written in unusual ways, corrections,
 * questions and conditionals stay unflagged; fresh phrasings of each known error are
 * flagged. The sentences are in tests/fixtures/flags/unseen-probes.ts.
 */
import { describe, expect, it } from 'vitest';
import { flagsAfterStory } from '../../../fixtures/flags/story-sentence';
import { FLAGGED, NO_FLAG } from '../../../fixtures/flags/unseen-probes';

const ids = (sentence: string) => [...new Set(flagsAfterStory(sentence).map((f) => f.id))].sort();

describe('no flag where the record agrees, the words are about something else or the page corrects them', () => {
  it.each(NO_FLAG)('%s', (sentence) => {
    expect(ids(sentence)).toEqual([]);
  });
});

describe('fresh phrasings of the known errors are flagged', () => {
  it.each(FLAGGED)('%s', (sentence, flags) => {
    expect(ids(sentence)).toEqual([...flags].sort());
  });
});
