// Types for browsers.mjs, which plain Node scripts and the TypeScript harness both import.
export type BrowserName = 'chromium' | 'firefox';
export const DEBIAN_PACKAGE: Record<BrowserName, string>;
/** The executable path for `name`, or undefined when none is installed. */
export function findBrowser(name: BrowserName): string | undefined;
export function missingBrowserMessage(name: BrowserName): string;
