/**
 * `node --import tsx bench/long-tasks.ts [--skip-build] [--runs=N] [size:mentions ...]`:
 * the built extension (.tmp/bench-long/chrome) on generated story pages in headless
 * Chromium, traced from navigation until the page is marked scanned. Prints every task
 * with extension code in it that ran longer than 16 ms, with the trace events in it and
 * the functions with the most self time among its CPU samples, and per page the longest
 * such task. Set LATERAL_UNMINIFIED=1 for a build whose profiles show function names.
 * Sizes as in the bench: 10k, 100k, 1m; default pages 10k:100 100k:100 1m:1000.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openExtensionTab, startTrace } from './lib/browser.ts';
import { generatePage } from './lib/generate.ts';
import { loadStoryPack } from './lib/packs.ts';
import { startBenchServer, REPO_ROOT } from './lib/server.ts';
import {
  busiestMainThread,
  extensionSampleTimes,
  isExtensionUrl,
  profileSamples,
  summarizeMainThread,
  type ProfileNode,
} from './lib/trace.ts';

const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const LONG_MS = 16;
const OUT = resolve(REPO_ROOT, '.tmp', 'bench-long');
/** `--ext=dir,dir`: built extensions to compare, interleaved page by page (no build then). */
const EXT_DIRS = args
  .find((a) => a.startsWith('--ext='))
  ?.slice(6)
  .split(',')
  .map((d) => resolve(d)) ?? [join(OUT, 'chrome')];
const EXT_DIR = EXT_DIRS[0]!;
const size = (v: string) =>
  v.endsWith('k') ? Number(v.slice(0, -1)) * 1024 : v.endsWith('m') ? Number(v.slice(0, -1)) * 1024 * 1024 : Number(v);
const pages = (
  args.filter((a) => !a.startsWith('--')).length ? args.filter((a) => !a.startsWith('--')) : ['10k:100', '100k:100', '1m:1000']
).map((spec) => {
  const [chars, mentions] = spec.split(':');
  return { spec, chars: size(chars!), mentions: Number(mentions ?? 100) };
});

if (!args.some((a) => a.startsWith('--ext=')) && (!args.includes('--skip-build') || !existsSync(join(EXT_DIR, 'manifest.json')))) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', 'chrome'], {
    cwd: REPO_ROOT,
    env: { ...process.env, LATERAL_DIST_ROOT: '.tmp/bench-long' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('extension build failed');
}

type Node = ProfileNode;

const frameName = (n: Node | undefined) => {
  const f = n?.callFrame;
  if (!f) return '?';
  const file = (f.url ?? '').split('/').pop() ?? '';
  return `${f.functionName || '(anon)'} ${file}:${(f.lineNumber ?? 0) + 1}:${(f.columnNumber ?? 0) + 1}`;
};

