// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS, ScanDriver } from '../../../src/content/scan-driver';
import { Highlighter } from '../../../src/content/highlighter';
import { createGate, gateFrom, gateSources } from '../../../src/core/detect/gate';
import { compilePack, createMatcher } from '../../../src/core/detect/index';
import pack from '../../../data/witkoff-ushakov.json';

// Loaded through the JSON import: happy-dom's URL cannot resolve file paths.
const compiled = compilePack(pack as Parameters<typeof compilePack>[0]);

function setup() {
  const loads: number[] = [];
  const highlighter = new Highlighter({ label: (f) => f.text });
  const scanDriver = new ScanDriver({
    highlighter,
    gate: createGate(pack.gate),
    matcher: async () => {
      loads.push(Date.now());
      return createMatcher(compiled);
    },
    own: (edit) => edit(),
    signal: new AbortController().signal,
  });
  return { scanDriver, highlighter, loads };
}

describe('the content script behind the page gate', () => {
  it('never loads the matcher on a page that does not pass the gate', async () => {
    document.body.innerHTML = '<article><p>The council approved new bike lanes.</p><p>Prices rose 28 percent in 2020.</p></article>';
    const before = document.body.innerHTML;
    const { scanDriver, highlighter, loads } = setup();
    await scanDriver.fullPass();
    expect(loads).toEqual([]);
    expect(scanDriver.engaged).toBe(false);
    expect(highlighter.size).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('loads the matcher once when added content passes the gate, and asks for a full pass', async () => {
    document.body.innerHTML = '<article><p>Officials in Kyiv and Moscow reacted on Tuesday.</p></article>';
    const { scanDriver, highlighter, loads } = setup();
    await scanDriver.fullPass();
    expect(loads.length).toBe(0);

    const added = document.createElement('p');
    added.textContent = 'A recording shows Steve Witkoff coaching Yuri Ushakov before the call.';
    document.querySelector('article')!.appendChild(added);
    expect(await scanDriver.partialPass([added])).toBe(true);
    expect(loads.length).toBe(1);

    await scanDriver.fullPass();
    expect(loads.length).toBe(1);
    expect(highlighter.size).toBeGreaterThan(0);
  });

  it('never loads the matcher when only script or style source passes the gate', async () => {
    document.body.innerHTML =
      '<p>The council approved new bike lanes.</p><script>window.envoy_config = {}; var witkoff = 1;</script>' +
      '<style>.ushakov { color: red }</style><p>Prices rose 28 percent in 2020.</p>';
    expect(createGate(pack.gate)(document.body.textContent ?? '')).toBe(true);
    const { scanDriver, highlighter, loads } = setup();
    await scanDriver.fullPass();
    expect(loads).toEqual([]);
    expect(highlighter.size).toBe(0);
  });

  it('still loads the matcher when the story is named both in a script and in the text', async () => {
    document.body.innerHTML = '<script>var tag = "Witkoff";</script><p>The Witkoff–Ushakov call took place on 14 October 2025.</p>';
    const { scanDriver, highlighter, loads } = setup();
    await scanDriver.fullPass();
    expect(loads.length).toBe(1);
    expect(highlighter.size).toBeGreaterThan(0);
  });

  it('loads the matcher at once on a page about the story', async () => {
    document.body.innerHTML = '<p>The Witkoff–Ushakov call took place on 14 October 2025.</p>';
    const { scanDriver, highlighter, loads } = setup();
    await scanDriver.fullPass();
    expect(loads.length).toBe(1);
    expect(highlighter.size).toBeGreaterThan(0);
  });
});

describe('a page that repeats a mention thousands of times', () => {
  it(`gets at most ${MAX_FINDINGS} highlights`, async () => {
    document.body.innerHTML = `<p>${'The Witkoff–Ushakov call. '.repeat(MAX_FINDINGS + 500)}</p>`;
    const { scanDriver, highlighter } = setup();
    await scanDriver.fullPass();
    expect(highlighter.size).toBe(MAX_FINDINGS);
  });
});

describe('the page-start gate, joined at build time', () => {
  // The build joins the bundled packs' patterns once; a page adds installed packs' and the reader's own.
  const bundled = gateSources(pack.gate);
  const texts = [
    'Witkoff spoke to Ushakov.',
    'Уиткофф и Ушаков говорили по телефону.',
    'The 28-point plan was leaked.',
    'A Riverside Courier report.',
    'Prices rose 28 percent; the council met.',
    'Новости футбола и погода.',
    'The Larchmere Review, a zeitgeist column and a смешанный text about nothing.',
    'A quiet page about gardening.',
  ];

  it('answers as the gate over all the patterns at once, with and without what a page adds', () => {
    const installed = ['(?<=zeit)geist', '(?<=смешан)ный'];
    const custom = ['gardening', ''];
    for (const [extra, phrases] of [
      [[], []],
      [installed, []],
      [[], custom],
      [installed, custom],
    ] as [string[], string[]][]) {
      const joined = gateFrom(gateSources(extra, phrases, bundled));
      const whole = createGate([...pack.gate, ...extra], phrases);
      for (const text of texts) expect(joined(text), text).toBe(whole(text));
    }
    expect(gateFrom(gateSources([], [], bundled))('A quiet page about gardening.')).toBe(false);
    expect(gateFrom(gateSources([], ['gardening'], bundled))('A quiet page about gardening.')).toBe(true);
  });

  it('passes nothing without patterns', () => {
    expect(gateFrom(gateSources([], ['  ']))('Witkoff')).toBe(false);
  });
});
