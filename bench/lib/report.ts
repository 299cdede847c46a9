/** Targets and the markdown report (bench/RESULTS.md) from one run's results. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sizeLabel } from './generate.ts';
import { fmt, max, median, ratio, verdict, type Verdict } from './stats.ts';
import type { MethodSummary, PageResult, Results } from './types.ts';

export interface Target {
  id: string;
  text: string;
  measured: string;
  /** 'reference': a figure reported beside the targets, with no target of its own. */
  verdict: Verdict | 'reference';
  note?: string;
}

const KB = 1024;
const MB = 1024 * 1024;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / MB).toFixed(2)} MB` : '–');
const x = (value: number) => fmt(value, 'x');
const ms = (value: number) => fmt(value, ' ms');

function worst(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('missed')) return 'missed';
  if (verdicts.length === 0 || verdicts.every((v) => v === 'not measured')) return 'not measured';
  return 'met';
}

/** Pages Lateral found nothing on vs pages with mentions (by the pass's own hit count). */
function hasMentions(page: PageResult): boolean {
  if (page.group === 'generated') return (page.mentions ?? 0) > 0;
  return (page.methods.fullPass?.count ?? 0) > 0;
}

const STORY_MIN = 10 * KB;
const STORY_MAX = 100 * KB;
const isStoryPage = (chars: number | undefined, mentions: number | undefined) =>
  (chars ?? 0) >= STORY_MIN && (chars ?? 0) <= STORY_MAX && (mentions ?? 0) >= 10 && (mentions ?? 0) <= 100;

export function computeTargets(results: Results): Target[] {
  const targets: Target[] = [];
  const ff = results.firefox;

  // 1. Unrelated pages: Lateral's main-thread time against an empty content script,
  // judged on the extension's own time; the whole tasks it ran in are given beside it.
  if (results.unrelated.length > 0) {
    const u = results.unrelated.filter((r) => Number.isFinite(r.ownRatio ?? Number.NaN));
    const med = median(u.map((r) => r.ownRatio));
    const lat = median(u.map((r) => r.lateral.ownMs));
    const base = median(u.map((r) => r.baseline.ownMs));
    const byTask = results.unrelated.filter((r) => Number.isFinite(r.ratio));
    targets.push({
      id: 'unrelated',
      text: 'Unrelated pages (Chromium): main-thread time ≤ 1.5x an empty content script, median over the corpus pages',
      measured:
        `own time (events naming the extension's scripts plus CPU samples with its code on the stack): median of per-page ratios ${x(med)} over ${u.length} pages ` +
        `(Lateral median ${ms(lat)}, empty content script ${ms(base)}); whole tasks with extension code in them: median of per-page ratios ` +
        `${x(median(byTask.map((r) => r.ratio)))} (Lateral ${ms(median(byTask.map((r) => r.lateral.ms)))} in ${fmt(median(byTask.map((r) => r.lateral.tasks)))} tasks, ` +
        `empty content script ${ms(median(byTask.map((r) => r.baseline.ms)))} in ${fmt(median(byTask.map((r) => r.baseline.tasks)))} task)`,
      verdict: verdict(med, 1.5),
    });
    // No script that reads the page's text meets 1.5x an empty one: Lateral beside what
    // a text read plus one regular expression costs, measured in the same batches.
    const f = results.unrelated.filter((r) => r.floor && Number.isFinite(r.floorOwnRatio ?? Number.NaN));
    if (f.length > 0) {
      targets.push({
        id: 'unrelated-floor',
        text: 'Unrelated pages (Chromium), for reference: Lateral against a content script that reads the text and tests one regular expression (bench/floor-extension); the issue states no target for it',
        measured:
          `own time: median of per-page ratios ${x(median(f.map((r) => r.floorOwnRatio!)))} over ${f.length} pages (Lateral median ${ms(median(f.map((r) => r.lateral.ownMs)))}, ` +
          `text read + regex ${ms(median(f.map((r) => r.floor!.ownMs)))}, empty content script ${ms(median(f.map((r) => r.baseline.ownMs)))}; ` +
          `text read + regex / empty script ${x(median(f.filter((r) => r.baseline.ownMs > 0).map((r) => r.floor!.ownMs / r.baseline.ownMs)))})`,
        verdict: 'reference',
      });
    }
  } else {
    targets.push({
      id: 'unrelated',
      text: 'Unrelated pages (Chromium): ≤ 1.5x an empty content script',
      measured: '–',
      verdict: 'not measured',
    });
  }
  if (ff && ff.corpus.length > 0) {
    const r = ff.corpus
      .map((p) => ratio(p.methods.fullPass?.medianMs ?? Number.NaN, p.methods.floor?.medianMs ?? Number.NaN))
      .filter(Number.isFinite);
    targets.push({
      id: 'unrelated-firefox',
      text: 'Unrelated pages (Firefox): ≤ 1.5x an empty content script',
      measured:
        `no trace over BiDi, so not measured against the empty script; in the page, Lateral's page-start path (text read, gate) costs a median ` +
        `${ms(median(ff.corpus.map((p) => p.methods.fullPass?.medianMs ?? Number.NaN)))}, ${x(median(r))} the floor (text read plus one regex), over ${ff.corpus.length} corpus pages`,
      verdict: 'not measured',
    });
  }

  // 2. Story pages of 10–100 KB with 10–100 mentions: ≤ 2x markRegExp.
  const storyRatio = (name: string, pages: { id: string; lateral: number; regexp: number }[]) => {
    const rs = pages.map((p) => ({ id: p.id, r: ratio(p.lateral, p.regexp) }));
    const over = rs.filter((p) => !(p.r <= 2));
    targets.push({
      id: `story-${name}`,
      text: `Story pages of 10–100 KB with 10–100 mentions (${name}): Lateral ≤ 2x markRegExp on the same page`,
      measured: rs.length ? `${rs.map((p) => `${p.id} ${x(p.r)}`).join(', ')}${over.length ? `; ${over.length} over` : ''}` : '–',
      verdict: rs.length ? worst(rs.map((p) => verdict(p.r, 2))) : 'not measured',
    });
  };
  storyRatio(
    'Chromium',
    results.pages
      .filter((p) => p.group === 'generated' && isStoryPage(p.targetChars, p.mentions))
      .map((p) => ({
        id: p.id,
        lateral: p.methods.fullPass?.medianMs ?? Number.NaN,
        regexp: p.methods.markRegExp?.medianMs ?? Number.NaN,
      })),
  );
  if (ff) {
    storyRatio(
      'Firefox',
      ff.story
        .filter((p) => !p.id.includes('5MB'))
        .map((p) => ({
          id: p.id,
          lateral: p.methods.fullPass?.medianMs ?? Number.NaN,
          regexp: p.methods.markRegExp?.medianMs ?? Number.NaN,
        })),
    );
  }

  // 3. 5 MB with 1,000 mentions: ≤ 1.5x markRegExp and ≥ 100x faster than naive mark.js.
  const big = results.pages.find((p) => p.group === 'generated' && p.targetChars === 5 * MB && p.mentions === 1000);
  if (big?.methods.fullPass && big.methods.markRegExp) {
    const vsRegexp = ratio(big.methods.fullPass.medianMs, big.methods.markRegExp.medianMs);
    const naive = big.methods.naiveMark;
    const speedup = ratio(naive?.medianMs ?? Number.NaN, big.methods.fullPass.medianMs);
    targets.push({
      id: 'big-chromium',
      text: '5 MB page with 1,000 mentions (Chromium): Lateral ≤ 1.5x markRegExp and ≥ 100x faster than naive mark.js',
      measured:
        `${x(vsRegexp)} markRegExp (${ms(big.methods.fullPass.medianMs)} vs ${ms(big.methods.markRegExp.medianMs)}); ` +
        `${x(speedup)} faster than naive mark.js (${ms(naive?.medianMs ?? Number.NaN)}${naive?.extrapolated ? ', extrapolated' : naive?.note ? ', one run' : ''})`,
      verdict: worst([verdict(vsRegexp, 1.5), verdict(speedup, 100, true)]),
    });
  } else {
    targets.push({ id: 'big-chromium', text: '5 MB page with 1,000 mentions (Chromium)', measured: '–', verdict: 'not measured' });
  }
  const ffBig = ff?.story.find((p) => p.id.includes('5MB'));
  if (ff && ffBig?.methods.fullPass && ffBig.methods.markRegExp) {
    const vsRegexp = ratio(ffBig.methods.fullPass.medianMs, ffBig.methods.markRegExp.medianMs);
    // Naive mark.js per char, from the 100 KB story pages it ran on.
    const naiveRuns = ff.story.filter((p) => p.methods.naiveMark);
    const perChar = median(naiveRuns.map((p) => p.methods.naiveMark!.medianMs / p.chars));
    const naive = perChar * ffBig.chars;
    const speedup = ratio(naive, ffBig.methods.fullPass.medianMs);
    targets.push({
      id: 'big-firefox',
      text: '5 MB page with 1,000 mentions (Firefox): Lateral ≤ 1.5x markRegExp and ≥ 100x faster than naive mark.js',
      measured:
        `${x(vsRegexp)} markRegExp (${ms(ffBig.methods.fullPass.medianMs)} vs ${ms(ffBig.methods.markRegExp.medianMs)}); ` +
        `~${x(speedup)} faster than naive mark.js (~${ms(naive)}, extrapolated per char from the 100 KB story pages)`,
      verdict: worst([verdict(vsRegexp, 1.5), verdict(speedup, 100, true)]),
    });
  }

  // 4. No task over 16 ms with extension code in it.
  const withPass = results.pages.filter((p) => p.methods.fullPass);
  const worstPass = withPass
    .map((p) => ({ id: p.id, ms: p.methods.fullPass!.longestTaskMs }))
    .reduce((m, t) => (t.ms > m.ms ? t : m), { id: '', ms: 0 });
  const ext = [
    ...results.extension.map((e) => ({ id: e.page, ms: e.longestExtensionTaskMs })),
    ...results.unrelated.map((u) => ({ id: u.page, ms: u.lateral.longestMs })),
  ].filter((e) => Number.isFinite(e.ms));
  const extWorst = ext.reduce((m, t) => (t.ms > m.ms ? t : m), { id: '', ms: 0 });
  const extOver = ext.filter((e) => e.ms > 16);
  const threadWorst = Math.max(0, ...results.extension.map((e) => e.longestExtensionTaskThreadMs ?? 0).filter(Number.isFinite));
  targets.push({
    id: 'task-16',
    text: 'No task over 16 ms with extension code in it, on any page (Chromium)',
    measured:
      `extension loaded: longest ${ms(extWorst.ms)} (${extWorst.id}); ${extOver.length} of ${ext.length} pages over 16 ms; ` +
      (threadWorst > 0 ? `story pages' longest by thread time ${ms(threadWorst)}; ` : '') +
      `in-page pass: longest slice ${ms(worstPass.ms)} (${worstPass.id})`,
    verdict: ext.length ? worst([verdict(extWorst.ms, 16), verdict(worstPass.ms, 16)]) : 'not measured',
  });
  if (ff) {
    const all = [...ff.story, ...ff.corpus].map((p) => ({ id: p.id, ms: p.methods.fullPass?.longestSliceMs ?? 0 }));
    const w = all.reduce((m, t) => (t.ms > m.ms ? t : m), { id: '', ms: 0 });
    targets.push({
      id: 'task-16-firefox',
      text: "No task over 16 ms with extension code in it (Firefox: Lateral's longest slice in the page)",
      measured: `longest slice ${ms(w.ms)} (${w.id}); ${all.filter((p) => p.ms > 16).length} of ${all.length} pages over 16 ms`,
      verdict: verdict(w.ms, 16),
    });
  }

  // 5. Memory retained after a story page's pass: ≤ 1 MB per 1,000 marks.
  const marked = results.pages.filter((p) => p.group === 'generated' && (p.methods.fullPass?.count ?? 0) >= 1000);
  const small = results.pages.filter((p) => p.group === 'generated' && p.mentions === 10);
  if (marked.length > 0) {
    const per = marked.map((p) => ({ id: p.id, mb: (p.methods.fullPass!.heapRetained / MB) * (1000 / p.methods.fullPass!.count) }));
    // What 990 more marks add on a page of the same size: the cost of marks alone.
    const slope = marked
      .map((p) => {
        const base = small.find((q) => q.targetChars === p.targetChars);
        if (!base?.methods.fullPass) return null;
        const extra = p.methods.fullPass!.heapRetained - base.methods.fullPass.heapRetained;
        return { id: p.id, mb: (extra / MB) * (1000 / (p.methods.fullPass!.count - base.methods.fullPass.count)) };
      })
      .filter((v): v is { id: string; mb: number } => v !== null);
    targets.push({
      id: 'memory',
      text: "Memory retained after a story page's pass ≤ 1 MB per 1,000 marks (Chromium)",
      measured:
        `all retained, per 1,000 marks: ${per.map((p) => `${p.id} ${fmt(p.mb, ' MB')}`).join(', ')}; ` +
        `marks alone (against the same size with 10 mentions): ${slope.map((p) => `${p.id} ${fmt(p.mb, ' MB')}`).join(', ')}`,
      verdict: worst(per.map((p) => verdict(p.mb, 1))),
    });
  }

  if (results.scaling.length > 0) {
    const r = results.scaling.map((s) => s.largestOverSmallest);
    targets.push({
      id: 'phrases',
      text: '10,000 phrases cost ≤ 1.5x what 10 phrases cost',
      measured: results.scaling.map((s) => `${sizeLabel(s.targetChars)}/${s.mentions} mentions ${x(s.largestOverSmallest)}`).join('; '),
      verdict: worst(r.map((v) => verdict(v, 1.5))),
    });
  }

  if (results.bundle) {
    const b = results.bundle;
    targets.push({
      id: 'bundle',
      text: 'Content script at page start ≤ 4 KB gzipped',
      measured: `${fmt(b.startupGzip)} bytes gzipped (${kb(b.startupBytes)} raw, ${b.startup.length} file${b.startup.length === 1 ? '' : 's'}); lazy chunks ${kb(b.lazyGzip)} gzipped`,
      verdict: verdict(b.startupGzip, 4 * KB),
    });
    targets.push({
      id: 'zod',
      text: 'zod absent from the content script',
      measured:
        (b.zodFound.length ? `zod found in ${b.zodFound.join(', ')}` : 'not found in the start-up files') +
        (b.zodFoundLazy?.length ? `; found in lazy chunks ${b.zodFoundLazy.join(', ')}` : '; not in the lazy chunks either'),
      verdict: b.zodFound.length || b.zodFoundLazy?.length ? 'missed' : 'met',
    });
  }

  if (results.extension.length > 0) {
    const events = results.extension.map((e) => Object.values(e.idle.extensionEvents).reduce((n, v) => n + v, 0));
    const extra = results.extension.map((e) => e.idle.scriptMs - e.idle.plainScriptMs);
    const scanned = results.extension.every((e) => e.scanned);
    targets.push({
      id: 'idle',
      text: 'No timers or observers firing while a page is idle',
      measured:
        `${events.reduce((a, b) => a + b, 0)} extension events in ${results.extension.length} idle windows of ${results.extension[0]!.idle.ms / 1000} s; ` +
        `script time while idle vs the same page without the extension: ${extra.map((v) => `${v >= 0 ? '+' : ''}${v.toFixed(1)} ms`).join(', ')}` +
        (scanned ? '' : '; the content script did not report a finished scan on every page'),
      verdict: !scanned ? 'not measured' : events.every((n) => n === 0) ? 'met' : 'missed',
    });
  }
  return targets;
}

