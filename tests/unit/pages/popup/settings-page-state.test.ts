import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../../../src/core/messages';
import { defaultSettings } from '../../../../src/core/settings';
import { describePage } from '../../../../src/pages/popup/page-state';

const report = (over: Partial<PageReport> = {}): PageReport => ({
  url: 'https://a.example/',
  mentions: 0,
  discrepancies: 0,
  topics: [],
  findings: [],
  ...over,
});
const base = { hasHostAccess: true, settings: defaultSettings() };

describe('what the popup says about a tab', () => {
  it('explains browser and store pages', () => {
    expect(describePage({ ...base, url: 'chrome://settings/' }).kind).toBe('restricted');
    expect(describePage({ ...base, url: 'https://addons.mozilla.org/en-US/firefox/' }).kind).toBe('restricted');
    expect(describePage({ ...base, url: undefined }).kind).toBe('restricted');
  });
  it('tells withdrawn host access apart from a page that needs a reload', () => {
    expect(describePage({ ...base, url: 'https://a.example/', hasHostAccess: false }).kind).toBe('no-access');
    expect(describePage({ ...base, url: 'https://a.example/' }).kind).toBe('not-loaded');
  });
  it('says why Lateral is inactive, from the report or from the settings', () => {
    expect(describePage({ ...base, report: report({ inactiveReason: 'paused' }) })).toEqual({ kind: 'inactive', reason: 'paused' });
    const off = { ...base.settings, enabled: false };
    expect(describePage({ ...base, settings: off, url: 'https://a.example/' })).toEqual({ kind: 'inactive', reason: 'disabled' });
  });
  it('says so when the page has nothing, and lists findings otherwise', () => {
    expect(describePage({ ...base, report: report() }).kind).toBe('nothing');
    const found = report({ mentions: 1, findings: [{ index: 0, kind: 'mention', ruleId: 'r', topic: 'plan', text: '28-point plan' }] });
    expect(describePage({ ...base, report: found }).kind).toBe('findings');
  });
});
