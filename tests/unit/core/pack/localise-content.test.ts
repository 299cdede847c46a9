import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../../../src/core/classroom/exercise-schema';
import { checkTranslation, readerTexts, untranslated } from '../../../../src/core/pack/localise-check';
import { localiseExercise, localisePack } from '../../../../src/core/pack/localise';
import { packTranslationSchema, type PackTranslation } from '../../../../src/core/pack/localise-schema';
import { storyPackSchema, type StoryPack } from '../../../../src/core/pack/schema';

const ROOT = resolve(import.meta.dirname, '../../../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const jsonIn = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

const packs = jsonIn('data').map((f) => storyPackSchema.parse(readJson(join(ROOT, 'data', f))));
const exercises = jsonIn('data/exercises').map((f) => exerciseSchema.parse(readJson(join(ROOT, 'data/exercises', f))));
const translationFiles = jsonIn('data/translations');
const translations = translationFiles.map((f) => packTranslationSchema.parse(readJson(join(ROOT, 'data/translations', f))));
const builtIn = packs.find((p) => p.id === 'witkoff-ushakov')!;
const uk = translations.find((t) => t.packId === 'witkoff-ushakov' && t.language === 'uk')!;

describe('bundled pack translations', () => {
  it('are named <pack id>.<language>.json after what they contain', () => {
    expect(translationFiles.length).toBeGreaterThan(0);
    translationFiles.forEach((file, i) => expect(file).toBe(`${translations[i]!.packId}.${translations[i]!.language}.json`));
  });

  it('each names a bundled pack, only its existing entries and fields, and keeps quoted words and placeholders', () => {
    for (const t of translations) {
      const pack = packs.find((p) => p.id === t.packId);
      expect(pack, `${t.packId}.${t.language}`).toBeDefined();
      expect(checkTranslation(pack!, t, exercises), `${t.packId}.${t.language}`).toEqual([]);
    }
  });

  it('give the built-in pack Ukrainian for every reader-facing text, its exercises included', () => {
    expect(uk).toBeDefined();
    // A new or renamed entry in the pack shows up here by its key until it is translated.
    expect(untranslated(builtIn, uk, exercises)).toEqual([]);
  });

  it('leave the localised pack and exercises valid, with excerpts and ids as they were', () => {
    const local = localisePack(builtIn, translations, 'uk');
    expect(storyPackSchema.safeParse(local).success).toBe(true);
    const excerpts = (p: StoryPack) => p.discrepancies.flatMap((d) => d.sources.map((s) => s.excerpt ?? ''));
    expect(excerpts(local)).toEqual(excerpts(builtIn));
    expect(local.facts.map((f) => f.canonicalQuote)).toEqual(builtIn.facts.map((f) => f.canonicalQuote));
    expect(local.rules).toBe(builtIn.rules);
    for (const x of exercises) expect(exerciseSchema.safeParse(localiseExercise(x, translations, 'uk')).success).toBe(true);
  });
});

describe('localisePack', () => {
  const small: StoryPack = {
    ...builtIn,
    facts: builtIn.facts.slice(0, 2),
    discrepancies: builtIn.discrepancies.filter((d) => d.id === 'd-call-date-year'),
  };
  const partial: PackTranslation = {
    packId: builtIn.id,
    language: 'uk',
    pack: { title: 'Назва' },
    facts: { 'call-date': { question: 'Коли?', sources: { s2: { note: 'Примітка' } } } },
    discrepancies: { 'd-call-date-year': { title: 'Заголовок' } },
  };

  it('takes each field from the translation when it has one and from the pack otherwise', () => {
    const local = localisePack(small, [partial], 'uk-UA');
    expect(local.title).toBe('Назва');
    expect(local.summary).toBe(small.summary);
    const fact = local.facts.find((f) => f.id === 'call-date')!;
    expect(fact.question).toBe('Коли?');
    expect(fact.answer).toBe(small.facts[0]!.answer);
    expect(fact.sources.s2!.note).toBe('Примітка');
    expect(fact.sources.s0!.note).toBe(small.facts[0]!.sources.s0!.note);
    expect(local.discrepancies[0]!.title).toBe('Заголовок');
    expect(local.discrepancies[0]!.right).toBe(small.discrepancies[0]!.right);
    expect(local.facts[1]).toBe(small.facts[1]);
  });

  it('returns the pack itself for a language it has no translation for', () => {
    expect(localisePack(small, [partial], 'en')).toBe(small);
    expect(localisePack(small, [partial], 'de-DE')).toBe(small);
    expect(localisePack(small, [{ ...partial, packId: 'other-pack' }], 'uk')).toBe(small);
  });
});

describe('checkTranslation', () => {
  const quoted = builtIn.discrepancies.find((d) => d.id === 'd-truth-social-quote-drift')!;

  it('reports keys that name no entry or no field, and a translation of another pack', () => {
    const bad = {
      packId: builtIn.id,
      language: 'uk',
      facts: { 'no-such-fact': { question: 'Що?' }, 'call-date': { sources: { s9: { note: 'Ні' } } } },
    } satisfies PackTranslation;
    expect(checkTranslation(builtIn, bad).map((p) => p.key)).toEqual(['facts.no-such-fact.question', 'facts.call-date.sources.s9.note']);
    expect(checkTranslation(builtIn, { ...bad, packId: 'other' })[0]!.key).toBe('packId');
  });

  it('reports an outlet’s quoted words that were translated instead of kept', () => {
    expect(quoted.sources.find((s) => s.sourceId === 's1')!.says).toContain('final or very close');
    const translated: PackTranslation = {
      packId: builtIn.id,
      language: 'uk',
      discrepancies: { [quoted.id]: { sources: { s1: { says: 'Цитує «остаточна або дуже близька»' } } } },
    };
    expect(checkTranslation(builtIn, translated)).toEqual([
      { key: `discrepancies.${quoted.id}.sources.s1.says`, message: 'keeps the quoted words "final or very close" verbatim' },
    ]);
  });

  it('reports placeholders lost in translation', () => {
    const withPlaceholder = { ...builtIn, title: 'Story of $1' };
    const problems = checkTranslation(withPlaceholder, { packId: builtIn.id, language: 'uk', pack: { title: 'Історія' } });
    expect(problems.map((p) => p.key)).toEqual(['pack.title']);
  });

  it('lists what is left untranslated by key', () => {
    const keys = untranslated(builtIn, { packId: builtIn.id, language: 'uk' }, exercises);
    expect(keys).toEqual(readerTexts(builtIn, exercises).map((r) => r.key));
    expect(keys).toContain('discrepancies.d-call-date-year.title');
    expect(keys).toContain('exercises.starter-leaked-call.brief');
  });
});
