import { browser } from '../platform/browser';

// A first-run page tells new readers what Lateral does and where its settings are.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  void browser.tabs.create({ url: browser.runtime.getURL('src/pages/options/index.html#welcome') });
});
