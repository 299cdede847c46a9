// Smoke test that the questions readers ask most, and the discrepancies the
// detection engine depends on, are all in the bundled pack.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, storyPackShape } from '../../../../src/core/pack/schema';
import { readPackJson } from './pack-load';

const pack = storyPackShape.parse(readPackJson());
const fact = (id: string) => pack.facts.find((f) => f.id === id);
const discrepancy = (id: string) => pack.discrepancies.find((d) => d.id === id);

describe('story pack completeness', () => {
  it('has the five seeds as s0..s4 and the reference outlets', () => {
    const seeds = pack.sources.filter((s) => s.role === 'seed');
    expect(seeds.map((s) => s.id)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    seeds.forEach((s, i) => expect(s.role === 'seed' && s.seedFile.startsWith(`00${i}_`)).toBe(true));
    const refs = pack.sources.filter((s) => s.role === 'reference').map((s) => s.id);
    for (const r of [
      'r-bloomberg',
      'r-axios',
      'r-reuters',
      'r-reuters-pressure',
      'r-ft',
      'r-rbc-ukraine',
      'r-truth-social',
      'r-truth-social-oct16',
      'r-tass-putin',
    ]) {
      expect(refs).toContain(r);
    }
  });

  it('uses the topics call and plan, each with key facts', () => {
    expect(pack.topics.map((t) => t.id)).toEqual(['call', 'plan']);
    for (const t of pack.topics) expect(pack.facts.filter((f) => f.topic === t.id && f.key).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    'call-date',
    'call-length',
    'who-asked-about-call',
    'donetsk-remark',
    'hopeful-tone',
    'twenty-point-idea',
    'flattery-advice',
    'witkoff-respect-putin',
    'ushakov-reply',
    'call-timing-zelensky-visit',
    'trump-same-day-remark',
    'trump-putin-call',
    'dmitriev-miami',
    'oct29-call',
    'plan-leak',
    'plan-territory',
    'donetsk-buffer-zone',
    'kherson-zaporizhzhia',
    'army-cap',
    'nato',
    'geneva-talks',
    'deadline',
    'rubio-deadline',
    'trump-reaction',
    'truth-social-post',
    'witkoff-moscow-driscoll',
    'putin-basis',
    'kremlin-not-discussed',
    'bacon-reaction',
    'plan-origin',
    'trump-title',
    'witkoff-role',
    'dmitriev-role',
  ])('answers %s', (id) => {
    expect(fact(id), id).toBeDefined();
  });

  it('keeps the exact transcript wording of the Donetsk remark', () => {
    expect(fact('donetsk-remark')?.canonicalQuote).toMatch(/Donetsk and maybe a land swap somewhere/);
  });

  it.each([
    ['d-call-date-year', 's2'],
    ['d-call-date-month', 's3'],
    ['d-former-president', 's2'],
    ['d-who-asked-reversed', 's3'],
    ['d-trump-reaction-dismissal', 's2'],
    ['d-donetsk-quote-drift', 's1'],
    ['d-truth-social-quote-drift', 's1'],
    ['d-army-cap-one-third', 's4'],
    ['d-trump-oct14-quote-drift', 's1'],
    ['d-witkoff-title', 's4'],
    ['d-plan-origin-overclaim', 's4'],
    ['d-19-point-donbas-removed', 's4'],
    ['d-long-range-weapons', 's3'],
    ['d-next-meeting-friday', 's1'],
  ])('records %s in %s', (id, sourceId) => {
    const d = discrepancy(id);
    expect(d, id).toBeDefined();
    expect(d?.sources.find((s) => s.sourceId === sourceId)?.stance).not.toBe('agrees');
  });

  it('keeps d-call-length as a reference-only watch entry', () => {
    expect(discrepancy('d-call-length')).toMatchObject({ kind: 'watch', factIds: ['call-length'] });
  });

  it('keeps vaguer titles that are not wrong as watch entries: Ushakov a Kremlin official, Dmitriev a Kremlin adviser', () => {
    for (const id of ['d-ushakov-title', 'd-dmitriev-role']) {
      expect(discrepancy(id)?.kind, id).toBe('watch');
      expect(
        discrepancy(id)?.sources.every((s) => s.stance === 'agrees'),
        id,
      ).toBe(true);
    }
  });

  it('names the people, places and documents in all seven languages', () => {
    const ids = pack.entities.map((e) => e.id);
    for (const id of [
      'witkoff',
      'ushakov',
      'dmitriev',
      'zelensky',
      'trump',
      'putin',
      'driscoll',
      'rubio',
      'bacon',
      'lieu',
      'yermak',
      'donetsk',
      'luhansk',
      'crimea',
      'kherson',
      'zaporizhzhia',
      'donbas',
      'geneva',
      'miami',
      'moscow',
      'plan-28',
      'plan-19',
      'gaza-plan',
      'bloomberg-transcript',
    ]) {
      expect(ids).toContain(id);
    }
    for (const e of pack.entities) for (const lang of LANGUAGES) expect(e.aliases[lang].length, `${e.id}/${lang}`).toBeGreaterThan(0);
    expect(pack.entities.find((e) => e.id === 'zelensky')?.aliases.en).toEqual(
      expect.arrayContaining(['Zelensky', 'Zelenskyy', 'Zelenskiy']),
    );
  });
});
