import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettingsFile, previewImport, type Settings } from '../../../../src/core/settings';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'settings');

function fileSettings(name: string): Settings {
  const result = parseSettingsFile(readFileSync(join(DIR, name), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.settings;
}

describe('import preview', () => {
  it('names nothing when the file holds the settings already in use', () => {
    const settings = fileSettings('good-full.json');
    expect(previewImport(settings, structuredClone(settings))).toEqual({ changed: [], phrasesRemoved: 0, phrasesAdded: 0 });
  });

  it('names each setting the file changes, by path, and counts the phrases it adds', () => {
    expect(previewImport(defaultSettings(), fileSettings('good-full.json'))).toEqual({
      changed: [
        'sensitivity',
        'highlight.style',
        'highlight.mentionColor',
        'highlight.discrepancyColor',
        'sites.mode',
        'sites.allow',
        'sites.deny',
        'sites.paused',
      ],
      phrasesRemoved: 0,
      phrasesAdded: 2,
    });
  });

  it('counts the reader’s phrases the file drops, and keeps those it has in any case', () => {
    const current = defaultSettings();
    current.customPhrases = [
      { topic: 'plan', phrase: 'Peace Framework' },
      { topic: 'call', phrase: 'envoy’s call' },
      { topic: 'plan', phrase: 'draft deal' },
    ];
    const preview = previewImport(current, fileSettings('good-full.json'));
    expect(preview.phrasesRemoved).toBe(2);
    expect(preview.phrasesAdded).toBe(1);
  });

  it('names each colour kept for another style when only one side has it, as the options page lists them', () => {
    const incoming = defaultSettings();
    incoming.highlight.coloursByStyle = { underline: { mentionColor: '#2f7fd8', discrepancyColor: '#d1343a' } };
    const colours = ['highlight.coloursByStyle.underline.mentionColor', 'highlight.coloursByStyle.underline.discrepancyColor'];
    expect(previewImport(defaultSettings(), incoming).changed).toEqual(colours);
    expect(previewImport(incoming, defaultSettings()).changed).toEqual(colours);
  });
});
