import { describe, expect, it } from 'vitest';
import { extensionOwnMs, extensionSamples, summarizeMainThread, type TraceEvent } from '../../../bench/lib/trace';

const MAIN = { pid: 1, tid: 7 };
const EXT = 'chrome-extension://abc/content-start.js';
const task = (ts: number, dur: number): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, ...MAIN });
const ext = (name: string, ts: number, dur: number): TraceEvent => ({ name, ph: 'X', ts, dur, ...MAIN, args: { data: { url: EXT } } });

describe("the extension's own time in a trace", () => {
  it('counts a listener that runs inside a long page task by its own duration, not the whole task', () => {
    // The page's parse takes 30 ms; a listener of the extension runs for 0.1 ms within it.
    const events = [task(0, 30_000), ext('FunctionCall', 5_000, 100)];
    expect(extensionOwnMs(events, MAIN)).toBeCloseTo(0.1);
    expect(
      summarizeMainThread(events, MAIN)
        .tasks.filter((t) => t.extension)
        .map((t) => t.ms),
    ).toEqual([30]);
  });

  it('counts nested events once and adds samples outside them (continuations), not those inside', () => {
    const events = [task(100, 600), ext('EvaluateScript', 100, 500), ext('v8.compile', 120, 50), ext('FunctionCall', 200, 100)];
    const samples = [
      { t: 400, us: 170 },
      { t: 1_000, us: 170 },
      { t: 1_170, us: 160 },
    ];
    expect(extensionOwnMs(events, MAIN, -Infinity, Infinity, samples)).toBeCloseTo((500 + 170 + 160) / 1000);
    // Only what falls in the window counts.
    expect(extensionOwnMs(events, MAIN, 900, 1_100, samples)).toBeCloseTo(0.17);
  });

  it('gives each task its thread time, and the longest by thread time among tasks with extension code', () => {
    // Two tasks with extension code: the first waited for a core (40 ms wall, 6 ms run), the second did not.
    const events = [
      { ...task(0, 40_000), tdur: 6_000 },
      ext('FunctionCall', 1_000, 100),
      { ...task(50_000, 12_000), tdur: 11_000 },
      ext('FunctionCall', 51_000, 100),
      { ...task(70_000, 30_000), tdur: 29_000 },
    ];
    const summary = summarizeMainThread(events, MAIN);
    expect(summary.tasks.map((t) => t.threadMs)).toEqual([6, 11, 29]);
    expect(summary.longestExtensionMs).toBe(40);
    expect(summary.longestExtensionThreadMs).toBe(11);
  });

  it('ignores events of other threads and of the page', () => {
    const events = [
      { ...ext('FunctionCall', 0, 900), tid: 8 },
      { ...ext('FunctionCall', 0, 900), args: { data: { url: 'http://page/x.js' } } },
    ];
    expect(extensionOwnMs(events, MAIN)).toBe(0);
  });
});

describe('CPU samples with extension code on the stack', () => {
  it('keeps the samples whose stack holds extension code, each standing for the time to the next sample', () => {
    const nodes = [
      { id: 1, callFrame: { url: '' } },
      { id: 2, parent: 1, callFrame: { url: EXT } },
      { id: 3, parent: 2, callFrame: { url: '' } },
      { id: 4, parent: 1, callFrame: { url: 'http://page/x.js' } },
    ];
    const events: TraceEvent[] = [
      { name: 'Profile', ph: 'P', ts: 0, ...MAIN, id: '0x1', args: { data: { startTime: 1_000 } } } as TraceEvent,
      {
        name: 'ProfileChunk',
        ph: 'P',
        ts: 1,
        ...MAIN,
        id: '0x1',
        args: { data: { cpuProfile: { nodes, samples: [4, 3, 2, 4, 2] }, timeDeltas: [0, 100, 150, 200, 5_000] } },
      } as unknown as TraceEvent,
    ];
    // Samples at 1000 (page), 1100 (native under extension), 1250 (extension), 1450 (page), 6450 (extension, last).
    expect(extensionSamples(events, 1)).toEqual([
      { t: 1_100, us: 150 },
      { t: 1_250, us: 200 },
      { t: 6_450, us: 0 },
    ]);
  });
});
