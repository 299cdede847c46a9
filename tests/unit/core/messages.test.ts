// The guards the message layer (src/platform/messaging.ts) applies before any handler
// sees a message: only well-formed messages of the receiver's own kinds pass.
import { describe, expect, it } from 'vitest';
import { isBackgroundMessage, isContentMessage } from '../../../src/core/messages';

const report = { url: 'https://example.org/', mentions: 0, discrepancies: 0, topics: [], findings: [] };

describe('message guards', () => {
  it('let the background see settings requests and page reports only', () => {
    expect(isBackgroundMessage({ type: 'get-settings' })).toBe(true);
    expect(isBackgroundMessage({ type: 'page-report', report })).toBe(true);
    expect(isBackgroundMessage({ type: 'page-report' })).toBe(false);
    expect(isBackgroundMessage({ type: 'page-report', report: 'text' })).toBe(false);
    expect(isBackgroundMessage({ type: 'get-report' })).toBe(false);
    expect(isBackgroundMessage({ type: 'open-classroom' })).toBe(false);
    for (const value of [null, undefined, 'get-settings', 42, []]) expect(isBackgroundMessage(value)).toBe(false);
  });

  it('let the content script see its three commands, with their arguments checked', () => {
    expect(isContentMessage({ type: 'get-report' })).toBe(true);
    expect(isContentMessage({ type: 'focus-finding', index: 3 })).toBe(true);
    expect(isContentMessage({ type: 'focus-finding', index: 1.5 })).toBe(false);
    expect(isContentMessage({ type: 'focus-finding', index: '3' })).toBe(false);
    expect(isContentMessage({ type: 'step-finding', direction: -1 })).toBe(true);
    expect(isContentMessage({ type: 'step-finding', direction: 2 })).toBe(false);
    expect(isContentMessage({ type: 'get-settings' })).toBe(false);
    for (const value of [null, undefined, 'get-report', 42, []]) expect(isContentMessage(value)).toBe(false);
  });
});
