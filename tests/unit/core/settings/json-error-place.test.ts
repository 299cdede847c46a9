import { describe, expect, it } from 'vitest';
import { jsonErrorPlace, parseSettingsFile, placeOfOffset } from '../../../../src/core/settings';

const engineMessage = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the text parsed');
};

describe('where a settings file stops being JSON', () => {
  it('counts lines and columns from 1, across every kind of line break', () => {
    expect(placeOfOffset('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(placeOfOffset('{\n  "a": 1\r\n  x', 14)).toEqual({ line: 3, column: 3 });
    expect(placeOfOffset('a\rb', 2)).toEqual({ line: 2, column: 1 });
  });

  it("reads the place out of Firefox's and Chromium's words and out of an offset", () => {
    const text = '{\n  "sensitivity": "broad",\n}';
    expect(jsonErrorPlace(text, 'JSON.parse: expected double-quoted property name at line 3 column 1 of the JSON data')).toEqual({
      line: 3,
      column: 1,
    });
    expect(jsonErrorPlace(text, 'Expected double-quoted property name in JSON at position 28 (line 3 column 1)')).toEqual({
      line: 3,
      column: 1,
    });
    expect(jsonErrorPlace(text, 'Expected double-quoted property name in JSON at position 28')).toEqual({ line: 3, column: 1 });
    expect(jsonErrorPlace(text, engineMessage(text))).toEqual({ line: 3, column: 1 });
  });

  it('puts a file that ends too soon at its last character, and gives no place when the engine names none', () => {
    const cut = '{\n  "format": "lateral-settings",\n  "settings": {';
    expect(jsonErrorPlace(cut, 'Unexpected end of JSON input')).toEqual({ line: 3, column: 16 });
    expect(jsonErrorPlace(cut, 'JSON.parse: end of data while reading object contents at line 3 column 16 of the JSON data')).toEqual({
      line: 3,
      column: 16,
    });
    expect(jsonErrorPlace('hello', 'Unexpected token \'h\', "hello" is not valid JSON')).toBeUndefined();
  });

  it("refuses a broken file with the place as its only detail, never the engine's message", () => {
    const result = parseSettingsFile('\uFEFF{\n  "format": "lateral-settings",\n  "settings": { "enabled": true, }\n}');
    expect(result).toEqual({ ok: false, problems: [{ path: '(file)', code: 'not-json', detail: '3:34' }] });
    const unplaced = parseSettingsFile('hello');
    expect(unplaced).toEqual({ ok: false, problems: [{ path: '(file)', code: 'not-json' }] });
  });
});
