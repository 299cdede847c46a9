#!/usr/bin/env node
// Makes sure Chromium and Firefox ESR are installed for the end-to-end tests.
// As root on Debian/Ubuntu it installs the missing ones with apt-get; otherwise it
// stops with the exact command to run. It never downloads browsers from anywhere else.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PACKAGE, findBrowser, missingBrowserMessage } from './browsers.mjs';

const missing = ['chromium', 'firefox'].filter((name) => !findBrowser(name));
if (missing.length === 0) {
  for (const name of ['chromium', 'firefox']) console.log(`${name}: ${findBrowser(name)}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  for (const name of missing) console.error(missingBrowserMessage(name));
  process.exit(1);
}
const packages = missing.map((name) => DEBIAN_PACKAGE[name]);
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
