import { describe, expect, it } from 'vitest';
import { extrapolateLinear, fmt, max, median, medianRatio, ratio, rotate, spread, verdict } from '../../../bench/lib/stats';

describe('bench statistics', () => {
  it('takes the median of odd and even series, ignoring missing values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([2, Number.NaN, 4])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('computes ratios of medians and refuses a zero or missing baseline', () => {
    expect(medianRatio([3, 30, 3], [1, 2, 1])).toBe(3);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 1)).toBeNaN();
  });

  it('rotates the method order each round so no method is always first', () => {
    expect(rotate(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
    expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(['a', 'b', 'c'], 4)).toEqual(['b', 'c', 'a']);
    const firsts = [0, 1, 2].map((r) => rotate(['a', 'b', 'c'], r)[0]);
    expect(new Set(firsts).size).toBe(3);
  });

  it('extrapolates linearly in the text size', () => {
    expect(extrapolateLinear(12_000, 1_000_000, 5_000_000)).toBe(60_000);
    expect(extrapolateLinear(1, 0, 5)).toBeNaN();
  });

  it('judges targets as met, missed or not measured', () => {
    expect(verdict(1.4, 1.5)).toBe('met');
    expect(verdict(1.6, 1.5)).toBe('missed');
    expect(verdict(60, 50, true)).toBe('met');
    expect(verdict(Number.NaN, 50)).toBe('not measured');
  });

  it('reports spread, maxima and formatted numbers', () => {
    expect(spread([1, 2, 3])).toBe(1);
    expect(max([1, Number.NaN, 7])).toBe(7);
    expect(fmt(1.234, 'x')).toBe('1.23x');
    expect(fmt(123.4, ' ms')).toBe('123 ms');
    expect(fmt(Number.NaN)).toBe('–');
  });
});
