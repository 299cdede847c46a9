import { describe, expect, it } from 'vitest';
import { buildCoverage, stanceTotals } from '../../../../src/core/classroom/coverage-matrix';
import { citationNumbers, discrepancyNumbersByFact, numberReferences, stanceGroups } from '../../../../src/core/classroom/handout-index';
import { ALL, filterDiscrepancies, filterFromValue, filterRows, filterToValue, typesInPack } from '../../../../src/core/classroom/filters';
import { compareQuotes, windowToVersion } from '../../../../src/core/classroom/quote-versions';
import { DISCREPANCY_TYPE_IDS, type StoryPack } from '../../../../src/core/pack/schema';

/**
 * A tiny story pack in the real schema's shape, for the classroom's pure logic.
 * Two seeds, three facts, three discrepancies (one about a quote).
 */
const pack: StoryPack = {
  id: 'tiny-story',
  version: '1.0.0',
  title: 'A tiny story',
  summary: 'Two articles about one call.',
  topics: [{ id: 'call', label: 'The call', summary: 'The call itself.' }],
  sources: [
    {
      id: 's0',
      role: 'seed',
      seedFile: 'a.txt',
      headline: 'First article',
      headlineIsOpeningLine: false,
      kind: 'news',
      published: { precision: 'unknown', how: 'not stated' },
      missing: [],
    },
    {
      id: 's1',
      role: 'seed',
      seedFile: 'b.txt',
      headline: 'Second article',
      headlineIsOpeningLine: true,
      kind: 'blog',
      published: { precision: 'unknown', how: 'not stated' },
      missing: [],
    },
    {
      id: 'wire',
      role: 'reference',
      name: 'The Wire',
      kind: 'wire',
      title: 'Transcript of the call',
      date: '2025-11-25',
      covers: 'the transcript',
    },
  ],
  entities: [],
  facts: [
    {
      id: 'call-date',
      topic: 'call',
      question: 'When was the call?',
      answer: '14 October 2025.',
      referenceIds: ['wire'],
      entityIds: [],
      key: true,
      sources: {
        s0: { stance: 'agrees', note: 'Says 14 October.', excerpt: 'on October 14' },
        s1: { stance: 'wrong', note: 'Says 2023.', excerpt: 'October 14, 2023' },
      },
    },
    {
      id: 'donetsk-quote',
      topic: 'call',
      question: 'What did he say about Donetsk?',
      answer: 'Donetsk and maybe a land swap.',
      referenceIds: ['wire'],
      entityIds: [],
      key: true,
      canonicalQuote: 'Now, me to you, I know what it is going to take to get a peace deal done: Donetsk and maybe a land swap somewhere.',
      sources: {
        s0: { stance: 'differs', note: 'Drops maybe.', excerpt: 'he said "Donetsk and a land swap somewhere"' },
        s1: { stance: 'silent', note: 'Not mentioned.' },
      },
    },
    {
      id: 'call-length',
      topic: 'call',
      question: 'How long was the call?',
      answer: 'Just over five minutes.',
      referenceIds: [],
      entityIds: [],
      key: false,
      sources: {
        s0: { stance: 'silent', note: 'Not mentioned.' },
        s1: { stance: 'agrees', note: 'Five minutes.', excerpt: 'just over five minutes' },
      },
    },
  ],
  discrepancies: [
    {
      id: 'year',
      kind: 'conflict',
      type: 'wrong-date',
      title: 'The year of the call',
      right: '2025',
      severity: 'medium',
      factIds: ['call-date'],
      referenceIds: ['wire'],
      whyItMatters: 'Dates anchor the story.',
      sources: [{ sourceId: 's1', stance: 'wrong', says: '2023', excerpt: 'October 14, 2023' }],
    },
    {
      id: 'donetsk',
      kind: 'conflict',
      type: 'quote-trimmed',
      title: 'The Donetsk quote',
      right: 'The transcript has maybe.',
      severity: 'high',
      factIds: ['donetsk-quote'],
      referenceIds: ['wire'],
      whyItMatters: 'Maybe matters.',
      sources: [{ sourceId: 's0', stance: 'differs', says: 'Drops maybe', excerpt: 'he said "Donetsk and a land swap somewhere"' }],
    },
    {
      id: 'date-again',
      kind: 'watch',
      type: 'wrong-date',
      title: 'Easy to get wrong',
      right: '14 October',
      severity: 'low',
      factIds: ['call-date'],
      referenceIds: [],
      whyItMatters: 'Watch it.',
      sources: [],
    },
  ],
  gate: ['example'],
  rules: [],
  checks: [],
};

