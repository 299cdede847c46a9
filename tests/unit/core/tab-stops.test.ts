import { describe, expect, it } from 'vitest';
import { stepIndex, tabStops } from '../../../src/core/tab-stops';

const mention = (topic: string, packId = 'pack') => ({ kind: 'mention' as const, packId, topic, ruleId: `r-${topic}` });
const flag = (discrepancyId: string) => ({ kind: 'discrepancy' as const, packId: 'pack', topic: 'call', ruleId: 'chk', discrepancyId });

describe('tab stops', () => {
  it('stops at the first highlight of each topic and of each error, per pack', () => {
    const hits = [
      mention('call'),
      mention('call'),
      flag('d-date'),
      mention('plan'),
      flag('d-date'),
      flag('d-length'),
      mention('call', 'other'),
    ];
    expect(tabStops(hits)).toEqual([true, false, true, true, false, true, true]);
  });

  it('steps around the ends', () => {
    expect([stepIndex(4, 1, 5), stepIndex(0, -1, 5), stepIndex(2, 1, 5)]).toEqual([0, 4, 3]);
  });
});
