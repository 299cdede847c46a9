// A raw send or message listener outside src/platform/messaging.ts must fail lint, with
// the same config `npm run lint` uses; the typed functions of that module must not.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../build/lint/messages.js';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...messages],
});

async function refusals(path: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

describe('the one message layer', () => {
  const refused: [string, string][] = [
    ['src/content/x.ts', "void browser.runtime.sendMessage({ type: 'get-settings' });"],
    ['src/content/x.ts', 'chrome.runtime.onMessage.addListener(() => false);'],
    ['src/pages/popup/x.tsx', 'browser.runtime.onMessage.removeListener(listener);'],
    ['src/background/x.ts', "void browser.tabs.sendMessage(1, { type: 'get-report' });"],
    ['src/background/x.ts', "void browser.runtime['sendMessage']({ type: 'get-settings' });"],
    ['src/platform/settings-store.ts', 'const { sendMessage } = browser.runtime;'],
  ];
  for (const [path, source] of refused) {
    it(`refuses in ${path}: ${source}`, async () => {
      expect(await refusals(path, source)).toBe(1);
    });
  }

  const allowed: [string, string][] = [
    ['src/platform/messaging.ts', 'void nativeApi().runtime.sendMessage(message);'],
    ['src/platform/messaging.ts', 'const { onMessage } = nativeApi().runtime;'],
    ['src/content/x.ts', "void sendToBackground({ type: 'get-settings' });"],
    ['src/pages/popup/x.tsx', 'onPageReport(listener, signal);'],
  ];
  for (const [path, source] of allowed) {
    it(`allows in ${path}: ${source}`, async () => {
      expect(await refusals(path, source)).toBe(0);
    });
  }
});