const story = loadStoryPack()!;
const server = await startBenchServer();
server.route('/blank.html', '<!doctype html><title>blank</title><body></body>');
for (const p of pages) {
  server.route(
    `/p-${p.spec}.html`,
    generatePage({
      textChars: p.chars,
      mentions: p.mentions,
      phrases: story.mentionPhrases,
      lead: story.leadPhrases,
      seed: p.chars + p.mentions,
    }).html,
  );
}
// A fresh browser per run: the first story page a renderer shows runs Lateral's code cold.
let tabs: Awaited<ReturnType<typeof openExtensionTab>>[] = [];
const summary: string[] = [];
const longest = new Map<string, number[]>();
const longestCpuBy = new Map<string, number[]>();
try {
  for (let run = 0; run < RUNS; run++) {
    for (const tab of tabs) await tab.close();
    tabs = [];
    for (const dir of EXT_DIRS) tabs.push(await openExtensionTab(server.origin, dir));
    for (const p of pages) {
      for (const [k, tab] of (run % 2 ? [...tabs].reverse() : tabs).entries()) {
        const label = `${p.spec} ${EXT_DIRS.length > 1 ? EXT_DIRS[run % 2 ? tabs.length - 1 - k : k] : ''}`;
        await tab.page.goto(server.url('/blank.html'));
        const stop = await startTrace(tab.cdp);
        await tab.page.goto(server.url(`/p-${p.spec}.html`), { waitUntil: 'load', timeout: 120_000 });
        await tab.page.waitForFunction(() => document.documentElement.hasAttribute('data-lateral-scanned'), undefined, {
          timeout: 90_000,
          polling: 50,
        });
        await tab.page.waitForTimeout(300);
        const events = await stop();
        const main = busiestMainThread(events);
        if (!main) continue;
        const extTimes = extensionSampleTimes(events, main.pid);
        const s = summarizeMainThread(events, main, -Infinity, Infinity, extTimes);
        const { nodes, samples } = profileSamples(events, main.pid);
        const cpu = (t: { threadMs: number }) => t.threadMs;
        const ext = s.tasks.filter((t) => t.extension);
        const longestCpu = ext.reduce((m, t) => Math.max(m, cpu(t)), 0);
        longestCpuBy.set(`${p.spec} ${EXT_DIRS.length > 1 ? label.split(' ')[1] : ''}`, [
          ...(longestCpuBy.get(`${p.spec} ${EXT_DIRS.length > 1 ? label.split(' ')[1] : ''}`) ?? []),
          longestCpu,
        ]);
        const long = ext.filter((t) => t.ms > LONG_MS);
        const heavy = ext.filter((t) => cpu(t) > 8);
        const marks = await tab.page.evaluate(() => document.querySelectorAll('lateral-mark').length);
        longest.set(label, [...(longest.get(label) ?? []), s.longestExtensionMs]);
        summary.push(
          `${label} run ${run}: marks ${marks}, ext tasks ${ext.length}, longest ${s.longestExtensionMs.toFixed(1)} ms (thread time ${longestCpu.toFixed(1)} ms), thread time of all ${ext.reduce((n, t) => n + (cpu(t) || 0), 0).toFixed(1)} ms, over ${LONG_MS} ms: ${long.length} [${long.map((t) => `${t.ms.toFixed(0)}/${cpu(t).toFixed(0)}`).join(', ')}] (wall/thread)`,
        );
        if (args.includes('--quiet')) continue;
        console.log(`\n=== ${p.spec} run ${run}: ${ext.length} tasks with extension code, ${long.length} over ${LONG_MS} ms`);
        for (const task of heavy) {
          const inTask = events.filter(
            (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= task.start && e.ts < task.end && (e.dur ?? 0) > 500,
          );
          console.log(
            `-- task ${task.ms.toFixed(1)} ms (thread ${cpu(task).toFixed(1)} ms) at +${((task.start - ext[0]!.start) / 1000).toFixed(0)} ms`,
          );
          for (const e of inTask.slice(0, 14)) {
            const url = e.args?.data?.url ?? '';
            console.log(`   ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms ${e.name}${url ? ' ' + url.split('/').pop() : ''}`);
          }
          const self = new Map<string, number>();
          const extOnStack = new Map<string, number>();
          const inclusive = new Map<string, number>();
          for (const sm of samples) {
            if (sm.t < task.start || sm.t > task.end) continue;
            const leaf = nodes.get(sm.node);
            const key = frameName(leaf);
            self.set(key, (self.get(key) ?? 0) + sm.us / 1000);
            // The innermost extension frame on the stack: which of Lateral's functions the time is under.
            const onStack = new Set<string>();
            for (let a: Node | undefined = leaf; a; a = a.parent !== undefined ? nodes.get(a.parent) : undefined) onStack.add(frameName(a));
            for (const k of onStack) inclusive.set(k, (inclusive.get(k) ?? 0) + sm.us / 1000);
            let n: Node | undefined = leaf;
            while (n && !isExtensionUrl(n.callFrame?.url ?? '')) n = n.parent !== undefined ? nodes.get(n.parent) : undefined;
            const owner = n ? frameName(n) : '(no extension frame)';
            extOnStack.set(owner, (extOnStack.get(owner) ?? 0) + sm.us / 1000);
          }
          console.log('   self time:');
          for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`   ${ms.toFixed(1).padStart(6)} ms  ${k}`);
          console.log('   total time (on the stack):');
          for (const [k, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30))
            console.log(`   ${ms.toFixed(1).padStart(6)} ms  ${k}`);
          console.log('   under the innermost extension frame:');
          for (const [k, ms] of [...extOnStack].sort((a, b) => b[1] - a[1]).slice(0, 10))
            console.log(`   ${ms.toFixed(1).padStart(6)} ms  ${k}`);
        }
      }
    }
  }
} finally {
  for (const tab of tabs) await tab.close();
  await server.close();
}
console.log('\n' + summary.join('\n'));
console.log('\nlongest task with extension code, per page and build (ms; median, each run):');
for (const [label, list] of longestCpuBy) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(
    `thread time ${label}: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} [${list.map((v) => v.toFixed(0)).join(', ')}]`,
  );
}
for (const [label, list] of longest) {
  const sorted = [...list].sort((a, b) => a - b);
  console.log(`${label}: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} [${list.map((v) => v.toFixed(0)).join(', ')}]`);
}
