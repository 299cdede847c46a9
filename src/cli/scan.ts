/**
 * `npm run scan -- FILE.html | - | file:///path.html [--json] [--sensitivity S] [--pack P]`
 *
 * Scans a saved page the way Lateral's content script does: the page is parsed with
 * happy-dom, its text is extracted with the content script's own buildTextIndex
 * (same skipped elements, same "\n" between blocks), and the detection engine
 * compiled from the story pack runs over it. Prints mentions and discrepancy flags.
 *
 * `--json` prints a stable report (documented in docs/scan-report.md):
 *   {
 *     "format": "lateral-scan-report/1",
 *     "source": string,              // the path, "-" or the file:// URL given
 *     "pack": { "id": string, "version": string | null },
 *     "sensitivity": "strict" | "balanced" | "broad",
 *     "pageRelevant": boolean,       // the page as a whole is about the story
 *     "textLength": number,          // UTF-16 length of the extracted text
 *     "counts": { "mentions": number, "discrepancies": number },
 *     "hits": [{
 *        "kind": "mention" | "discrepancy", "start": number, "end": number,
 *        "text": string,             // the hit's text, whitespace collapsed
 *        "context": string,          // up to 60 chars either side, whitespace collapsed
 *        "ruleId": string, "topic": string, "packId": string, "factIds": string[],
 *        "discrepancyId"?: string, "discrepancyTitle"?: string
 *     }]                              // sorted by start, then end descending
 *   }
 * Exit codes (see HELP): 0 the page was scanned (whatever was found), 1 the input or pack
 * could not be used, 2 a usage mistake.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { analyzeInChunks } from './chunked-analysis';
import { describeBytes, EXIT, notHtmlReason, readLimited, UsageError } from './input';
import { buildTextIndex } from '../dom/text-index';
import { compilePack } from '../core/detect/compile';
import { createGate } from '../core/detect/gate';
import { createMatcher } from '../core/detect/matcher';
import { SENSITIVITY_THRESHOLDS, type Sensitivity } from '../core/detect/relevance';
import { validatePack } from '../core/pack/validate';
import type { Hit } from '../core/hit';
import { parseExpectArgs, runExpect } from './scan-expect';

export const REPORT_FORMAT = 'lateral-scan-report/1';

interface Args {
  source: string;
  json: boolean;
  sensitivity: Sensitivity;
  packPath: string;
}

const DEFAULT_PACK = fileURLToPath(new URL('../../data/witkoff-ushakov.json', import.meta.url));
const USAGE = 'usage: npm run scan -- FILE.html|-|file:///page.html [--json] [--sensitivity strict|balanced|broad] [--pack pack.json]';

/** The largest page scan reads: far above any news page, far below what would exhaust memory. */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;

export const HELP = `${USAGE}

Scans a saved page with Lateral's text extraction and detection engine and prints its
mentions and discrepancy flags (--json: the report in docs/scan-report.md).
Pages up to ${describeBytes(MAX_PAGE_BYTES)} are read; input that is not HTML is scanned as text, with a note.

Exit codes:
  0  the page was scanned (whether or not anything was found)
  1  the page or the pack could not be used (missing, unreadable, too large, invalid)
  2  usage mistake (unknown option, missing argument)`;

export function parseArgs(argv: readonly string[]): Args {
  let source: string | undefined;
  let json = false;
  let sensitivity: Sensitivity = 'balanced';
  let packPath = DEFAULT_PACK;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--sensitivity') {
      const s = argv[++i];
      if (!s || !(s in SENSITIVITY_THRESHOLDS)) throw new UsageError(`--sensitivity must be strict, balanced or broad\n${USAGE}`);
      sensitivity = s as Sensitivity;
    } else if (a === '--pack') {
      const p = argv[++i];
      if (!p) throw new UsageError(`--pack needs a path\n${USAGE}`);
      packPath = p;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else if (source === undefined) source = a;
    else throw new UsageError(`one page at a time\n${USAGE}`);
  }
  if (source === undefined) throw new UsageError(USAGE);
  return { source, json, sensitivity, packPath };
}

/** The page's text, at most MAX_PAGE_BYTES, and a note when it does not look like HTML. */
export function readPage(source: string, limit = MAX_PAGE_BYTES): { html: string; note?: string } {
  const bytes = readLimited(source, limit);
  const reason = notHtmlReason(bytes);
  const html = bytes.toString('utf8');
  return reason ? { html, note: `${source === '-' ? 'standard input' : source} does not look like an HTML page: ${reason}` } : { html };
}

/** Extract page text exactly as the content script does (same buildTextIndex). */
export function extractText(html: string): string {
  return extractIndex(html).text;
}

/** The page's text and its items (entries of a many-story page), as the content script reads them. */
export function extractIndex(html: string): { text: string; items: number[] } {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(html);
    const { text, items } = buildTextIndex(window.document.body as unknown as Node);
    return { text, items };
  } finally {
    dismantle(window.document as unknown as Node);
    void window.happyDOM.close();
  }
}

