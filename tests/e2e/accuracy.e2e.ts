/**
 * Accuracy on labelled pages, in the built extension, in real Chromium and Firefox ESR.
 *
 * Every labelled set present is served over http: the development corpus
 * (../shared/dev-corpus, whenever it exists beside the checkout) and the repo's own
 * tests/accuracy/tune, blind, blind2, look4, frozen, blind3, blind4, blind5, blind6, blind7 and look8. Each page is loaded, Lateral's scan
 * (and, on pages that add text late, the scan after it) is awaited, the marks are read
 * from the DOM onto the text the labels are written against, and the page is scored
 * by the annotation guide's measures (src/core/accuracy/score.ts, the scorer the CLI
 * uses). Each set must meet its floors (accuracy-floors.ts). Figures go to
 * .tmp/accuracy/<browser>.json, which `npm run accuracy` turns into docs/accuracy.md;
 * the sealed splits' (frozen, blind4, blind7) pages and labels are never printed, only their figures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markPage, pageEngine } from '../../src/cli/scan-expect';
import { scorePage, summarise, type Mark, type PageScore } from '../../src/core/accuracy/score';
import { FLOORS } from './accuracy-floors';
import {
  devCorpusPresent,
  labelledSets,
  SEALED,
  loadAndSettle,
  readPage,
  serveSet,
  type LabelledSet,
  type SetName,
} from './accuracy-support';
import { launchExtension, type BrowserName, type ExtensionSession } from './harness/session';
import { REPO_ROOT, startStaticServer, type StaticServer } from './harness/static-server';

const sets = labelledSets();
console.log(
  `accuracy: sets ${sets.map((s) => `${s.name} (${Object.keys(s.expectations).length} pages)`).join(', ')}` +
    (devCorpusPresent() ? '' : '; ../shared/dev-corpus is absent, so the development corpus is not run'),
);

interface SetRun {
  scores: PageScore[];
  marks: Map<string, { text: string; marks: Mark[] }>;
  formProblems: string[];
}

async function runSet(session: ExtensionSession, server: StaticServer, set: LabelledSet): Promise<SetRun> {
  const urls = serveSet(server, set);
  const run: SetRun = { scores: [], marks: new Map(), formProblems: [] };
  for (const [file, exp] of Object.entries(set.expectations)) {
    const page = await session.newPage();
    try {
      await loadAndSettle(page, urls.get(file)!, exp);
      const read = await readPage(page, exp);
      run.scores.push(scorePage(file, read.text, exp, read.marks));
      run.marks.set(file, read);
      exp.formFields.forEach((f, i) => {
        if (read.formValues[i] !== f.value) run.formProblems.push(set.sealed ? `a field of a ${set.name} page` : `${file} ${f.selector}`);
      });
    } finally {
      await page.close();
    }
  }
  return run;
}

function report(browser: BrowserName, runs: Map<SetName, SetRun>): void {
  const out: Record<string, unknown> = { browser, when: new Date().toISOString(), sets: {} };
  for (const [name, run] of runs) {
    const sealed = SEALED.includes(name);
    (out.sets as Record<string, unknown>)[name] = { summary: summarise(run.scores), pages: sealed ? undefined : run.scores };
  }
  mkdirSync(join(REPO_ROOT, '.tmp', 'accuracy'), { recursive: true });
  writeFileSync(join(REPO_ROOT, '.tmp', 'accuracy', `${browser}.json`), JSON.stringify(out, null, 1));
}

for (const browser of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`${browser}: accuracy on labelled pages`, () => {
    let session: ExtensionSession;
    let server: StaticServer;
    const runs = new Map<SetName, SetRun>();

    beforeAll(async () => {
      server = await startStaticServer();
      session = await launchExtension(browser);
      for (const set of sets) runs.set(set.name, await runSet(session, server, set));
      report(browser, runs);
    }, 900_000);
    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    for (const set of sets) {
      it(`${set.name}: meets its floors (recall, per-language recall, false marks, unrelated-page marks, wrong flags)`, () => {
        const { overall, byLang } = summarise(runs.get(set.name)!.scores);
        const floor = FLOORS[set.name];
        const figures = {
          recall: overall.recall >= floor.recall,
          langRecall: Object.values(byLang).every((t) => t.phrases === 0 || t.recall >= floor.langRecall),
          falseMarks: overall.falseMarks <= floor.falseMarks,
          unrelatedMarks: overall.unrelatedMarks <= floor.unrelatedMarks,
          wrongFlags: overall.wrongFlags <= floor.wrongFlags,
        };
        expect({ figures, overall, byLang: Object.fromEntries(Object.entries(byLang).map(([l, t]) => [l, t.recall])) }).toMatchObject({
          figures: { recall: true, langRecall: true, falseMarks: true, unrelatedMarks: true, wrongFlags: true },
        });
      });

      it(`${set.name}: leaves every labelled form field's value unchanged`, () => {
        expect(runs.get(set.name)!.formProblems).toEqual([]);
      });
    }

    it.runIf(devCorpusPresent())('the CLI (scan --expect) marks the static dev pages as the browser does', () => {
      const dev = sets.find((s) => s.name === 'dev')!;
      const engine = pageEngine(JSON.parse(readFileSync(join(REPO_ROOT, 'data/witkoff-ushakov.json'), 'utf8')), 'balanced');
      let total = 0;
      const differences: string[] = [];
      for (const [file, exp] of Object.entries(dev.expectations)) {
        if (exp.dynamicMs !== undefined) continue;
        const inBrowser = runs.get('dev')!.marks.get(file)!;
        const cli = markPage(readFileSync(join(dev.dir, 'pages', file), 'utf8'), engine);
        expect(cli.text).toBe(inBrowser.text);
        const overlapsAny = (m: Mark, list: readonly Mark[]) => list.some((o) => o.kind === m.kind && o.start < m.end && m.start < o.end);
        for (const m of cli.marks)
          if (!overlapsAny(m, inBrowser.marks)) differences.push(`${file}: CLI only [${m.kind}] ${cli.text.slice(m.start, m.end)}`);
        for (const m of inBrowser.marks)
          if (!overlapsAny(m, cli.marks)) differences.push(`${file}: browser only [${m.kind}] ${cli.text.slice(m.start, m.end)}`);
        total += cli.marks.length + inBrowser.marks.length;
      }
      // Tolerance: the browser scans in chunks and incrementally, so a mark or two may differ.
      expect(total).toBeGreaterThan(0);
      expect(differences.length / total, differences.join('\n')).toBeLessThanOrEqual(0.03);
    });
  });
}
