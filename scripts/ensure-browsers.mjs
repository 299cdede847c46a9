#!/usr/bin/env node
// Makes sure Chromium and Firefox ESR are installed for the end-to-end tests.
// As root on Debian/Ubuntu it installs the missing ones with apt-get; otherwise it
// stops with the exact command to run. It never downloads browsers from anywhere else.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PACKAGE, findBrowser, missingBrowserMessage } from './browsers.mjs';

const FIREFOX_UK_PACKAGE = 'firefox-esr-l10n-uk';
const FIREFOX_UK_LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-uk@firefox-esr.mozilla.org.xpi';

const missing = ['chromium', 'firefox'].filter((name) => !findBrowser(name));
// The end-to-end tests also run Firefox ESR in Ukrainian, which takes Debian's language pack.
const langpackMissing = (findBrowser('firefox') ?? '/usr/bin/firefox-esr') === '/usr/bin/firefox-esr' && !existsSync(FIREFOX_UK_LANGPACK);
if (missing.length === 0 && !langpackMissing) {
  for (const name of ['chromium', 'firefox']) console.log(`${name}: ${findBrowser(name)}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  for (const name of missing) console.error(missingBrowserMessage(name));
  if (langpackMissing)
    console.error(`Firefox ESR's Ukrainian language pack was not found. Install it with:\n  sudo apt-get install -y ${FIREFOX_UK_PACKAGE}`);
  process.exit(1);
}
const packages = [...missing.map((name) => DEBIAN_PACKAGE[name]), ...(langpackMissing ? [FIREFOX_UK_PACKAGE] : [])];
console.log(`Installing ${packages.join(' and ')} from Debian packages…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
for (const name of missing) {
  if (!findBrowser(name)) {
    console.error(missingBrowserMessage(name));
    process.exit(1);
  }
  console.log(`${name}: ${findBrowser(name)}`);
}
