/**
 * `node --import tsx bench/profile.ts [chars] [mentions] [--warm]`: CPU profile of one
 * Lateral pass on a generated page in headless Chromium (unminified build), printing the
 * functions with the most self time and with the most total time (a phase such as
 * creating the matcher shows whole), and the main thread's V8 work during the pass from
 * a trace (compiling code, garbage collection). For tracing a benchmark miss to its code.
 *
 * The pass runs cold, as the bench runs it. With `--warm` the page is loaded and passed
 * once before, in the same renderer, so V8's compilation cache holds the engine's code
 * and the profile shows running it without compiling it. LATERAL_PROFILE_US sets the
 * sampling interval (default 100 µs; sampling slows the page, so totals run high).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { openPlainTab, settleFrames, startTrace } from './lib/browser.ts';
import { generatePage } from './lib/generate.ts';
import { loadStoryPack } from './lib/packs.ts';
import { startBenchServer, REPO_ROOT } from './lib/server.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const chars = Number(positional[0] ?? 100_000);
const mentions = Number(positional[1] ?? 0);
const WARM = process.argv.includes('--warm');
/** Trace events of V8's own work on the main thread, summed over the pass. */
const V8_WORK = [
  'V8.CompileCode',
  'V8.ParseFunction',
  'V8.CompileIgnition',
  'MinorGC',
  'MajorGC',
  'V8.GC_MARK_COMPACTOR',
  'V8.OptimizeCode',
];
process.env.LATERAL_BENCH_UNMINIFIED = '1';
await build({ configFile: resolve(REPO_ROOT, 'bench', 'vite.config.ts'), logLevel: 'warn' });
const source = readFileSync(resolve(REPO_ROOT, '.tmp/bench/page-dev/lateral-bench.js'), 'utf8');
const story = loadStoryPack()!;
const server = await startBenchServer();
server.route(
  '/p.html',
  generatePage({ textChars: chars, mentions, phrases: story.mentionPhrases, lead: story.leadPhrases, seed: chars + mentions }).html,
);
const tab = await openPlainTab(server.origin);
const pass = () =>
  tab.page.evaluate(async () => {
    performance.mark('lateral-pass-start');
    const result = await (globalThis as unknown as { lateralBench: { fullPass(): Promise<unknown> } }).lateralBench.fullPass();
    performance.mark('lateral-pass-end');
    return result;
  });
const load = async () => {
  await tab.page.goto(server.url('/p.html'));
  await tab.page.addScriptTag({ content: source });
  await tab.page.evaluate(
    (json) => void ((globalThis as unknown as { __lateralPacks: unknown }).__lateralPacks = JSON.parse(json)),
    story.json,
  );
  await settleFrames(tab.page);
};
try {
  if (WARM) {
    await load();
    await pass();
  }
  await load();
  const stopTrace = await startTrace(tab.cdp, 'v8,disabled-by-default-v8.compile,disabled-by-default-v8.gc,blink.user_timing');
  await tab.cdp.send('Profiler.enable');
  await tab.cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.LATERAL_PROFILE_US ?? 100) });
  await tab.cdp.send('Profiler.start');
  const result = await pass();
  const { profile } = (await tab.cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const events = await stopTrace();
  console.log(JSON.stringify(result));
  const start = events.find((e) => e.name === 'lateral-pass-start');
  const end = events.find((e) => e.name === 'lateral-pass-end');
  const work = new Map<string, number>();
  for (const e of events) {
    if (!start || !end || e.tid !== start.tid || e.ph !== 'X' || e.ts < start.ts || e.ts > end.ts) continue;
    if (V8_WORK.includes(e.name)) work.set(e.name, (work.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  console.log(`V8 work during the pass (trace, ms): ${V8_WORK.map((name) => `${name} ${(work.get(name) ?? 0).toFixed(1)}`).join(', ')}`);
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const key = `${node.callFrame.functionName || '(anonymous)'} :${node.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  // Total time: every function on a sample's stack counts that sample once, so a
  // phase (creating the matcher, the text index, the engine, the highlights) shows whole.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (f.functionName.startsWith('(')) continue;
      seen.add(`${f.functionName || '(anonymous)'} :${f.lineNumber + 1}`);
    }
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log('self time');
  for (const [key, ms] of top(self, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
  console.log('total time');
  for (const [key, ms] of top(total, 60)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
} finally {
  await tab.close();
  await server.close();
}
