/**
 * The welcome page's sample article is marked as a news page with the same text would be:
 * the paragraphs read as one text, so a paragraph whose mention leans on the one before
 * it is marked too, and nothing is marked that the page scan would not mark.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { analyzeInChunks } from '../../../../src/core/scan/whole-text';
import { SAMPLE_PARAGRAPHS, sampleSegments } from '../../../../src/ui/welcome/sample-article';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());
const marked = (paragraph: { text: string; hit?: unknown }[]) => paragraph.filter((s) => s.hit).map((s) => s.text);

describe('welcome sample article', () => {
  it('marks every paragraph, the one that leans on the paragraph before it included', () => {
    const paragraphs = sampleSegments(matcher);
    expect(paragraphs).toHaveLength(SAMPLE_PARAGRAPHS.length);
    for (const [i, paragraph] of paragraphs.entries()) expect(marked(paragraph).length, SAMPLE_PARAGRAPHS[i]).toBeGreaterThan(0);
    // "In the call, Witkoff floated…": on its own, the engine has no reason to read it as the story.
    expect(marked(paragraphs[1]!)).toEqual(expect.arrayContaining(['call', 'Witkoff']));
    expect(
      paragraphs
        .flat()
        .filter((s) => (s.hit as { kind?: string } | undefined)?.kind === 'discrepancy')
        .map((s) => s.text),
    ).toEqual(['October 14, 2023']);
  });

  it('keeps each paragraph’s text whole and shows the marks the page scan finds, no more', () => {
    const paragraphs = sampleSegments(matcher);
    expect(paragraphs.map((p) => p.map((s) => s.text).join(''))).toEqual(SAMPLE_PARAGRAPHS);
    const { hits } = analyzeInChunks(matcher, SAMPLE_PARAGRAPHS.join('\n'));
    const text = SAMPLE_PARAGRAPHS.join('\n');
    expect(paragraphs.flatMap(marked)).toEqual(hits.map((h) => text.slice(h.start, h.end)));
  });
});
