import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../../../src/core/detect/compile';
import { createMatcher, type RelevanceState } from '../../../../src/core/detect/index';
import { samplePhrases, syntheticPack } from '../../../../src/core/detect/synthetic';
import { compiledPack, loadDetection } from '../../../fixtures/detect/load';

const texts = (text: string, hits: { start: number; end: number }[]) => hits.map((h) => text.slice(h.start, h.end));

describe('compiled pack', () => {
  it('is plain JSON: a round trip through JSON gives the same hits', () => {
    const pack = compiledPack();
    const copy = JSON.parse(JSON.stringify(pack)) as typeof pack;
    const text = 'Steve Witkoff told Yuri Ushakov the 28-point peace plan could work.';
    expect(createMatcher(copy).scan(text)).toEqual(createMatcher(pack).scan(text));
  });

  it('the runtime modules import neither zod nor the build-time compiler', () => {
    for (const file of ['matcher', 'automaton', 'relevance', 'checks-run', 'types']) {
      const src = readFileSync(new URL(`../../../../src/core/detect/${file}.ts`, import.meta.url), 'utf8');
      const imports = src
        .split('\n')
        .filter((line) => /^\s*(import|export) .* from /.test(line))
        .join('\n');
      expect(imports, file).not.toMatch(/from ['"]zod['"]|rules-schema|checks-compile|from ['"]\.\/compile['"]/);
    }
  });

  it("has rules in all seven languages (and names and the plan in it, nl, id) and checks for the guide's known errors", () => {
    const d = loadDetection();
    expect(new Set(d.rules.map((r) => r.lang)).size).toBe(10);
    expect(d.checks.map((c) => c.discrepancyId).sort()).toEqual([
      'd-army-cap-misstated',
      'd-call-date-month',
      'd-call-date-year',
      'd-call-length',
      'd-former-president',
      'd-kherson-zaporizhzhia-dmz',
      'd-trump-reaction-dismissal',
      'd-who-asked-reversed',
    ]);
  });
});

describe('matching', () => {
  const m = createMatcher(compiledPack());

  it('reports UTF-16 offsets into the exact string scanned', () => {
    const text = '😀😀 Le plan de paix en 28\u00a0points, dit l’émissaire.';
    const [hit] = m.scan(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe('plan de paix en 28\u00a0points');
    expect(hit).toMatchObject({ kind: 'mention', topic: 'plan', packId: 'witkoff-ushakov', ruleId: 'fr-plan-28' });
  });

  it('finds Slavic case endings and German compounds', () => {
    const ru = 'Разговор между Уиткоффом и Ушаковым стал известен.';
    // "Разговор" is the call by description, tied to the story by the names beside it.
    expect(texts(ru, m.scan(ru))).toEqual(['Разговор', 'Уиткоффом и Ушаковым']);
    const de = 'Der Uschakows Berater und Witkoffs Telefonat: der 28-Punkte-Friedensplan.';
    expect(texts(de, m.scan(de))).toEqual(['Uschakows Berater und Witkoffs', 'Telefonat', '28-Punkte-Friedensplan']);
  });

  it('never ties a name to a partner inside a hard negative', () => {
    const text = 'Steve Witkoff toured the museum ship named after Admiral Fyodor Ushakov.';
    expect(m.scan(text).filter((h) => h.ruleId.endsWith('call-names'))).toEqual([]);
  });

  it('respects word boundaries in Latin and Cyrillic', () => {
    expect(m.scan('The 128-point plan for peace in Ukraine and Russia.')).toEqual([]);
    expect(m.scan('Пераушаков и Уиткоффский фонд.')).toEqual([]);
  });

  it('lets a stem take only a few letters', () => {
    const text = 'Разговор Уиткоффа с Ушаковыми.';
    expect(texts(text, m.scan(text))).toEqual(['Разговор', 'Уиткоффа с Ушаковыми']);
    expect(m.scan('Разговор Уиткоффа с Ушаковскийкомбинат.').length).toBe(0);
  });
});

describe('options', () => {
  const text = 'Witkoff told Ushakov in a 30-minute call that the 28-point peace plan would work for Ukraine and Russia.';

  it('disabledRules switches off rules and checks', () => {
    const all = createMatcher(compiledPack())
      .scan(text)
      .map((h) => h.ruleId);
    expect(all).toEqual(expect.arrayContaining(['en-call-names', 'chk-call-length', 'en-plan-28']));
    const some = createMatcher(compiledPack(), { disabledRules: ['en-call-names', 'chk-call-length'] })
      .scan(text)
      .map((h) => h.ruleId);
    expect(some).not.toContain('en-call-names');
    expect(some).not.toContain('chk-call-length');
    expect(some).toContain('en-plan-28');
  });

  it('sensitivity changes what ambiguous triggers need', () => {
    const page = 'Witkoff met Ushakov again, officials in Russia said.';
    const count = (s: 'strict' | 'balanced' | 'broad') => createMatcher(compiledPack(), { sensitivity: s }).scan(page).length;
    expect(count('strict')).toBe(1); // only the strong "Witkoff ... Ushakov" pair
    const lone = 'Witkoff spoke, Ushakov listened; Russia and Ukraine were mentioned.';
    expect(
      createMatcher(compiledPack(), { sensitivity: 'broad' }).scan('Witkoff flew home. Ushakov stayed in Russia.').length,
    ).toBeGreaterThan(0);
    expect(createMatcher(compiledPack(), { sensitivity: 'strict' }).scan(lone).length).toBe(1);
  });

  it('custom phrases are literal, validated and mapped to a topic', () => {
    const matcher = createMatcher(compiledPack(), {
      customPhrases: [
        { topic: 'plan', phrase: 'Geneva draft' },
        { topic: 'plan', phrase: '(a+)+$' },
        { topic: 'nope', phrase: 'something' },
        { topic: 'call', phrase: 'x' },
        { topic: 'call', phrase: 'y'.repeat(200) },
      ],
    });
    const hits = matcher.scan(
      'Witkoff and Ushakov spoke about the 28-point plan. The Geneva  draft was shorter. Nothing matches (a+)+$ here either.',
    );
    expect(hits.map((h) => h.ruleId).filter((id) => id.startsWith('custom-'))).toEqual(['custom-0', 'custom-1']);
    expect(matcher.rejectedPhrases.map((r) => r.phrase.topic)).toEqual(['nope', 'call', 'call']);
  });

  it("a reader's own phrases count, like the pack's ambiguous words, only where the text is about the story", () => {
    const matcher = createMatcher(compiledPack(), {
      customPhrases: [
        { topic: 'call', phrase: 'the' },
        { topic: 'call', phrase: 'phone call' },
      ],
    });
    const zoo = 'The zoo opened the new elephant house. A phone call from the keeper told the children about the feeding times.';
    expect(matcher.scan(zoo)).toEqual([]);
    const story = 'Steve Witkoff and Yuri Ushakov spoke in a phone call on 14 October about the 28-point plan.';
    expect(matcher.scan(story).map((h) => story.slice(h.start, h.end))).toEqual(expect.arrayContaining(['phone call', 'the']));
  });
});

describe('incremental relevance', () => {
  it('keeps page evidence across scans without mutating it', () => {
    const m = createMatcher(compiledPack());
    const first = m.analyze('Analysis: the leaked recording of Witkoff and Ushakov, and the 28-point peace plan.');
    expect(first.pageRelevant).toBe(true);
    expect(first.becameRelevant).toBe(true);
    const frozen = JSON.parse(JSON.stringify(first.relevance)) as RelevanceState;
    // A later added subtree with only an ambiguous trigger far from any anchor.
    const later = 'Reader comments: Witkoff came up again and again.';
    expect(m.scan(later)).toEqual([]);
    const hits = m.scan(later, { relevance: first.relevance });
    expect(hits.map((h) => later.slice(h.start, h.end))).toEqual(['Witkoff']);
    expect(first.relevance).toEqual(frozen);
    expect(m.scan(later, { pageRelevant: true }).length).toBe(1);
  });
});

// What 10,000 phrases cost against 10 is measured by the benchmark ("Pack scaling" in
// bench/RESULTS.md); here only that a large pack finds the same kind of hits.
describe('large packs', () => {
  it('finds the sampled phrases with 10 and with 10,000 phrases alike', () => {
    const base = 'Officials in several capitals said the talks would continue next week. '.repeat(300);
    for (const n of [10, 10_000]) {
      const pack = syntheticPack(n);
      const m = createMatcher(compilePack(pack));
      const sampled = samplePhrases(pack, 3);
      const hits = m.scan(`${base}${sampled.join('. ')}`);
      expect(hits.length, `${n} phrases`).toBeGreaterThanOrEqual(sampled.length);
    }
  });
});

describe('a proximity pair', () => {
  const m = createMatcher(compiledPack());

  it('joins into one mark when the two names stand close', () => {
    const text = 'The leaked recording shows Witkoff telling Ushakov how to approach the 28-point plan.';
    expect(
      texts(
        text,
        m.scan(text).filter((h) => h.kind === 'mention'),
      ),
    ).toContain('Witkoff telling Ushakov');
  });

  it('keeps one mark per name when a clause stands between them, so no sentence-long highlight', () => {
    const text =
      'The leaked recording worried Kyiv. Ushakov, who answered questions from state television on Wednesday evening, later said he would raise it with Witkoff.';
    const marks = texts(
      text,
      m.scan(text).filter((h) => h.kind === 'mention'),
    );
    expect(marks).toContain('Ushakov');
    expect(marks).toContain('Witkoff');
    expect(marks.every((t) => t.length < 40)).toBe(true);
  });
});
