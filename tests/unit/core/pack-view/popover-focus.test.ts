import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../../../src/core/pack/schema';
import { entityNamed, focusOf, LEAD_FACTS } from '../../../../src/core/pack-view/focus';
import { sourceLine } from '../../../../src/core/pack-view/source-line';
import { discrepancyView } from '../../../../src/core/pack-view/topic-view';

const pack = JSON.parse(readFileSync(new URL('../../../../data/witkoff-ushakov.json', import.meta.url), 'utf8')) as StoryPack;
const mention = (topic: string, text: string, factIds: string[] = [], ruleId?: string) => ({
  kind: 'mention' as const,
  topic,
  factIds,
  text,
  ...(ruleId ? { ruleId } : {}),
});

describe('what a clicked phrase is about', () => {
  it('names the entity in the words, in any language and case ending', () => {
    expect(entityNamed(pack, 'Steve Witkoff')?.id).toBe('witkoff');
    expect(entityNamed(pack, 'Witkoff’s')?.id).toBe('witkoff');
    expect(entityNamed(pack, 'Ушакова')?.id).toBe('ushakov');
    expect(entityNamed(pack, '20-point plan')?.id).toBe('gaza-plan');
    expect(entityNamed(pack, 'special envoy')).toBeUndefined();
    // Two people named together: the words are about the call, not either of them.
    expect(entityNamed(pack, 'Witkoff and Ushakov')).toBeUndefined();
    const both = focusOf(pack, mention('call', 'Witkoff and Ushakov'))!;
    expect(both.kind === 'subject' && both.entity).toBeUndefined();
  });

  it('opens a person on the person: their line, then facts about them, the topic one step away', () => {
    const focus = focusOf(pack, mention('call', 'Steve Witkoff'))!;
    expect(focus.kind).toBe('subject');
    if (focus.kind !== 'subject') return;
    expect(focus.entity?.id).toBe('witkoff');
    expect(focus.lead).toHaveLength(LEAD_FACTS.subject);
    // The person's part in the story leads; "What is Steve Witkoff's job?" repeats their own line, so it waits behind "more".
    expect(focus.lead[0]!.key && focus.lead[0]!.topic === 'call').toBe(true);
    expect(focus.moreAbout.map((f) => f.id)).toContain('witkoff-role');
    for (const f of [...focus.lead, ...focus.moreAbout]) expect(f.entityIds).toContain('witkoff');
    const shown = new Set([...focus.lead, ...focus.moreAbout].map((f) => f.id));
    expect(focus.topicFacts.every((f) => !shown.has(f.id) && f.topic === 'call' && f.key)).toBe(true);
  });

  it('opens different phrases on different things', () => {
    const leadOf = (text: string, topic = 'call', ruleId?: string) => {
      const f = focusOf(pack, mention(topic, text, [], ruleId))!;
      return f.kind === 'subject' ? `${f.entity?.id ?? f.topic.id}:${f.lead.map((x) => x.id).join(',')}` : f.kind;
    };
    const witkoff = leadOf('Steve Witkoff');
    const twenty = leadOf('20-point proposal', 'call', 'en-call-20-point');
    const aide = leadOf('the Kremlin aide', 'call', 'story-role-en');
    expect(new Set([witkoff, twenty, aide]).size).toBe(3);
    expect(twenty.startsWith('gaza-plan:')).toBe(true);
    // The plan's own name opens the plan topic, not a document entry.
    expect(leadOf('28-point plan', 'plan').startsWith('plan:')).toBe(true);
  });

  it('opens a role on the person it stands for, in every language, and not on a principal named inside it', () => {
    const about = (text: string, ruleId?: string) => {
      const f = focusOf(pack, mention('call', text, [], ruleId))!;
      return f.kind === 'subject' ? (f.entity?.id ?? `topic ${f.topic.id}`) : f.kind;
    };
    expect(about('US special envoy', 'en-call-envoy-aide')).toBe('witkoff');
    expect(about("Trump's special envoy", 'story-role-en')).toBe('witkoff');
    expect(about('envoy', 'story-role-en')).toBe('witkoff');
    expect(about("Putin's foreign-policy aide", 'story-role-en')).toBe('ushakov');
    expect(about('the Kremlin aide', 'story-role-en')).toBe('ushakov');
    // The longer role wins, and a person the roles belong to, named beside one, is the one meant.
    expect(about('the Kremlin envoy', 'story-role-en')).toBe('dmitriev');
    expect(about('envoy Kirill Dmitriev', 'story-role-en')).toBe('dmitriev');
    expect(about("Putin's aide Yuri Ushakov", 'story-role-en')).toBe('ushakov');
    // Both roles: the whole story.
    expect(about("Trump's envoy and Putin's aide", 'en-call-envoy-aide')).toBe('topic call');
    expect(about('Putins Berater', 'story-role-de')).toBe('ushakov');
    expect(about("l'émissaire du Kremlin", 'story-role-fr')).toBe('dmitriev');
    expect(about('wysłannika Trumpa', 'story-role-pl')).toBe('witkoff');
    expect(about('помощника Путина', 'story-role-ru')).toBe('ushakov');
    expect(about('посланця Трампа', 'story-role-uk')).toBe('witkoff');
  });

  it('opens a description on its topic when the rule is about no one entity', () => {
    const f = focusOf(pack, mention('plan', 'the draft', [], 'story-plan-en'))!;
    expect(f.kind === 'subject' && f.entity).toBe(undefined);
  });

  it("leads with the rule's own facts when it names some", () => {
    const focus = focusOf(pack, mention('call', 'special envoy', ['call-length']))!;
    expect(focus.kind === 'subject' && focus.lead[0]!.id).toBe('call-length');
  });

  it('opens a flagged sentence on the error', () => {
    const d = pack.discrepancies[0]!;
    expect(focusOf(pack, { kind: 'discrepancy', topic: 'call', factIds: [], discrepancyId: d.id, text: 'x' })).toEqual({
      kind: 'error',
      discrepancyId: d.id,
    });
  });
});

describe('outlets as the popover names them', () => {
  it('numbers seed articles as the classroom does and keeps their date and how sure it is', () => {
    const seeds = pack.sources.filter((s) => s.role === 'seed');
    seeds.forEach((s, i) => {
      const line = sourceLine(pack, s);
      expect(line.number).toBe(i + 1);
      expect(line.name).toBe(s.role === 'seed' ? s.headline : '');
      expect(line.dateInferred).toBe(s.role === 'seed' && s.published.precision !== 'stated');
    });
    const ref = pack.sources.find((s) => s.role === 'reference' && s.url)!;
    expect(sourceLine(pack, ref).url).toBeDefined();
    expect(sourceLine(pack, ref).number).toBeUndefined();
  });

  it('keeps each outlet’s stance in a discrepancy, so "printed the same error" lists only those that did', () => {
    for (const d of pack.discrepancies) {
      const view = discrepancyView(pack, d.id)!;
      expect(view.sources.map((s) => s.stance)).toEqual(d.sources.map((s) => s.stance));
    }
  });
});
