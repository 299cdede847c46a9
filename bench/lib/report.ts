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
  verdict: Verdict;
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

export function computeTargets(results: Results): Target[] {
  const targets: Target[] = [];
  const withPass = results.pages.filter((p) => p.methods.fullPass);
  const quiet = withPass.filter((p) => !hasMentions(p));
  const loud = withPass.filter((p) => hasMentions(p));
  const describe = (pages: PageResult[], limit: number) => {
    const ratios = pages.map((p) => p.methods.fullPass!.ratioToFloor);
    const over = pages.filter((p) => !(p.methods.fullPass!.ratioToFloor <= limit));
    const gen = pages.filter((p) => p.group === 'generated');
    const genWorst = gen.reduce((m, p) => Math.max(m, p.methods.fullPass!.ratioToFloor), 0);
    return {
      verdict: worst(ratios.map((r) => verdict(r, limit))),
      measured:
        `median ${x(median(ratios))}, worst ${x(max(ratios))} over ${pages.length} pages; generated pages worst ${x(genWorst)}; ` +
        `${over.length} over the limit${over.length ? ` (${over.slice(0, 6).map((p) => `${p.id} ${x(p.methods.fullPass!.ratioToFloor)}`).join(', ')}${over.length > 6 ? ', …' : ''})` : ''}`,
    };
  };
  const q = describe(quiet, 1.5);
  targets.push({ id: 'no-mention', text: 'Pages without mentions: Lateral ≤ 1.5x the floor (median of runs)', ...q });
  const l = describe(loud, 5);
  targets.push({ id: 'mentions', text: 'Pages with mentions: Lateral ≤ 5x the floor', ...l });

  const big = results.pages
    .filter((p) => p.group === 'generated' && p.mentions === 1000)
    .sort((a, b) => (b.targetChars ?? 0) - (a.targetChars ?? 0))[0];
  if (big?.methods.fullPass && big.methods.naiveMark) {
    const speedup = ratio(big.methods.naiveMark.medianMs, big.methods.fullPass.medianMs);
    targets.push({
      id: 'vs-naive',
      text: `${sizeLabel(big.targetChars ?? big.chars)} page with 1,000 mentions: Lateral ≥ 50x faster than naive mark.js`,
      measured: `${x(speedup)} (naive ${ms(big.methods.naiveMark.medianMs)}${big.methods.naiveMark.extrapolated ? ', extrapolated' : ''} vs Lateral ${ms(big.methods.fullPass.medianMs)})`,
      verdict: verdict(speedup, 50, true),
      ...(big.targetChars !== 5 * MB ? { note: 'largest generated page in this run is not 5 MB' } : {}),
    });
  } else {
    targets.push({ id: 'vs-naive', text: '5 MB page with 1,000 mentions: Lateral ≥ 50x faster than naive mark.js', measured: '–', verdict: 'not measured' });
  }

  const passTasks = withPass.map((p) => ({ id: p.id, ms: p.methods.fullPass!.longestTaskMs }));
  const worstPass = passTasks.reduce((m, t) => (t.ms > m.ms ? t : m), { id: '', ms: 0 });
  const extWorst = results.extension.reduce((m, e) => Math.max(m, e.longestExtensionTaskMs), 0);
  const extWorstPage = results.extension.find((e) => e.longestExtensionTaskMs === extWorst)?.page ?? '';
  const taskVerdicts = [verdict(worstPass.ms, 50), ...(results.extension.length ? [verdict(extWorst, 50)] : [])];
  targets.push({
    id: 'long-task',
    text: 'No main-thread task over 50 ms (Lateral), at any size',
    measured:
      `in-page pass: ${worstPass.ms > 0 ? `${ms(worstPass.ms)} on ${worstPass.id}` : 'no long task (all < 50 ms)'}; ` +
      (results.extension.length ? `extension-loaded: longest task running extension code ${ms(extWorst)} (${extWorstPage})` : 'extension runs not done'),
    verdict: worst(taskVerdicts),
  });

  if (results.scaling.length > 0) {
    const r = results.scaling.map((s) => s.largestOverSmallest);
    targets.push({
      id: 'phrases',
      text: '10,000 phrases cost ≤ 1.5x what 10 phrases cost',
      measured: results.scaling.map((s) => `${sizeLabel(s.targetChars)}/${s.mentions} mentions ${x(s.largestOverSmallest)}`).join('; '),
      verdict: worst(r.map((v) => verdict(v, 1.5))),
    });
  } else {
    targets.push({ id: 'phrases', text: '10,000 phrases cost ≤ 1.5x what 10 phrases cost', measured: '–', verdict: 'not measured', note: 'no synthetic packs' });
  }

  if (results.bundle) {
    const b = results.bundle;
    targets.push({
      id: 'bundle',
      text: 'Content-script bundle ≤ 35 KB gzipped (files loaded at page start)',
      measured: `${kb(b.startupGzip)} gzipped (${kb(b.startupBytes)} raw, ${b.startup.length} file${b.startup.length === 1 ? '' : 's'}); lazy chunks ${kb(b.lazyGzip)} gzipped`,
      verdict: verdict(b.startupGzip, 35 * KB),
    });
    targets.push({
      id: 'zod',
      text: 'zod absent from the content script',
      measured:
        (b.zodFound.length ? `zod found in ${b.zodFound.join(', ')}` : 'not found in the start-up files') +
        (b.zodFoundLazy?.length ? `; found in lazy chunks ${b.zodFoundLazy.join(', ')}` : '; not in the lazy chunks either'),
      verdict: b.zodFound.length ? 'missed' : 'met',
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
  return `${ms(med('wall'))} / ${fmt(med('slices'))} / ${ms(med('matcher'))}`;
}

export function renderReport(results: Results, targets: Target[]): string {
  const L: string[] = [];
  const m = results.machine;
  L.push('# Lateral performance benchmark');
  L.push('');
  L.push(`Run ${results.date} (${results.mode} mode, ${Math.round(results.durationS / 60)} min). Generated by \`npm run bench\`; raw numbers in bench/results.json.`);
  L.push('');
  L.push(`Machine: ${m.nproc} cores (${m.cpu}), memory ${m.memory}; ${m.chromium}; Node ${m.node}; ${m.os}; load average at the end ${m.load}.`);
  L.push('The machine is shared with other work, so absolute times are noisy; every target is judged on ratios between methods run interleaved on the same page in the same run.');
  L.push('');
  L.push('## Targets');
  L.push('');
  L.push('| target | measured | verdict |');
  L.push('|---|---|---|');
  for (const t of targets) L.push(`| ${t.text} | ${t.measured}${t.note ? ` (${t.note})` : ''} | **${t.verdict}** |`);
  L.push('');
  L.push('## How it is measured');
  L.push('');
  L.push('- Each method runs on a freshly loaded page (the page is reloaded before every run, so highlighting always starts from the original DOM). The bench script (bench/entry.ts, bundled by bench/vite.config.ts) is injected after `load`; a full GC runs before the method. The forced GC also empties the compilation caches of V8, so every method runs cold, as on the first page a reader opens in a new renderer (see the notes below).');
  L.push('- Methods are interleaved: every round runs all methods on the page, in an order rotated each round. Medians over the rounds.');
  L.push('- **floor**: `document.body.textContent` read once plus one case-insensitive regex test over it (a pattern that never matches, so the whole text is scanned).');
  L.push("- **Lateral**: the content script's own code path as src/content/main.ts wires it: `createGate(pack.gate)` and `Annotator.fullPass()`, which reads `body.textContent` once and stops when the gate fails; otherwise it creates the matcher (`createMatcher(story pack)`; the extension imports it as a lazy chunk, here the compiled pack is already parsed in the page), builds the text index, runs the engine chunk by chunk and highlights with mark.js `markRanges` on the blocks that hold hits, sliced by src/content/idle.ts into `requestIdleCallback` slices. Its time is **main-thread time**: the bench wraps `requestIdleCallback` and sums the slices (each from its callback to the pass's next request, promise continuations included) plus the synchronous start. The *pass* column gives wall time from start to last highlight / number of slices / `createMatcher` time; wall time includes the waits between idle callbacks.");
  L.push('- **markRegExp**: mark.js `markRegExp` over the body with one combined regex of the story pack keywords.');
  L.push('- **naive mark.js**: mark.js `mark(keywords, {separateWordSearch:false})` over the body with the 257 mention keywords of the story pack (stems without their `*`). It is not run, and its time is extrapolated linearly from the largest page of the same series it ran on (marked *), on the 5 MB pages other than the headline one, wherever it would exceed ~60 s (2 min for the headline page), and on corpus pages where it would exceed 1.5 s; where it would exceed 8 s it runs once (marked †). On corpus pages both mark.js baselines run once (time budget).');
  L.push('- Times are `performance.now()` in the page (cross-origin isolated, 5 µs resolution). Longest task: for Lateral the longest idle slice (or a longer `PerformanceObserver(longtask)` entry); for the synchronous baselines the long-task entry (0 = no task ≥ 50 ms). Heap: CDP `Runtime.getHeapUsage` after a forced GC, after minus before (retained; the pass keeps its index and highlighter, as the content script does).');
  L.push('- Extension-loaded runs: the built extension (.tmp/bench/chrome) in a persistent Chromium profile; CDP trace from navigation to the end of an idle window. Longest task = longest top-level main-thread task in which extension code ran. Heap added = JS heap after GC with the extension minus the same page in a browser without it. Idle = trace events with a chrome-extension:// URL (function calls, timers, script evaluation) during the idle window, plus CDP `ScriptDuration` over the window.');
  L.push('');

  L.push('## Generated article pages');
  L.push('');
  L.push('| text | mentions | floor | Lateral (x floor) | pass: wall / slices / matcher | markRegExp | naive mark.js | naive / Lateral | Lateral longest slice or task | Lateral heap retained | highlights: Lateral / naive |');
  L.push('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const p of results.pages.filter((q) => q.group === 'generated')) {
    const f = p.methods;
    L.push(
      `| ${sizeLabel(p.chars)} | ${p.mentions} | ${ms(f.floor.medianMs)} | ${methodCell(f.fullPass)} | ${phases(f.fullPass)} | ${methodCell(f.markRegExp)} | ${methodCell(f.naiveMark)} | ` +
        `${x(ratio(f.naiveMark?.medianMs ?? Number.NaN, f.fullPass?.medianMs ?? Number.NaN))} | ${f.fullPass ? ms(f.fullPass.longestTaskMs) : '–'} | ${mb(f.fullPass?.heapRetained ?? Number.NaN)} | ${f.fullPass?.count ?? '–'} / ${f.naiveMark && !f.naiveMark.extrapolated ? f.naiveMark.count : '–'} |`,
    );
  }
  L.push('');

  if (results.scaling.length > 0) {
    L.push('## Phrase count (synthetic packs)');
    L.push('');
    const names = Object.keys(results.scaling[0]!.packs);
    L.push(`| text | mentions | floor | ${names.map((n) => `${results.scaling[0]!.packs[n]!.phrases} phrases`).join(' | ')} | largest / smallest |`);
    L.push(`|---|---|---|${names.map(() => '---').join('|')}|---|`);
    for (const s of results.scaling) {
      L.push(`| ${sizeLabel(s.chars)} | ${s.mentions} | ${ms(s.floor.medianMs)} | ${names.map((n) => methodCell(s.packs[n])).join(' | ')} | ${x(s.largestOverSmallest)} |`);
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
    L.push(`Compiled pack sizes: ${results.packs.map((p) => `${p.name} ${p.phrases} phrases → ${p.patterns} patterns, ${kb(p.compiledBytes)} JSON`).join('; ')}.`);
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
    L.push('| page | text | scan done | marks | longest task with extension code | tasks with extension code (> 50 ms) | their total | longest task on the page (any) | heap added vs no extension | idle: extension events | idle script ms (without extension) |');
    L.push('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const e of results.extension) {
      const ev = Object.entries(e.idle.extensionEvents).map(([k, v]) => `${k} ${v}`).join(', ') || '0';
      L.push(
        `| ${e.page} | ${sizeLabel(e.chars)} | ${e.scanned ? `yes, ${ms(e.scanMs)} after navigation` : 'no'} | ${e.marks} | ${ms(e.longestExtensionTaskMs)} | ${e.extensionTasks} (${e.extensionTasksOver50}) | ${ms(e.extensionScriptMs)} | ` +
          `${ms(e.longestTaskMs)} (page alone ${ms(e.plainLongestTaskMs)}) | ${mb(e.heapAddedVsPlain)} | ${ev} | ${fmt(e.idle.scriptMs)} (${fmt(e.idle.plainScriptMs)}) |`,
      );
    }
    L.push('');
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
    L.push('| page | text | floor | Lateral (x floor) | pass: wall / slices / matcher | markRegExp | naive mark.js | highlights | longest slice or task | heap retained |');
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
