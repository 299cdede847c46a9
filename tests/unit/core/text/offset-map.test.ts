import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../../src/core/text/offset-map';

const spans = (m: OffsetMap) => Array.from({ length: m.length }, (_, i) => `${m.startOf(i)}-${m.endOf(i)}`);

describe('OffsetMap', () => {
  it('maps linear runs, constant runs and a joined last char', () => {
    const m = new OffsetMap();
    m.pushLinear(0, 3); // "abc" from 0..3
    m.pushLinear(3, 2); // continues the same run
    m.pushConstant(5, 6, 2); // "ß" at 5 -> "ss"
    m.extendLast(7); // a soft hyphen at 6 joins the second "s"
    m.pushLinear(10, 2); // a gap in the source: a new run
    m.extendLast(13); // the run's last char takes a combining mark at 12
    expect(spans(m)).toEqual(['0-1', '1-2', '2-3', '3-4', '4-5', '5-6', '5-7', '10-11', '11-13']);
  });

  it('copies a range of another map', () => {
    const a = new OffsetMap();
    a.pushLinear(0, 4);
    a.pushConstant(4, 9, 2);
    a.pushLinear(9, 4);
    const b = new OffsetMap();
    b.appendRange(a, 2, 8);
    expect(spans(b)).toEqual(['2-3', '3-4', '4-9', '4-9', '9-10', '10-11']);
    b.appendRange(a, 8, 8);
    expect(b.length).toBe(6);
  });

  it('ignores a joined char before any output', () => {
    const m = new OffsetMap();
    m.extendLast(1);
    expect(m.length).toBe(0);
  });
});
