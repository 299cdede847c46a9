import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../../../src/core/pack/schema';
import { defaultSettings, settingsSchema, withStyle } from '../../../../src/core/settings';
import { packSwitches, ruleLanguages } from '../../../../src/pages/options/rule-groups';

const data = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../..', 'data', file), 'utf8')) as StoryPack;

describe('switches come from the pack data', () => {
  it('the story pack: its two topics, the people it names on their own, and each known error a check flags, titled by the pack', () => {
    const pack = data('witkoff-ushakov.json');
    const switches = packSwitches({ pack });
    expect(switches.topics.map((t) => [t.key, t.label])).toEqual(pack.topics.map((t) => [`topic:${t.id}`, t.label]));
    const call = switches.topics.find((t) => t.key === 'topic:call')!;
    expect(call.names.map((n) => n.label)).toEqual(expect.arrayContaining(['Steve Witkoff', 'Yuri Ushakov']));
    const titles = new Map(pack.discrepancies.map((d) => [d.id, d.title]));
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect([...switches.errors].sort(byKey)).toEqual(
      pack.checks.map((c) => ({ key: `error:${c.discrepancyId}`, label: titles.get(c.discrepancyId) })).sort(byKey),
    );
    expect(ruleLanguages([pack])).toEqual(expect.arrayContaining(['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl']));
  });

  it('another pack brings its own topic and errors, with no names when it has no person rules', () => {
    const pack = data('workshop-practice.json');
    const switches = packSwitches({ pack });
    expect(switches.topics.map((t) => t.key)).toEqual(['topic:practice']);
    expect(switches.topics[0]!.names).toEqual([]);
    expect(switches.errors.map((e) => e.key).sort()).toEqual(pack.checks.map((c) => `error:${c.discrepancyId}`).sort());
  });
});

describe('each highlight style keeps its own colours', () => {
  it('leaving a style saves its custom colours, coming back restores them, defaults fill the rest', () => {
    const start = { ...defaultSettings().highlight, mentionColor: '#ffe08a' };
    const underline = withStyle(start, 'underline');
    expect(underline).toEqual({
      style: 'underline',
      mentionColor: '#2f7fd8',
      discrepancyColor: '#d1343a',
      coloursByStyle: { background: { mentionColor: '#ffe08a', discrepancyColor: '#ffc9c9' } },
    });
    const custom = { ...underline, mentionColor: '#8a5cf6' };
    const back = withStyle(custom, 'background');
    expect(back).toEqual({
      style: 'background',
      mentionColor: '#ffe08a',
      discrepancyColor: '#ffc9c9',
      coloursByStyle: { underline: { mentionColor: '#8a5cf6', discrepancyColor: '#d1343a' } },
    });
    expect(withStyle(back, 'underline').mentionColor).toBe('#8a5cf6');
    // Every step is valid settings, and default colours are not stored as custom ones.
    for (const highlight of [underline, back]) expect(settingsSchema.safeParse({ highlight }).success).toBe(true);
    expect(withStyle(defaultSettings().highlight, 'outline').coloursByStyle).toEqual({});
  });
});
