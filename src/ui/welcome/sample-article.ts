/**
 * The welcome page's sample article and its marks. The article is read as a page is: its
 * paragraphs as one text, one line break between them as the text index puts between
 * blocks, through the scan the content script runs. A paragraph whose mention leans on
 * the one before it ("In the call, Witkoff…") is then marked as it would be on a news page.
 */
import type { Matcher } from '../../core/detect/index';
import { analyzeInChunks } from '../../core/scan/whole-text';
import { segmentsOf, type Segment } from './segments';

export const SAMPLE_PARAGRAPHS = [
  'Steve Witkoff spoke with Yuri Ushakov for a little over five minutes, according to a recording Bloomberg published.',
  'In the call, Witkoff floated a 20-point proposal modelled on the Gaza deal and said a settlement would take Donetsk.',
  'The October 14, 2023 call between Witkoff and Ushakov came weeks before the 28-point plan for Ukraine reached Kyiv.',
];

/** Each paragraph as plain and marked runs. */
export function sampleSegments(matcher: Matcher, paragraphs: readonly string[] = SAMPLE_PARAGRAPHS): Segment[][] {
  const text = paragraphs.join('\n');
  const { hits } = analyzeInChunks(matcher, text);
  let start = 0;
  return paragraphs.map((paragraph) => {
    const end = start + paragraph.length;
    const inside = hits.filter((h) => h.start >= start && h.end <= end).map((h) => ({ ...h, start: h.start - start, end: h.end - start }));
    start = end + 1;
    return segmentsOf(paragraph, inside);
  });
}
