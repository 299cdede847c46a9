// The layer rule must refuse an import that crosses a layer, and allow one that does not.
// The fixture sources are linted as if they lived at the given path, with the same
// layer config `npm run lint` uses.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layers } from '../../../build/lint/layers.js';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...layers],
});

async function crossings(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  const refused: [string, string][] = [
    ['src/core/detect/x.ts', "import { Highlighter } from '../../content/highlighter';"],
    ['src/core/x.ts', "import { h } from 'preact';"],
    ['src/core/x.ts', "import browser from 'webextension-polyfill';"],
    ['src/ui/popover/x.tsx', "import { readSettings } from '../../platform/settings-store';"],
    ['src/ui/x.ts', "import { t } from '../platform/i18n';"],
    ['src/content/x.ts', "import { Popup } from '../pages/popup/Popup';"],
    ['src/pages/popup/x.ts', "import { PageController } from '../../content/page-controller';"],
    ['src/background/x.ts', "import { Popover } from '../ui/popover/Popover';"],
    ['src/cli/x.ts', "import { TextIndex } from '../content/text-index';"],
    ['src/content/x.ts', "import browser from 'webextension-polyfill';"],
  ];
  for (const [path, source] of refused) {
    it(`refuses in ${path}: ${source}`, async () => {
      expect(await crossings(path, source)).toHaveLength(1);
    });
  }

  const allowed: [string, string][] = [
    ['src/core/detect/x.ts', "import { normalize } from '../text/normalize';"],
    ['src/ui/popover/x.tsx', "import type { StoryPack } from '../../core/pack/schema';"],
    ['src/content/x.ts', "import { browser } from '../platform/browser';"],
    ['src/pages/options/x.ts', "import { readSettings } from '../../platform/settings-store';"],
    ['src/platform/browser.ts', "import browser from 'webextension-polyfill';"],
  ];
  for (const [path, source] of allowed) {
    it(`allows in ${path}: ${source}`, async () => {
      expect(await crossings(path, source)).toEqual([]);
    });
  }
});
