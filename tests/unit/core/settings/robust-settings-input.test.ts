/**
 * Bad input to settings: every malformed or oversized file in tests/fixtures/bad-input/settings
 * is refused with a located, coded problem (so the options page can explain it) and no
 * settings come back; garbage already in storage is repaired field by field without
 * throwing; custom phrases that could hang a page are refused or stay cheap.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettingsFile, phraseProblem, settingsFromItems } from '../../../../src/core/settings';
import { compilePack, createMatcher, type DetectionPackInput } from '../../../../src/core/detect';
import type { StoryPack } from '../../../../src/core/pack/schema';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'bad-input');

interface Case {
  file: string;
  expect: { code?: string; path?: string };
  why: string;
}
const cases = JSON.parse(readFileSync(join(DIR, 'settings', 'cases.json'), 'utf8')) as Case[];

describe('settings import: malformed and oversized files', () => {
  it('has a corpus of at least 20 bad files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const c of cases) {
    it(`${c.file} (${c.why}) is refused with a clear, located problem`, () => {
      // The options page reads the file as UTF-8 text, as File.text() does.
      const text = readFileSync(join(DIR, 'settings', c.file), 'utf8');
      const result = parseSettingsFile(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.length).toBeGreaterThan(0);
      for (const p of result.problems) {
        expect(typeof p.path).toBe('string');
        expect(p.path.length).toBeGreaterThan(0);
        expect(p.code).toMatch(/^[a-z-]+$/);
      }
      if (c.expect.code) expect(result.problems.map((p) => p.code)).toContain(c.expect.code);
      if (c.expect.path) expect(result.problems.map((p) => p.path)).toContain(c.expect.path);
      // A list of thousands of problems is cut short, not dumped on the reader.
      expect(result.problems.length).toBeLessThanOrEqual(41);
    });
  }

  it('does not pollute Object.prototype on a __proto__ file', () => {
    parseSettingsFile(readFileSync(join(DIR, 'settings', '21-proto-pollution.json'), 'utf8'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps phrases that look like a regular expression or markup, as plain text', () => {
    for (const [file, phrase] of [
      ['regex-phrase.json', '(a+)+$'],
      ['html-in-phrase.json', '<img src=x onerror=alert(1)>'],
    ] as const) {
      const result = parseSettingsFile(readFileSync(join(DIR, 'settings-plain-text', file), 'utf8'));
      expect(result.ok, file).toBe(true);
      if (result.ok) expect(result.settings.customPhrases).toEqual([{ topic: 'call', phrase }]);
    }
  });

  it('still accepts a good file (the control case)', () => {
    const result = parseSettingsFile(readFileSync(join(DIR, 'settings-good.json'), 'utf8'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings).toMatchObject({ enabled: false, sensitivity: 'strict' });
  });
});

describe('settings storage: garbage values are repaired, never thrown', () => {
  const garbage: [string, Record<string, unknown>][] = [
    ['wrong types everywhere', { 'settings.enabled': 'yes', 'settings.highlight': 7, 'settings.sites': [], 'settings.version': 1 }],
    [
      'null and nested garbage',
      { 'settings.rules': null, 'settings.customPhrases': { 0: 'x' }, 'settings.sensitivity': { $chunks: 'many' } },
    ],
    ['broken chunks', { 'settings.customPhrases': { $chunks: 3 }, 'settings.customPhrases#0': '[{"topic":"call",', 'settings.version': 1 }],
    ['unknown future version', { 'settings.version': 99, 'settings.enabled': false, 'settings.telemetry': true }],
    ['version garbage', { 'settings.version': '<script>', 'settings.enabled': false }],
    [
      'markup and huge strings',
      { 'settings.sensitivity': '<img src=x onerror=alert(1)>', 'settings.highlight': { mentionColor: 'x'.repeat(100_000) } },
    ],
    [
      'prototype keys',
      JSON.parse('{"settings.__proto__":{"enabled":false},"settings.constructor":1,"settings.version":1}') as Record<string, unknown>,
    ],
  ];
  for (const [name, items] of garbage) {
    it(`${name}: gives valid settings, lists what was repaired, is still arriving or is from another version`, () => {
      const loaded = settingsFromItems(items);
      expect(loaded.settings).toBeTruthy();
      expect(Object.keys(loaded.settings).sort()).toEqual(Object.keys(defaultSettings()).sort());
      expect(loaded.repaired.length + (loaded.pending?.length ?? 0) + (loaded.unreadableVersion === undefined ? 0 : 1)).toBeGreaterThan(0);
    });
  }

  it('keeps the valid fields next to a broken one (field by field, nothing lost)', () => {
    const loaded = settingsFromItems({
      'settings.version': 1,
      'settings.enabled': false,
      'settings.sensitivity': 'strict',
      'settings.highlight': 'garbage',
      'settings.customPhrases': [
        { topic: 'call', phrase: 'phone call' },
        { topic: 'call', phrase: '(a+)+$' },
        { topic: 'call', phrase: '\u202eevil' },
      ],
    });
    expect(loaded.settings.enabled).toBe(false);
    expect(loaded.settings.sensitivity).toBe('strict');
    expect(loaded.settings.highlight).toEqual(defaultSettings().highlight);
    expect(loaded.settings.customPhrases).toEqual([
      { topic: 'call', phrase: 'phone call' },
      { topic: 'call', phrase: '(a+)+$' },
    ]);
  });
});

describe('custom phrases: pathological input cannot hang a page', () => {
  const { refused, acceptedButHeavy } = JSON.parse(readFileSync(join(DIR, 'phrases', 'pathological.json'), 'utf8')) as {
    refused: string[];
    acceptedButHeavy: string[];
  };

  for (const phrase of refused) {
    it(`refuses ${JSON.stringify(phrase.slice(0, 30))} with a reason`, () => {
      expect(phraseProblem(phrase)).toBeTruthy();
    });
  }

  it('matches the heaviest accepted phrases (and a full list of 100) over a 1 MB adversarial page in bounded time', () => {
    const accepted = acceptedButHeavy.filter((p) => phraseProblem(p) === undefined);
    expect(accepted.length).toBeGreaterThan(8);
    const list = [...accepted];
    for (let i = 0; list.length < 100; i++) list.push(`a${'a'.repeat(i % 70)} b${i}`);
    // The shipped pack with its rules, so custom phrases attach to real topics.
    const root = join(import.meta.dirname, '..', '..', '..', '..', 'data');
    const pack = JSON.parse(readFileSync(join(root, 'witkoff-ushakov.json'), 'utf8')) as StoryPack;
    const detection = JSON.parse(readFileSync(join(root, 'detection', 'witkoff-ushakov.rules.json'), 'utf8')) as Pick<
      DetectionPackInput,
      'rules' | 'checks'
    >;
    const compiled = compilePack({ id: pack.id, topics: pack.topics, rules: detection.rules, checks: detection.checks });
    const matcher = createMatcher([compiled], { customPhrases: list.map((phrase) => ({ topic: 'call', phrase })) });
    // The matcher takes the heavy phrases (it may cap the count; the cap is reported, never silent).
    const taken = list.length - matcher.rejectedPhrases.length;
    expect(taken).toBeGreaterThanOrEqual(accepted.length);
    expect(matcher.rejectedPhrases.every((r) => r.reason.length > 0)).toBe(true);
    const page = ('a a a aaaa the of the e e 28 аа Witkoff–Ushakov call ' + 'a'.repeat(200) + ' ').repeat(4_000).slice(0, 1_000_000);
    // Finishing at all is the point (a backtracking matcher would hang the test); the
    // benchmark measures what such a page costs.
    const hits = matcher.scan(page);
    expect(hits.length, 'the heavy phrases really matched').toBeGreaterThan(1_000);
  }, 120_000);
});
