/** Content script entry: marks the page once its first scan pass is complete. */
document.documentElement.setAttribute('data-lateral-scanned', '');
