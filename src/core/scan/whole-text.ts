/**
 * The engine over a whole page's text, through the same incremental scan the content
 * script steps (scan.ts): chunks cut at line breaks keep every engine call small, so the
 * time grows with the text; relevance carries from chunk to chunk, and when it is reached
 * late, the earlier chunks are read again with it. For callers that read a text at once
 * (the CLI, the welcome page's sample article) and want what a page would show.
 */
import type { Matcher, ScanResult } from '../detect/index';
import type { ItemSpans } from '../detect/items';
import { Scan } from './scan';

export function analyzeInChunks(matcher: Matcher, text: string, items: ItemSpans = []): Pick<ScanResult, 'hits' | 'pageRelevant'> {
  const page = { pageRelevant: false };
  const scan = new Scan(matcher, text, page, items);
  while (!scan.step(Number.POSITIVE_INFINITY));
  const hits = [...scan.hits].sort((a, b) => a.start - b.start || b.end - a.end);
  return { hits, pageRelevant: page.pageRelevant };
}
