/**
 * The accuracy suite's page side: labelled sets on disk, serving their pages, waiting
 * until Lateral has scanned a page (and its late text), reading the marks back from
 * the DOM onto the reader text the labels are written against.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseExpectations, type Expectations, type PageExpectation } from '../../src/core/accuracy/expectations';
import { marksFromPieces, readerText } from '../../src/core/accuracy/reader-text';
import type { Mark } from '../../src/core/accuracy/score';
import { markedSegmentsSource, type MarkedSegments } from '../../src/dom/reader-text';
import type { TestPage } from './harness/session';
import { REPO_ROOT, type StaticServer } from './harness/static-server';

export type SetName =
  'dev' | 'tune' | 'frozen' | 'blind' | 'blind2' | 'blind3' | 'look4' | 'blind4' | 'blind5' | 'blind6' | 'blind7' | 'look8';

/** Sets whose pages and labels are never printed: only their figures. */
export const SEALED: readonly SetName[] = ['frozen', 'blind4', 'blind7'];

export interface LabelledSet {
  name: SetName;
  dir: string;
  expectations: Expectations;
  /** Only figures of this set may be shown: its pages and labels are never printed. */
  sealed: boolean;
}

const SET_DIRS: Record<SetName, string> = {
  dev: resolve(REPO_ROOT, '..', 'shared', 'dev-corpus'),
  tune: join(REPO_ROOT, 'tests', 'accuracy', 'tune'),
  frozen: join(REPO_ROOT, 'tests', 'accuracy', 'frozen'),
  blind: join(REPO_ROOT, 'tests', 'accuracy', 'blind'),
  blind2: join(REPO_ROOT, 'tests', 'accuracy', 'blind2'),
  blind3: join(REPO_ROOT, 'tests', 'accuracy', 'blind3'),
  look4: join(REPO_ROOT, 'tests', 'accuracy', 'look4'),
  blind4: join(REPO_ROOT, 'tests', 'accuracy', 'blind4'),
  blind5: join(REPO_ROOT, 'tests', 'accuracy', 'blind5'),
  blind6: join(REPO_ROOT, 'tests', 'accuracy', 'blind6'),
  blind7: join(REPO_ROOT, 'tests', 'accuracy', 'blind7'),
  look8: join(REPO_ROOT, 'tests', 'accuracy', 'look8'),
};

/** The labelled sets present: the repo's own always, the dev corpus when ../shared has it. */
export function labelledSets(): LabelledSet[] {
  return (Object.keys(SET_DIRS) as SetName[])
    .filter((name) => existsSync(join(SET_DIRS[name], 'expectations.json')))
    .map((name) => ({
      name,
      dir: SET_DIRS[name],
      expectations: parseExpectations(JSON.parse(readFileSync(join(SET_DIRS[name], 'expectations.json'), 'utf8'))),
      sealed: SEALED.includes(name),
    }));
}

export const devCorpusPresent = () => existsSync(join(SET_DIRS.dev, 'expectations.json'));

/** Serves every page of a set at /accuracy/<set>/<file>; returns file -> URL. */
export function serveSet(server: StaticServer, set: LabelledSet): Map<string, string> {
  const urls = new Map<string, string>();
  const pages = new Set(readdirSync(join(set.dir, 'pages')));
  for (const file of Object.keys(set.expectations)) {
    if (!pages.has(file)) throw new Error(`${set.name}: ${set.sealed ? 'a labelled page' : file} is missing from pages/`);
    const path = `/accuracy/${set.name}/${file}`;
    server.route(path, readFileSync(join(set.dir, 'pages', file), 'utf8'));
    urls.set(file, server.url(path));
  }
  return urls;
}

/**
 * In the page, from load on: when Lateral last finished a scan and when the page last
 * changed its own content (mutations that are not Lateral's marks or root).
 */
function watchScans(): void {
  const w = window as unknown as { __acc: { scan: number; change: number } };
  w.__acc = { scan: document.documentElement.hasAttribute('data-lateral-scanned') ? performance.now() : -1, change: -1 };
  const lateral = (n: Node) => n.nodeType === 1 && /^lateral-(mark|root)$/i.test((n as Element).tagName);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        if (r.attributeName === 'data-lateral-scanned' && document.documentElement.hasAttribute('data-lateral-scanned'))
          w.__acc.scan = performance.now();
        continue;
      }
      const nodes = [...r.addedNodes, ...r.removedNodes];
      // Wrapping text in a mark splits text nodes; only element changes of the page's own count.
      if (nodes.some(lateral) || !nodes.some((n) => n.nodeType === 1)) continue;
      w.__acc.change = performance.now();
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-lateral-scanned'] });
}

/**
 * Lateral has scanned everything the page shows: on a page that adds text late, after the
 * page's own change has been seen (a busy machine can run the page's timer well after
 * `dynamicMs`), or, for a page whose late text brings no element, after `quietMs`.
 */
function scanSettled([lateMs, quietMs]: [number, number]): boolean {
  const acc = (window as unknown as { __acc?: { scan: number; change: number } }).__acc;
  if (!acc || !document.documentElement.hasAttribute('data-lateral-scanned')) return false;
  const now = performance.now();
  if (lateMs > 0 && acc.change < 0 && now < quietMs) return false;
  return now >= lateMs && acc.scan >= acc.change;
}

/**
 * A reader types into the labelled fields the page leaves empty, with the keyboard, while
 * Lateral scans. Fields the page fills itself keep their text; a missing field is left for
 * `readPage` to report.
 */
async function typeIntoEmptyFields(page: TestPage, exp: PageExpectation): Promise<void> {
  for (const field of exp.formFields) {
    const empty = await page.evaluate((s: string) => document.querySelector<HTMLInputElement>(s)?.value === '', field.selector);
    if (!empty) continue;
    await page.focus(field.selector);
    await page.type(field.value);
  }
}

/** Loads a labelled page, types into its empty labelled fields, and waits until Lateral has scanned all of its text. */
export async function loadAndSettle(page: TestPage, url: string, exp: PageExpectation): Promise<void> {
  await page.goto(url);
  await page.evaluate(watchScans);
  await typeIntoEmptyFields(page, exp);
  // Late text lands by dynamicMs; a scan must then have finished after the last change.
  const late = exp.dynamicMs === undefined ? 0 : exp.dynamicMs + 250;
  const quiet = late === 0 ? 0 : late + 8_000;
  await page.waitForFunction(scanSettled, [late, quiet] as [number, number], 20_000 + quiet);
}

export interface PageMarks {
  text: string;
  marks: Mark[];
  formValues: (string | null)[];
}

export async function readPage(page: TestPage, exp: PageExpectation): Promise<PageMarks> {
  const read = await page.evaluate((src: string) => (0, eval)(src) as MarkedSegments, markedSegmentsSource());
  const reader = readerText(read.segments);
  const formValues = await page.evaluate(
    (selectors: string[]) => selectors.map((s) => document.querySelector<HTMLInputElement>(s)?.value ?? null),
    exp.formFields.map((f) => f.selector),
  );
  return { text: reader.text, marks: marksFromPieces(reader, read.segments, read.pieces), formValues };
}
