/**
 * `npm run scan -- --expect expectations.json pagesDir [--json] [--summary] [--sensitivity S] [--pack P]`
 *
 * Scores a folder of labelled pages (annotation-guide format, see
 * src/core/accuracy/expectations.ts) in Node, in seconds: each page is read with the
 * content script's own text index, gated and matched by the engine as in a browser,
 * and its hits are scored on the reader text with the same scorer the browser suite
 * uses. Page scripts do not run, so text a page adds after load is not seen here
 * (the browser suite waits for it); such phrases show as "not in the text".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseExpectations, type Expectations } from '../core/accuracy/expectations';
import { readerText } from '../core/accuracy/reader-text';
import type { Hit } from '../core/hit';
import { scorePage, summarise, type Mark, type PageScore, type Summary } from '../core/accuracy/score';
import { formatSummary } from '../core/accuracy/format';
import { compilePack } from '../core/detect/compile';
import { createGate } from '../core/detect/gate';
import { analyzeInChunks } from '../core/scan/whole-text';
import { createMatcher } from '../core/detect/matcher';
import type { Sensitivity } from '../core/detect/relevance';
import { validatePack } from '../core/pack/validate';
import { buildTextIndex, rangesFor } from '../dom/text-index';
import { oneHitPerSpan } from '../core/hit-placement';
import { readerTextNodes } from '../dom/reader-text';

export interface PageEngine {
  /** Hits of one page text, as the content script finds them ([] when the gate refuses the text). */
  find(text: string, items?: readonly number[]): Hit[];
}

export function pageEngine(packJson: unknown, sensitivity: Sensitivity): PageEngine {
  const validation = validatePack(packJson);
  if (!validation.ok) throw new Error(`the story pack is invalid: ${validation.problems[0]?.path}: ${validation.problems[0]?.message}`);
  const pack = validation.pack;
  const matcher = createMatcher(compilePack(pack), { sensitivity });
  const gate = createGate(pack.gate);
  return { find: (text, items) => (gate(text) ? analyzeInChunks(matcher, text, items).hits : []) };
}

/** The engine's marks on one page, as offsets into the page's reader text. */
export function markPage(html: string, engine: PageEngine): { text: string; marks: Mark[] } {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(html);
    const body = window.document.body as unknown as Node;
    const index = buildTextIndex(body);
    const nodes = readerTextNodes(body);
    const segmentOf = new Map(nodes.map((n, i) => [n, i]));
    const reader = readerText(nodes.map((n) => n.data));
    const marks: Mark[] = [];
    // As the page layer places them: overlapping hits give way (a flag wins), and a hit
    // that runs across two blocks is not one mention, so it is not placed.
    for (const hit of oneHitPerSpan(engine.find(index.text, index.items), index.text)) {
      if (index.text.slice(hit.start, hit.end).includes('\n')) continue;
      let start = Infinity;
      let end = -1;
      for (const r of rangesFor(index, hit.start, hit.end)) {
        const segment = segmentOf.get(r.node);
        if (segment === undefined) continue;
        start = Math.min(start, reader.at(segment, r.start));
        end = Math.max(end, reader.at(segment, r.end));
      }
      if (end > start) marks.push({ start, end, kind: hit.kind });
    }
    return { text: reader.text, marks };
  } finally {
    void window.happyDOM.close();
  }
}

export function scoreFolder(expectations: Expectations, pagesDir: string, engine: PageEngine): { pages: PageScore[]; summary: Summary } {
  const pages = Object.entries(expectations).map(([file, exp]) => {
    const { text, marks } = markPage(readFileSync(join(pagesDir, file), 'utf8'), engine);
    return scorePage(file, text, exp, marks);
  });
  return { pages, summary: summarise(pages) };
}

export function runExpect(args: {
  expectPath: string;
  pagesDir: string;
  json: boolean;
  summaryOnly: boolean;
  sensitivity: Sensitivity;
  packPath: string;
}): string {
  const expectations = parseExpectations(JSON.parse(readFileSync(args.expectPath, 'utf8')));
  const engine = pageEngine(JSON.parse(readFileSync(args.packPath, 'utf8')), args.sensitivity);
  const result = scoreFolder(expectations, args.pagesDir, engine);
  // --summary: figures only, no page names or phrases (for a split nobody may tune on).
  if (args.summaryOnly) return args.json ? `${JSON.stringify(result.summary, null, 2)}\n` : `${formatSummary([], result.summary)}\n`;
  return args.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatSummary(result.pages, result.summary)}\n`;
}

const DEFAULT_PACK = fileURLToPath(new URL('../../data/witkoff-ushakov.json', import.meta.url));
const EXPECT_USAGE =
  'usage: npm run scan -- --expect expectations.json pagesDir [--json] [--summary] [--sensitivity strict|balanced|broad] [--pack pack.json]';

/** The `--expect` form of the scan command's arguments, or null when `--expect` is absent. */
export function parseExpectArgs(argv: readonly string[]): Parameters<typeof runExpect>[0] | null {
  const at = argv.indexOf('--expect');
  if (at < 0) return null;
  const expectPath = argv[at + 1];
  const rest = [...argv.slice(0, at), ...argv.slice(at + 2)];
  let pagesDir: string | undefined;
  let json = false;
  let summaryOnly = false;
  let sensitivity: Sensitivity = 'balanced';
  let packPath = DEFAULT_PACK;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') json = true;
    else if (a === '--summary') summaryOnly = true;
    else if (a === '--sensitivity' && /^(strict|balanced|broad)$/.test(rest[i + 1] ?? '')) sensitivity = rest[++i] as Sensitivity;
    else if (a === '--pack' && rest[i + 1]) packPath = rest[++i]!;
    else if (!a.startsWith('--') && pagesDir === undefined) pagesDir = a;
    else throw new Error(`unexpected argument ${a}\n${EXPECT_USAGE}`);
  }
  if (!expectPath || !pagesDir) throw new Error(EXPECT_USAGE);
  return { expectPath, pagesDir, json, summaryOnly, sensitivity, packPath };
}
