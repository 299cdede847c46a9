/**
 * The attribute on <html> that says a scan has completed (README, "the DOM contract").
 * Its own module so the page-start script can set it without loading the annotation.
 */
export const SCANNED_ATTR = 'data-lateral-scanned';
