/**
 * What both stages of the content script need. This module imports nothing, so the
 * page-start script (./main.ts) can share these values with the second stage without
 * pulling any of it in.
 */

/** The attribute on <html> that says a scan has completed (the DOM contract in the README). */
export const SCANNED_ATTR = 'data-lateral-scanned';

/** Text longer than this (a million chars) is read and gated in separate tasks. */
export const LONG_TEXT = 1_000_000;
