/* global document */
// One read of the page's text (as Lateral's page-start script does) and one test of it
// with a case-insensitive alternation of two names, kept so the engine cannot drop it.
const text = document.body ? document.body.textContent : '';
globalThis.benchFloorFound = /\b(?:witkoff|ushakov)\b/i.test(text);
