// Where the test browsers live. CHROMIUM_PATH / FIREFOX_PATH override the Debian paths.
import { existsSync } from 'node:fs';

const CANDIDATES = {
  chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
};
const ENV = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };
export const DEBIAN_PACKAGE = { chromium: 'chromium', firefox: 'firefox-esr' };

/** Returns the executable path for `name`, or undefined when none is installed. */
export function findBrowser(name) {
  const fromEnv = process.env[ENV[name]];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${ENV[name]}=${fromEnv} does not exist`);
    return fromEnv;
  }
  return CANDIDATES[name].find((path) => existsSync(path));
}

export function missingBrowserMessage(name) {
  return (
    `${name} was not found. Install it with:\n` +
    `  sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGE[name]}\n` +
    `or point ${ENV[name]} at an existing ${name} executable.`
  );
}
