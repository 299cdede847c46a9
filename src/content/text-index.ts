/**
 * The text index lives in src/dom so the Node CLI reads pages with the very same code
 * without importing the content script. Content modules keep importing it from here.
 */
export * from '../dom/text-index';