/**
 * Takes the tree apart leaf first. Closing a happy-dom window walks the tree
 * recursively, which overflows the stack on pages nested thousands of elements deep;
 * an empty document closes in constant depth.
 */
function dismantle(root: Node): void {
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    const parent: Node | null = node.parentNode;
    parent?.removeChild(node);
    node = parent === root ? root.firstChild : parent;
    if (node === root) break;
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface ReportHit extends Hit {
  text: string;
  context: string;
  discrepancyTitle?: string;
}

export interface ScanReport {
  format: typeof REPORT_FORMAT;
  source: string;
  pack: { id: string; version: string | null };
  sensitivity: Sensitivity;
  pageRelevant: boolean;
  textLength: number;
  counts: { mentions: number; discrepancies: number };
  hits: ReportHit[];
  /** False when the page fails the pack's gate: the content script stops there, so no hits. */
  gatePassed: boolean;
  /** True when every full date the page prints lies before the story (the pack's `period`): nothing on it is read. */
  datedBefore: boolean;
}

export function scanHtml(html: string, packJson: unknown, options: { source: string; sensitivity: Sensitivity }): ScanReport {
  const validation = validatePack(packJson);
  if (!validation.ok) {
    const first = validation.problems
      .slice(0, 5)
      .map((p) => `${p.path}: ${p.message}`)
      .join('\n  ');
    throw new Error(`the story pack is invalid:\n  ${first}`);
  }
  const pack = validation.pack;
  const matcher = createMatcher(compilePack(pack), { sensitivity: options.sensitivity });
  const { text, items } = extractIndex(html);
  // The content script never scans a page that fails the gate, so neither does this.
  const gatePassed = createGate(pack.gate)(text);
  const result = gatePassed ? analyzeInChunks(matcher, text, items) : { hits: [], pageRelevant: false };
  const datedBefore = gatePassed && matcher.predated(text).all;
  const titles = new Map(pack.discrepancies.map((d) => [d.id, (d as { title?: string }).title]));
  const hits: ReportHit[] = result.hits.map((h) => {
    const out: ReportHit = {
      kind: h.kind,
      start: h.start,
      end: h.end,
      text: squash(text.slice(h.start, h.end)),
      context: squash(text.slice(Math.max(0, h.start - 60), h.end + 60)),
      ruleId: h.ruleId,
      topic: h.topic,
      packId: h.packId,
      factIds: h.factIds,
    };
    if (h.discrepancyId !== undefined) {
      out.discrepancyId = h.discrepancyId;
      const title = titles.get(h.discrepancyId);
      if (title) out.discrepancyTitle = title;
    }
    return out;
  });
  return {
    format: REPORT_FORMAT,
    source: options.source,
    pack: { id: pack.id, version: pack.version ?? null },
    sensitivity: options.sensitivity,
    pageRelevant: result.pageRelevant,
    textLength: text.length,
    counts: {
      mentions: hits.filter((h) => h.kind === 'mention').length,
      discrepancies: hits.filter((h) => h.kind === 'discrepancy').length,
    },
    hits,
    gatePassed,
    datedBefore,
  };
}

export function formatReport(r: ScanReport): string {
  const lines = [
    `${r.source}: ${r.counts.mentions} mention(s), ${r.counts.discrepancies} discrepancy flag(s)` +
      ` [pack ${r.pack.id}, ${r.sensitivity}${r.pageRelevant ? ', page is about the story' : ''}]`,
  ];
  if (!r.gatePassed) lines.push("  the page names none of the story's anchors (the gate), so Lateral does not scan it");
  if (r.datedBefore) lines.push('  every date the page prints lies before the story happened, so Lateral reads nothing on it');
  for (const h of r.hits) {
    const what = h.kind === 'mention' ? `mention    ${h.topic.padEnd(5)} ${h.ruleId}` : `DISCREPANCY ${h.discrepancyId} (${h.ruleId})`;
    lines.push(`  ${String(h.start).padStart(6)}  ${what}: "${h.text}"`);
    if (h.discrepancyTitle) lines.push(`          ${h.discrepancyTitle}`);
  }
  return lines.join('\n');
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  try {
    const expect = parseExpectArgs(argv);
    if (expect) {
      process.stdout.write(runExpect(expect));
      return;
    }
    const args = parseArgs(argv);
    const { html, note } = readPage(args.source);
    if (note) process.stderr.write(`scan: note: ${note}\n`);
    const packJson: unknown = JSON.parse(readFileSync(args.packPath, 'utf8'));
    const report = scanHtml(html, packJson, { source: args.source, sensitivity: args.sensitivity });
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  } catch (e) {
    process.stderr.write(`scan: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = exitCodeFor(e);
  }
}

/** Usage mistakes exit 2; anything else that stops a scan (file, size, pack) exits 1. */
export function exitCodeFor(error: unknown): number {
  return error instanceof UsageError ? EXIT.usage : EXIT.invalid;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