describe('classroom coverage matrix', () => {
  const matrix = buildCoverage(pack, DISCREPANCY_TYPE_IDS);

  it('has one column per seed source and one row per fact', () => {
    expect(matrix.columns.map((c) => [c.sourceId, c.number])).toEqual([
      ['s0', 1],
      ['s1', 2],
    ]);
    expect(matrix.rows.map((r) => r.fact.id)).toEqual(pack.facts.map((f) => f.id));
  });

  it('fills each cell from the fact and names the references', () => {
    const date = matrix.rows[0]!;
    expect(date.cells.map((c) => c.stance)).toEqual(['agrees', 'wrong']);
    expect(date.cells[1]!.excerpt).toBe('October 14, 2023');
    expect(date.references).toEqual([{ id: 'wire', outlet: 'The Wire', title: 'Transcript of the call', date: '2025-11-25' }]);
    expect(date.discrepancyTypes).toEqual(['wrong-date']);
  });

  it('totals stances per source', () => {
    expect(stanceTotals(matrix).get('s0')).toEqual({ agrees: 1, differs: 1, unconfirmed: 0, wrong: 0, silent: 1 });
  });
});

describe('classroom filters', () => {
  const matrix = buildCoverage(pack, DISCREPANCY_TYPE_IDS);

  it('lists the types in the pack in taxonomy order with counts', () => {
    expect(typesInPack(pack, DISCREPANCY_TYPE_IDS)).toEqual([
      { type: 'wrong-date', count: 2 },
      { type: 'quote-trimmed', count: 1 },
    ]);
  });

  it('filters rows by type or by having any discrepancy', () => {
    expect(filterRows(matrix.rows, ALL)).toHaveLength(3);
    expect(filterRows(matrix.rows, { kind: 'any-discrepancy' }).map((r) => r.fact.id)).toEqual(['call-date', 'donetsk-quote']);
    expect(filterRows(matrix.rows, { kind: 'type', type: 'quote-trimmed' }).map((r) => r.fact.id)).toEqual(['donetsk-quote']);
  });

  it('orders discrepancies by severity, keeping pack order among equals', () => {
    expect(filterDiscrepancies(pack.discrepancies, ALL).map((d) => d.id)).toEqual(['donetsk', 'year', 'date-again']);
    expect(filterDiscrepancies(pack.discrepancies, { kind: 'type', type: 'wrong-date' }).map((d) => d.id)).toEqual(['year', 'date-again']);
  });

  it('round-trips a filter through a select value and rejects unknown types', () => {
    const known = ['wrong-date'];
    expect(filterFromValue(filterToValue({ kind: 'type', type: 'wrong-date' }), known)).toEqual({ kind: 'type', type: 'wrong-date' });
    expect(filterFromValue('any-discrepancy', known)).toEqual({ kind: 'any-discrepancy' });
    expect(filterFromValue('type:made-up', known)).toEqual(ALL);
  });
});

