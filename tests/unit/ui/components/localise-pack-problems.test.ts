import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packFromFile } from '../../../../src/core/pack-install/from-file';
import { compileInstalled } from '../../../../src/core/pack-install/installed';
import { describePackProblem, PACK_PROBLEM_CODES, packProblemCode } from '../../../../src/ui/components/pack-problem';

// A pack refused on import is explained in the reader's language: every problem the
// install path raises for the bad packs in the fixtures has a message in every locale.

const ROOT = resolve(import.meta.dirname, '../../../..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string; placeholders?: object }>;
const messages = Object.fromEntries(['en', 'uk'].map((lang) => [lang, readJson(join(ROOT, 'locales', lang, 'story-packs.json'))]));
const builtIns = readdirSync(join(ROOT, 'data'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => readJson(join(ROOT, 'data', f)) as unknown as { id: string; title: string })
  .map(({ id, title }) => ({ id, title }));

/** What the options page would list for a file: the install check's problems, then the compiler's. */
function problemsOf(text: string, name: string): string[] {
  const checked = packFromFile(text, name, builtIns);
  if (!checked.ok) return checked.problems.map((p) => p.message);
  const compiled = compileInstalled(checked.pack);
  return compiled.ok ? [] : compiled.problems.map((p) => p.message);
}

const badFiles = [
  ...readdirSync(join(ROOT, 'tests/fixtures/bad-input/packs'))
    .filter((f) => f !== 'cases.json')
    .map((f) => join(ROOT, 'tests/fixtures/bad-input/packs', f)),
  ...readdirSync(join(ROOT, 'tests/fixtures/packs'))
    .filter((f) => !f.startsWith('valid'))
    .map((f) => join(ROOT, 'tests/fixtures/packs', f)),
];
const builtIn = readFileSync(join(ROOT, 'data/witkoff-ushakov.json'), 'utf8');
const constructed: [string, string][] = [
  ['built-in copy', builtIn],
  ['array', '[]'],
  ['pack with a pattern gate', JSON.stringify({ ...JSON.parse(builtIn), id: 'copy', title: 'Copy', gate: ['witk*ff?'] })],
];

/** A stand-in for browser.i18n over the locale files: placeholders filled from the substitutions. */
function translateWith(lang: string) {
  return (key: string, substitutions: string[] = []) => {
    const entry = messages[lang]![key];
    if (!entry) return key;
    return entry.message.replace(/\$P(\d)\$/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}

describe('pack problems in the reader’s language', () => {
  const all = [
    ...badFiles.map((file) => ({ name: file.slice(ROOT.length + 1), problems: problemsOf(readFileSync(file, 'utf8'), 'pack.json') })),
    ...constructed.map(([name, text]) => ({ name, problems: problemsOf(text, 'pack.json') })),
  ];

  it('recognises every problem the install path raises for the bad packs', () => {
    expect(all.every((f) => f.problems.length > 0)).toBe(true);
    const unknown = all.flatMap((f) => f.problems.filter((p) => packProblemCode(p) === null).map((p) => `${f.name}: ${p}`));
    expect(unknown).toEqual([]);
  });

  it('has a message with the right placeholders for every code in English and Ukrainian', () => {
    for (const code of PACK_PROBLEM_CODES) {
      for (const lang of ['en', 'uk']) {
        const entry = messages[lang]![`packs_problem_${code}`];
        expect(entry, `${lang} packs_problem_${code}`).toBeDefined();
        expect(Object.keys(entry!.placeholders ?? {}).length).toBe((entry!.message.match(/\$P\d\$/g) ?? []).length);
      }
    }
  });

  it('says each problem in Ukrainian, names and numbers kept', () => {
    const uk = translateWith('uk');
    const said = all.flatMap((f) => f.problems.map((p) => describePackProblem(uk, p)));
    // Ukrainian words in every line; quoted names, numbers and field names may stay as they are.
    expect(said.filter((line) => !/[а-яіїєґ]{3,}/i.test(line))).toEqual([]);
    expect(describePackProblem(uk, 'the file is 2000000 bytes; at most 1000000')).toBe(
      'файл має 2000000 байтів; дозволено щонайбільше 1000000',
    );
    expect(describePackProblem(uk, 'a wording nobody knows')).toBe('a wording nobody knows');
  });
});