function methodCell(m: MethodSummary | undefined, withRatio = true): string {
  if (!m) return '–';
  const value = `${ms(m.medianMs)}${withRatio ? ` (${x(m.ratioToFloor)})` : ''}`;
  return m.extrapolated ? `~${value}*` : m.note ? `${value}†` : value;
}

function phases(m: MethodSummary | undefined): string {
  const runs = m?.runs ?? [];
  if (runs.length === 0 || !runs[0]!.detail) return '–';
  const med = (k: string) => median(runs.map((r) => r.detail?.[k] ?? Number.NaN));
  return `${ms(med('wall'))} / ${fmt(med('slices'))} / ${ms(med('matcher'))} / ${ms(med('engine'))} / ${ms(med('highlight'))}`;
}

export function renderReport(results: Results, targets: Target[]): string {
  const L: string[] = [];
  const m = results.machine;
  L.push('# Lateral performance benchmark');
  L.push('');
  L.push(
    `Run ${results.date} (${results.mode} mode, ${Math.round(results.durationS / 60)} min). Generated by \`npm run bench\`; raw numbers in bench/results.json.`,
  );
  L.push('');
  L.push(
    `Machine: ${m.nproc} cores (${m.cpu}), memory ${m.memory}; ${m.chromium}; ${m.firefox ?? 'Firefox not run'}; Node ${m.node}; ${m.os}; load average at the end ${m.load}.`,
  );
  if (results.mode === 'partial') {
    L.push(
      `A partial run: only the generated pages in the tables below, ${results.unrelated.length} corpus pages with the extension loaded and ${results.firefox?.corpus.length ?? 0} in Firefox, no fixtures and no naive mark.js (targets that need what was not run say "not measured").`,
    );
    L.push('');
  }
  L.push(
    'The machine is shared with other work, so absolute times are noisy; every target is judged on ratios between methods run interleaved on the same page in the same run.',
  );
  L.push('');
  L.push('## Targets');
  L.push('');
  L.push('| target | measured | verdict |');
  L.push('|---|---|---|');
  for (const t of targets) L.push(`| ${t.text} | ${t.measured}${t.note ? ` (${t.note})` : ''} | **${t.verdict}** |`);
  L.push('');
  L.push('## How it is measured');
  L.push('');
  L.push(
    '- Each method runs on a freshly loaded page (the page is reloaded before every run, so highlighting always starts from the original DOM). The bench script (bench/entry.ts, bundled by bench/vite.config.ts) is injected after `load`; a full GC runs before the method. The forced GC also empties the compilation caches of V8, so every method runs cold, as on the first page a reader opens in a new renderer (see the notes below).',
  );
  L.push('- Methods are interleaved: every round runs all methods on the page, in an order rotated each round. Medians over the rounds.');
  L.push(
    '- **floor**: `document.body.textContent` read once plus one case-insensitive regex test over it (a pattern that never matches, so the whole text is scanned).',
  );
  L.push(
    "- **Lateral**: the content script's own code path as src/content/main.ts wires it: `createGate(pack.gate)` and `ScanDriver.fullPass()`, which reads `body.textContent` once and stops when the gate fails; otherwise it loads the matcher as src/content/active-page.ts does, each claim check prepared in a step of its own, then `createMatcher(story pack)` in a slice of its own (the extension imports the matcher as a lazy chunk; here the compiled pack is already parsed in the page), builds the text index, runs the engine chunk by chunk and highlights with mark.js `markRanges` on the blocks that hold hits, sliced by src/content/idle.ts into `requestIdleCallback` slices. Its time is **main-thread time**: the bench wraps `requestIdleCallback` and sums the slices (each from its callback to the pass's next request, promise continuations included) plus the synchronous start. The *pass* column gives wall time from start to last highlight / number of slices / main-thread time preparing the checks and creating the matcher (`createMatcher`) / in the engine's calls (`analyze`, every chunk) / in the highlight steps (mark.js); wall time includes the waits between idle callbacks, and what `busy` holds beyond the three phases is the gate, the text index and the scheduling.",
  );
  L.push('- **markRegExp**: mark.js `markRegExp` over the body with one combined regex of the story pack keywords.');
  L.push(
    '- **naive mark.js**: mark.js `mark(keywords, {separateWordSearch:false})` over the body with the 257 mention keywords of the story pack (stems without their `*`). It is not run, and its time is extrapolated linearly from the largest page of the same series it ran on (marked *), on the 5 MB pages other than the headline one, wherever it would exceed ~60 s (2 min for the headline page), and on corpus pages where it would exceed 1.5 s; where it would exceed 8 s it runs once (marked †). On corpus pages both mark.js baselines run once (time budget).',
  );
  L.push(
    '- Times are `performance.now()` in the page (cross-origin isolated, 5 µs resolution). Longest task: for Lateral the longest idle slice (or a longer `PerformanceObserver(longtask)` entry); for the synchronous baselines the long-task entry (0 = no task ≥ 50 ms). Heap: CDP `Runtime.getHeapUsage` after a forced GC, after minus before (retained; the pass keeps its index and highlighter, as the content script does).',
  );
  L.push(
    '- Extension-loaded runs: the built extension (.tmp/bench/chrome) in a persistent Chromium profile; CDP trace (with CPU samples, category `disabled-by-default-v8.cpu_profiler`) from navigation to the end of an idle window. A task *has extension code in it* when a trace event in it names a chrome-extension:// URL or a CPU sample taken in it has extension code on the stack; the samples catch promise continuations after an `await`, which run in tasks of their own with no event naming the extension. Longest task = longest such top-level main-thread task; beside it in brackets, the longest such task by thread time (the `tdur` of the trace: what the thread ran, without the time it waited for a core, which a loaded machine adds to wall time). Heap added = JS heap after GC with the extension minus the same page in a browser without it. Idle = extension events during the idle window, plus CDP `ScriptDuration` over the window.',
  );
  L.push(
    "- **Unrelated pages** (Chromium): every corpus page loaded once with Lateral, once with an extension whose content script is empty (bench/baseline-extension) and once with one whose content script reads the page's text and tests one regular expression (bench/floor-extension), interleaved in batches, each batch in one trace; from navigation until Lateral has marked the page scanned plus 150 ms. Two measures of main-thread time: *own time*, the durations of the trace events that name the extension's scripts (evaluating and compiling them, calling their listeners; nested events once) plus the CPU samples (about one per 0.17 ms) with its code on the stack outside those events, which catch continuations after an `await` and the native work its code calls (text read, regular expressions, extension APIs); and *task time*, the summed durations of the whole tasks with extension code in them (as above), which also counts the page's own work in those tasks (a page's microtasks run in the same checkpoint as Lateral's continuations). The target is judged on own time; the text read plus one regular expression is given beside it for reference.",
  );
  L.push(
    "- **Firefox** (puppeteer-core over WebDriver BiDi: no trace, no task durations, no heap numbers): the same in-page methods on freshly loaded pages; Lateral's time is the sum of its own idle slices (`performance.now()` from each idle callback until the pass asks for the next, promise continuations included), its longest task the longest slice. Naive mark.js runs on the 100 KB story pages only; the 5 MB figure is extrapolated per char from them. Unrelated pages in Firefox are the in-page page-start path (text read and gate, as `ScanDriver.fullPass` runs it) against the floor: the empty-script comparison needs a trace BiDi does not give.",
  );
  L.push('');

  L.push('## Generated article pages');
  L.push('');
  L.push(
    '| text | mentions | floor | Lateral (x floor) | pass: wall / slices / matcher / engine / highlights | markRegExp | Lateral / markRegExp | naive mark.js | naive / Lateral | Lateral longest slice or task | Lateral heap retained | highlights: Lateral / naive |',
  );
  L.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const p of results.pages.filter((q) => q.group === 'generated')) {
    const f = p.methods;
    L.push(
      `| ${sizeLabel(p.chars)} | ${p.mentions} | ${ms(f.floor.medianMs)} | ${methodCell(f.fullPass)} | ${phases(f.fullPass)} | ${methodCell(f.markRegExp)} | ${x(ratio(f.fullPass?.medianMs ?? Number.NaN, f.markRegExp?.medianMs ?? Number.NaN))} | ${methodCell(f.naiveMark)} | ` +
        `${x(ratio(f.naiveMark?.medianMs ?? Number.NaN, f.fullPass?.medianMs ?? Number.NaN))} | ${f.fullPass ? ms(f.fullPass.longestTaskMs) : '–'} | ${mb(f.fullPass?.heapRetained ?? Number.NaN)} | ${f.fullPass?.count ?? '–'} / ${f.naiveMark && !f.naiveMark.extrapolated ? f.naiveMark.count : '–'} |`,
    );
  }
  L.push('');

  if (results.scaling.length > 0) {
    L.push('## Phrase count (synthetic packs)');
    L.push('');
    const names = Object.keys(results.scaling[0]!.packs);
    L.push(
      `| text | mentions | floor | ${names.map((n) => `${results.scaling[0]!.packs[n]!.phrases} phrases`).join(' | ')} | largest / smallest |`,
    );
    L.push(`|---|---|---|${names.map(() => '---').join('|')}|---|`);
    for (const s of results.scaling) {
      L.push(
        `| ${sizeLabel(s.chars)} | ${s.mentions} | ${ms(s.floor.medianMs)} | ${names.map((n) => methodCell(s.packs[n])).join(' | ')} | ${x(s.largestOverSmallest)} |`,
      );
    }
    L.push('');
    for (const s of results.scaling) {
      const story = s.diagnostics?.['story'];
      const bare = s.diagnostics?.['story-ungated'];
      if (!story || !bare) continue;
      L.push(
        `The page gate (${sizeLabel(s.chars)} page without mentions, same run): the story pack's pass costs ${ms(story.medianMs)} (${x(story.ratioToFloor)} the floor); ` +
          `on a page whose text passes the gate without being about the story (it names Bloomberg, an envoy, Donetsk...), the full pass runs: ` +
          `${ms(bare.medianMs)} (${x(bare.ratioToFloor)} the floor), longest slice ${ms(bare.longestTaskMs)}.`,
      );
      L.push('');
    }
    L.push(
      `Compiled pack sizes: ${results.packs.map((p) => `${p.name} ${p.phrases} phrases → ${p.patterns} patterns, ${kb(p.compiledBytes)} JSON`).join('; ')}.`,
    );
    L.push('');
  }

  if (results.extension.length > 0) {
    L.push('## With the extension loaded');
    L.push('');
    const silent = results.extension.filter((e) => e.mentions > 0 && e.marks === 0);
    if (silent.length > 0) {
      L.push(
        `**Note:** the built extension highlighted nothing on ${silent.length} page(s) with mentions (${silent.map((e) => e.page).join(', ')}), ` +
          'so these rows measure its start-up, watcher and idle behaviour but not a pass with the story pack; the in-page rows above measure that pass.',
      );
      L.push('');
    }
    L.push(
      '| page | text | scan done | marks | longest task with extension code | tasks with extension code (> 50 ms) | their total | longest task on the page (any) | heap added vs no extension | idle: extension events | idle script ms (without extension) |',
    );
    L.push('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const e of results.extension) {
      const ev =
        Object.entries(e.idle.extensionEvents)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || '0';
      L.push(
        `| ${e.page} | ${sizeLabel(e.chars)} | ${e.scanned ? `yes, ${ms(e.scanMs)} after navigation` : 'no'} | ${e.marks} | ${ms(e.longestExtensionTaskMs)}${e.longestExtensionTaskThreadMs !== undefined && Number.isFinite(e.longestExtensionTaskThreadMs) ? ` (thread ${ms(e.longestExtensionTaskThreadMs)})` : ''} | ${e.extensionTasks} (${e.extensionTasksOver50}) | ${ms(e.extensionScriptMs)} | ` +
          `${ms(e.longestTaskMs)} (page alone ${ms(e.plainLongestTaskMs)}) | ${mb(e.heapAddedVsPlain)} | ${ev} | ${fmt(e.idle.scriptMs)} (${fmt(e.idle.plainScriptMs)}) |`,
      );
    }
    L.push('');
  }

  if (results.unrelated.length > 0) {
    const u = results.unrelated;
    L.push('## Unrelated pages with the extension loaded (Chromium)');
    L.push('');
    L.push('<details><summary>Every corpus page: Lateral against an empty content script</summary>');
    L.push('');
    L.push(
      '| page | text | Lateral own ms | empty script own ms | own ratio | text read + regex own ms | Lateral / text read + regex | Lateral in tasks ms (tasks) | longest Lateral task | empty script in tasks ms (tasks) | task ratio | marks |',
    );
    L.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of u) {
      L.push(
        `| ${r.page} | ${sizeLabel(r.chars)} | ${ms(r.lateral.ownMs)} | ${ms(r.baseline.ownMs)} | ${x(r.ownRatio)} | ${ms(r.floor?.ownMs ?? Number.NaN)} | ${x(r.floorOwnRatio ?? Number.NaN)} | ${ms(r.lateral.ms)} (${r.lateral.tasks}) | ${ms(r.lateral.longestMs)} | ${ms(r.baseline.ms)} (${r.baseline.tasks}) | ${x(r.ratio)} | ${r.lateral.marks} |`,
      );
    }
    L.push('');
    L.push('</details>');
    L.push('');
  }

  if (results.firefox) {
    const f = results.firefox;
    L.push(`## Firefox (${f.version}, in the page)`);
    L.push('');
    L.push('| page | text | floor | Lateral | Lateral longest slice | markRegExp | Lateral / markRegExp | naive mark.js | hits |');
    L.push('|---|---|---|---|---|---|---|---|---|');
    for (const p of f.story) {
      const m = p.methods;
      L.push(
        `| ${p.id} | ${sizeLabel(p.chars)} | ${ms(m.floor?.medianMs ?? Number.NaN)} | ${ms(m.fullPass?.medianMs ?? Number.NaN)} | ${ms(m.fullPass?.longestSliceMs ?? Number.NaN)} | ` +
          `${ms(m.markRegExp?.medianMs ?? Number.NaN)} | ${x(ratio(m.fullPass?.medianMs ?? Number.NaN, m.markRegExp?.medianMs ?? Number.NaN))} | ${ms(m.naiveMark?.medianMs ?? Number.NaN)} | ${m.fullPass?.count ?? '–'} |`,
      );
    }
    L.push('');
    if (f.corpus.length > 0) {
      const lat = f.corpus.map((p) => p.methods.fullPass?.medianMs ?? Number.NaN);
      L.push(
        `Corpus pages (${f.corpus.length}), the page-start path in the page: Lateral median ${ms(median(lat))}, worst ${ms(max(lat))}; floor median ` +
          `${ms(median(f.corpus.map((p) => p.methods.floor?.medianMs ?? Number.NaN)))}; longest slice ${ms(max(f.corpus.map((p) => p.methods.fullPass?.longestSliceMs ?? 0)))}.`,
      );
      L.push('');
    }
  }

  if (results.bundle) {
    const b = results.bundle;
    L.push('## Content-script bundle');
    L.push('');
    L.push('| file | loaded | bytes | gzipped |');
    L.push('|---|---|---|---|');
    for (const f of b.startup) L.push(`| ${f.file} | at page start | ${f.bytes} | ${f.gzip} |`);
    for (const f of b.lazy) L.push(`| ${f.file} | lazily | ${f.bytes} | ${f.gzip} |`);
    for (const f of b.css) L.push(`| ${f.file} | CSS at page start | ${f.bytes} | ${f.gzip} |`);
    L.push('');
  }

  const others = results.pages.filter((q) => q.group !== 'generated');
  if (others.length > 0) {
    const ratios = others.map((p) => p.methods.fullPass?.ratioToFloor ?? Number.NaN);
    const over = others.filter((p) => !((p.methods.fullPass?.ratioToFloor ?? Infinity) <= (hasMentions(p) ? 5 : 1.5)));
    L.push('## Fixtures and corpus pages');
    L.push('');
    L.push(
      `${others.length} pages. Lateral / floor: median ${x(median(ratios))}, worst ${x(max(ratios))}. ` +
        `Over their target (1.5x without mentions, 5x with): ${over.length}. Naive mark.js / Lateral: median ${x(median(others.map((p) => ratio(p.methods.naiveMark?.medianMs ?? Number.NaN, p.methods.fullPass?.medianMs ?? Number.NaN))))}.`,
    );
    L.push('');
    L.push('<details><summary>Every page</summary>');
    L.push('');
    L.push(
      '| page | text | floor | Lateral (x floor) | pass: wall / slices / matcher / engine / highlights | markRegExp | naive mark.js | highlights | longest slice or task | heap retained |',
    );
    L.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const p of others) {
      const f = p.methods;
      L.push(
        `| ${p.id} | ${sizeLabel(p.chars)} | ${ms(f.floor.medianMs)} | ${methodCell(f.fullPass)} | ${phases(f.fullPass)} | ${methodCell(f.markRegExp)} | ${methodCell(f.naiveMark)} | ${f.fullPass?.count ?? '–'} | ${f.fullPass ? ms(f.fullPass.longestTaskMs) : '–'} | ${mb(f.fullPass?.heapRetained ?? Number.NaN)} |`,
      );
    }
    L.push('');
    L.push('</details>');
    L.push('');
  }
  // Hand-written analysis of the misses (bench/notes.md), kept next to the numbers.
  const notes = resolve(import.meta.dirname, '..', 'notes.md');
  if (existsSync(notes)) L.push(readFileSync(notes, 'utf8').trim(), '');
  return `${L.join('\n')}\n`;
}

export function writeReport(results: Results, file: string): Target[] {
  const targets = computeTargets(results);
  writeFileSync(file, renderReport(results, targets));
  return targets;
}
