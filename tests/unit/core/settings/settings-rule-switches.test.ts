import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/index';
import { pageLanguageOff, primaryLanguage, switchedOffIds, type RuleSwitches } from '../../../../src/core/settings/rule-switches';
import { compiledPack } from '../../../fixtures/detect/load';

const none: RuleSwitches = { disabled: [], off: [], languagesOff: [] };
const marked = (switches: Partial<RuleSwitches>, text: string, pageLang?: string) => {
  const pack = compiledPack();
  const matcher = createMatcher(pack, { disabledRules: switchedOffIds([pack], { ...none, ...switches }, pageLang) });
  return matcher.scan(text).map((hit) => ({ words: text.slice(hit.start, hit.end), kind: hit.kind, rule: hit.ruleId }));
};

const STORY =
  'Bloomberg published the recording on 25 November. Steve Witkoff spoke to Yuri Ushakov in 2023, a transcript shows. ' +
  'Witkoff later defended the US 28-point peace plan. Critics said Witkoff went too far.';

describe('rule switches act on meaning, not on one rule id', () => {
  it('the story text has name, call, plan and error marks to switch off', () => {
    const kinds = marked({}, STORY);
    expect(kinds.some((h) => h.words === 'Witkoff')).toBe(true);
    expect(kinds.some((h) => /28-point/.test(h.words))).toBe(true);
    expect(kinds.some((h) => h.kind === 'discrepancy')).toBe(true);
  });

  it('one rule id off leaves "Witkoff" marked by the same name in another language; the name switch removes it', () => {
    expect(marked({ disabled: ['en-witkoff'] }, STORY).filter((h) => h.words === 'Witkoff').length).toBeGreaterThan(0);
    const without = marked({ off: ['name:witkoff'] }, STORY);
    expect(without.filter((h) => h.words === 'Witkoff')).toEqual([]);
    // Only the name on its own goes: the plan and the call stay marked.
    expect(without.some((h) => /28-point/.test(h.words))).toBe(true);
  });

  it('a topic off removes every mention of it, in every language, and leaves the other topic', () => {
    const noPlan = marked({ off: ['topic:plan'] }, STORY);
    expect(noPlan.filter((h) => h.kind === 'mention' && /28-point|plan/.test(h.words))).toEqual([]);
    expect(noPlan.some((h) => h.words === 'Witkoff')).toBe(true);
    const noCall = marked({ off: ['topic:call'] }, STORY).filter((h) => h.kind === 'mention');
    expect(noCall.length).toBeGreaterThan(0);
    expect(noCall.filter((h) => /Witkoff|Ushakov|recording|transcript/.test(h.words))).toEqual([]);
  });

  it('a known error off removes its flags and nothing else', () => {
    const before = marked({}, STORY);
    const after = marked({ off: ['error:d-call-date-year'] }, STORY);
    expect(before.filter((h) => h.rule === 'chk-call-date-year').length).toBeGreaterThan(0);
    expect(after.filter((h) => h.rule === 'chk-call-date-year')).toEqual([]);
    expect(after.filter((h) => h.kind === 'mention')).toEqual(before.filter((h) => h.kind === 'mention'));
  });

  it('a language off drops the rules written for it, and a page declaring it gets nothing', () => {
    const german = 'Der 28-Punkte-Plan der USA wurde nach dem Gespräch von Steve Witkoff mit Juri Uschakow bekannt.';
    const all = marked({}, german, 'de');
    expect(all.length).toBeGreaterThan(0);
    expect(marked({ languagesOff: ['de'] }, german, 'de-DE')).toEqual([]);
    // Without a declared language only the German rules go; English ones still find "Witkoff".
    const undeclared = marked({ languagesOff: ['de'] }, german);
    expect(undeclared.every((h) => !h.rule.startsWith('de-'))).toBe(true);
    expect(marked({ languagesOff: ['fr'] }, german, 'de')).toEqual(all);
  });

  it('reads a page language from its lang attribute', () => {
    expect(primaryLanguage('de-CH')).toBe('de');
    expect(primaryLanguage(' EN_gb ')).toBe('en');
    expect(primaryLanguage('')).toBe('');
    expect(primaryLanguage('not a tag!')).toBe('');
    expect(pageLanguageOff({ languagesOff: ['uk'] }, 'uk-UA')).toBe(true);
    expect(pageLanguageOff({ languagesOff: ['uk'] }, undefined)).toBe(false);
  });
});

describe('custom phrases are plain text', () => {
  it('"?", "*" and "(" match those characters and nothing else', () => {
    const pack = compiledPack();
    // Own phrases are marked only on a page about the story: the first sentence makes it one.
    const text =
      'Steve Witkoff and Yuri Ushakov spoke about the 28-point plan. ' +
      'A final dea was near, a final deal. Was it a final deal? Nobody knew. The *real* plan (draft) came later; the real plan did not.';
    const matcher = createMatcher(pack, {
      customPhrases: [
        { topic: 'call', phrase: 'final deal?' },
        { topic: 'plan', phrase: '*real* plan (draft)' },
      ],
    });
    const words = matcher
      .scan(text)
      .filter((hit) => hit.ruleId.startsWith('custom-'))
      .map((hit) => text.slice(hit.start, hit.end));
    expect(words).toEqual(['final deal?', '*real* plan (draft)']);
  });
});
