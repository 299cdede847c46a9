import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, HIGHLIGHT_STYLES, parseSettingsFile, previewImport, type Settings } from '../../../../src/core/settings';
import { settingName } from '../../../../src/pages/options/setting-names';
import { describeProblem, type Translate } from '../../../../src/ui/components/describe-problem';

// A file that cannot be read is explained in plain words, and what an import changes is listed by the names the options page gives its settings, in
// the reader's language: every setting there is has one, and none shows its storage path.

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messagesOf = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'options.json'), 'utf8')) as Messages;

/** The browser's getMessage over one locale file: named placeholders filled from $1, $2. */
function translator(messages: Messages): Translate {
  return (key, substitutions = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key}`);
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
    });
  };
}

/** Settings in which every field differs from the defaults, colours for every style included. */
function everythingChanged(): Settings {
  const s = defaultSettings();
  s.enabled = false;
  s.sensitivity = 'strict';
  s.highlight = {
    style: 'underline',
    mentionColor: '#2f7fd8',
    discrepancyColor: '#d1343a',
    coloursByStyle: Object.fromEntries(HIGHLIGHT_STYLES.map((style) => [style, { mentionColor: '#123456', discrepancyColor: '#654321' }])),
  };
  s.sites = { mode: 'listed', allow: ['example.org'], deny: ['example.com'], paused: ['example.net'] };
  s.rules = { disabled: ['some-rule'], off: ['topic:call'], languagesOff: ['de'] };
  return s;
}

const paths = previewImport(defaultSettings(), everythingChanged()).changed;

describe('names of settings in the import question', () => {
  it('covers every setting an import can change', () => {
    expect(paths).toHaveLength(2 + 3 + 2 * HIGHLIGHT_STYLES.length + 4 + 3);
  });

  for (const lang of ['en', 'uk']) {
    it(`names each setting once, in words of the options page (${lang})`, () => {
      const t = translator(messagesOf(lang));
      const names = paths.map((path) => settingName(t, path));
      expect(new Set(names).size).toBe(names.length);
      for (const [i, name] of names.entries()) {
        // No placeholder left unfilled, no dotted path, no camelCase field name.
        expect(name, paths[i]).not.toMatch(/\$|\w\.\w|[a-z][A-Z]/);
        expect(name, paths[i]).not.toBe(paths[i]);
        expect(name.length, paths[i]).toBeGreaterThan(3);
      }
    });
  }

  it('gives the labels the page shows', () => {
    const t = translator(messagesOf('en'));
    expect(settingName(t, 'sites.allow')).toBe(messagesOf('en').options_allow_list!.message);
    expect(settingName(t, 'sensitivity')).toBe(messagesOf('en').options_sensitivity!.message);
    expect(settingName(t, 'highlight.coloursByStyle.outline.discrepancyColor')).toBe('Colour for known errors in the “Outline” style');
  });
});

describe('a file that is not JSON', () => {
  for (const lang of ['en', 'uk']) {
    it(`says Lateral cannot read it, where it breaks, that nothing changed and what to choose instead (${lang})`, () => {
      const t = translator(messagesOf(lang));
      const broken = parseSettingsFile('{\n  "format": "lateral-settings",\n  "settings": { "enabled": true, }\n}');
      const unplaced = parseSettingsFile('hello');
      if (broken.ok || unplaced.ok) throw new Error('a broken file was accepted');
      const [placed, plain] = [describeProblem(t, broken.problems[0]!), describeProblem(t, unplaced.problems[0]!)];
      expect(placed).toMatch(/Lateral/);
      expect(placed).toContain('3');
      expect(placed).toContain('34');
      expect(placed).toContain(t('options_export'));
      expect(placed).toMatch(lang === 'en' ? /Nothing was changed/ : /Нічого не змінено/);
      expect(plain).toContain(t('options_export'));
      for (const text of [placed, plain]) expect(text).not.toMatch(/JSON|token|position|\$/);
    });
  }
});

describe('a file that is not settings Lateral can read', () => {
  const files: [string, string][] = [
    ['empty', '  \n'],
    ['a list', '[]'],
    ['another format', '{"format":"something-else"}'],
    ['a newer version', '{"format":"lateral-settings","schemaVersion":99,"settings":{}}'],
    ['a version that is no number', '{"format":"lateral-settings","schemaVersion":"one","settings":{}}'],
  ];
  for (const lang of ['en', 'uk']) {
    it(`is explained in plain words, with what to do, never by field names (${lang})`, () => {
      const t = translator(messagesOf(lang));
      for (const [what, text] of files) {
        const result = parseSettingsFile(text);
        if (result.ok) throw new Error(`${what} was accepted`);
        const said = result.problems.map((p) => describeProblem(t, p));
        expect(said, what).toHaveLength(1);
        if (what !== 'empty') expect(said[0], what).toMatch(/Lateral/);
        expect(said[0], what).not.toMatch(/\(file\)|schemaVersion|format|\$/);
        expect(said[0], what).toContain(what === 'a newer version' ? '99' : t('options_export'));
      }
    });
  }
});
