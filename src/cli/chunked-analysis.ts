/** The CLI reads a page's text the way the content script does: the whole text through the incremental scan. */
export { analyzeInChunks } from '../core/scan/whole-text';
