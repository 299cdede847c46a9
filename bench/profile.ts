/**
 * `node --import tsx bench/profile.ts [chars] [mentions]`: CPU profile of one Lateral
 * pass on a generated page in headless Chromium (unminified build), printing the
 * functions with the most self time. For tracing a benchmark miss to its code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { openPlainTab, settleFrames } from './lib/browser.ts';
import { generatePage } from './lib/generate.ts';
import { loadStoryPack } from './lib/packs.ts';
import { startBenchServer, REPO_ROOT } from './lib/server.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const chars = Number(process.argv[2] ?? 100_000);
const mentions = Number(process.argv[3] ?? 0);
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
try {
  await tab.page.goto(server.url('/p.html'));
  await tab.page.addScriptTag({ content: source });
  await tab.page.evaluate(
    (json) => void ((globalThis as unknown as { __lateralPacks: unknown }).__lateralPacks = JSON.parse(json)),
    story.json,
  );
  await settleFrames(tab.page);
  await tab.cdp.send('Profiler.enable');
  await tab.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await tab.cdp.send('Profiler.start');
  const result = await tab.page.evaluate(() =>
    (globalThis as unknown as { lateralBench: { fullPass(): Promise<unknown> } }).lateralBench.fullPass(),
  );
  const { profile } = (await tab.cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  console.log(JSON.stringify(result));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const key = `${node.callFrame.functionName || '(anonymous)'} :${node.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
} finally {
  await tab.close();
  await server.close();
}
