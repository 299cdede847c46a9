import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';

const matcher = createMatcher(compiledPack());
const flags = (text: string) =>
  matcher
    .scan(text)
    .filter((h) => h.kind === 'discrepancy')
    .map((h) => h.discrepancyId);
const filler = 'Officials in Kyiv reviewed the plan and the Kremlin answered through its spokesman. '.repeat(20);

describe('claim checks look near the story', () => {
  it('flags a wrong call length next to the Witkoff–Ushakov call', () => {
    expect(flags('Steve Witkoff and Yuri Ushakov held a 30-minute call about Ukraine, Russia and the Kremlin.')).toContain('d-call-length');
  });

  it('does not flag the length of another call far from any mention of the story', () => {
    const text = `Steve Witkoff and Yuri Ushakov spoke about the 28-point plan for Ukraine. ${filler} Separately, Trump and Putin held a two-hour call about trade.`;
    expect(matcher.scan(text).some((h) => h.kind === 'mention')).toBe(true);
    expect(flags(text)).not.toContain('d-call-length');
  });

  it('still flags an error that sits a few sentences after the mention', () => {
    const text = `Steve Witkoff spoke with Yuri Ushakov, the Kremlin aide, about Ukraine. Analysts in Kyiv and Moscow weighed in. The call took place on November 14, 2023.`;
    expect(flags(text)).toEqual(expect.arrayContaining(['d-call-date-year']));
  });
});