describe('classroom quote comparison', () => {
  it('diffs the quoted words against the transcript, windowed to what the outlet quoted', () => {
    const donetsk = pack.discrepancies.find((d) => d.id === 'donetsk')!;
    const comparison = compareQuotes(pack, donetsk)!;
    expect(comparison.baselineSourceId).toBeNull();
    const [version] = comparison.versions;
    expect(version!.quote).toBe('Donetsk and a land swap somewhere');
    expect(version!.startsLater).toBe(true);
    expect(version!.endsEarlier).toBe(false);
    expect(version!.parts).toEqual([
      { op: 'same', text: 'Donetsk and' },
      { op: 'removed', text: 'maybe' },
      { op: 'same', text: 'a land swap somewhere' },
    ]);
  });

  it('without a transcript, measures the others against the outlet that agrees', () => {
    const drift = {
      ...pack.discrepancies[1]!,
      factIds: ['call-date'],
      sources: [
        { sourceId: 's0', stance: 'differs' as const, says: 'short', excerpt: 'we have the call before Friday' },
        { sourceId: 's1', stance: 'agrees' as const, says: 'full', excerpt: 'I will go, but we have the call before Friday' },
      ],
    };
    const comparison = compareQuotes(pack, drift)!;
    expect(comparison.baselineSourceId).toBe('s1');
    expect(comparison.versions.map((v) => v.sourceId)).toEqual(['s0']);
    expect(comparison.versions[0]!.startsLater).toBe(true);
  });

  it('is not offered for discrepancies that are not about quotes', () => {
    expect(compareQuotes(pack, pack.discrepancies[0]!)).toBeNull();
  });

  it('keeps only as many unquoted baseline words as the outlet put in their place', () => {
    expect(
      windowToVersion([
        { op: 'same', text: 'a peace deal' },
        { op: 'removed', text: 'done: Donetsk and maybe a land swap' },
        { op: 'added', text: 'happen' },
      ]),
    ).toEqual({
      parts: [
        { op: 'same', text: 'a peace deal' },
        { op: 'removed', text: 'done:' },
        { op: 'added', text: 'happen' },
      ],
      startsLater: false,
      endsEarlier: true,
    });
    expect(
      windowToVersion([
        { op: 'added', text: 'Well,' },
        { op: 'removed', text: 'Now, me to you,' },
        { op: 'same', text: 'I know' },
      ]).parts,
    ).toEqual([
      { op: 'added', text: 'Well,' },
      { op: 'removed', text: 'you,' },
      { op: 'same', text: 'I know' },
    ]);
  });

  it('leaves a diff without shared words untouched', () => {
    expect(
      windowToVersion([
        { op: 'removed', text: 'a' },
        { op: 'added', text: 'b' },
      ]),
    ).toEqual({
      parts: [
        { op: 'removed', text: 'a' },
        { op: 'added', text: 'b' },
      ],
      startsLater: false,
      endsEarlier: false,
    });
  });
});

describe('classroom handout cross-references', () => {
  const archive = {
    id: 'archive',
    role: 'reference',
    name: 'The Archive',
    kind: 'news',
    title: 'Old report',
    date: '2025-10-01',
    covers: 'x',
  } as const;
  const twoRefs: StoryPack = { ...pack, sources: [...pack.sources, archive] };

  it('numbers each reference once, in order of first use, and skips ids that are not references', () => {
    const refs = numberReferences(twoRefs, [['wire'], ['s0', 'archive', 'wire'], ['missing', 'archive']]);
    expect(refs.sources.map((s) => s.id)).toEqual(['wire', 'archive']);
    expect([...refs.numberOf]).toEqual([
      ['wire', 1],
      ['archive', 2],
    ]);
    expect(citationNumbers(['archive', 'wire', 'archive', 's0'], refs.numberOf)).toEqual([1, 2]);
    expect(citationNumbers([], refs.numberOf)).toEqual([]);
  });

  it('points each fact at the discrepancies about it, by their place in the list', () => {
    expect([...discrepancyNumbersByFact(pack.discrepancies)]).toEqual([
      ['call-date', [1, 3]],
      ['donetsk-quote', [2]],
    ]);
  });

  it('groups the articles of a discrepancy by stance, wrong first, leaving out those that agree', () => {
    const numbers = new Map([
      ['s0', 1],
      ['s1', 2],
      ['s2', 3],
    ]);
    const mixed = {
      ...pack.discrepancies[0]!,
      sources: [
        { sourceId: 's2', stance: 'differs', says: 'x' },
        { sourceId: 's0', stance: 'agrees', says: 'x' },
        { sourceId: 's1', stance: 'wrong', says: 'x' },
        { sourceId: 'not-a-column', stance: 'wrong', says: 'x' },
        { sourceId: 's0', stance: 'silent', says: 'x' },
      ],
    } as StoryPack['discrepancies'][number];
    expect(stanceGroups(mixed, numbers)).toEqual([
      { stance: 'wrong', sources: [2] },
      { stance: 'differs', sources: [3] },
      { stance: 'silent', sources: [1] },
    ]);
  });
});
