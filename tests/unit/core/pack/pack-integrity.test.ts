import { describe, expect, it } from 'vitest';
import { checkPackIntegrity } from '../../../../src/core/pack/integrity';
import { storyPackShape, type StoryPack } from '../../../../src/core/pack/schema';
import { formatPath } from '../../../../src/core/pack/validate';
import { readFixture, readPackJson } from './pack-load';

const tiny = (): StoryPack => storyPackShape.parse(readFixture('valid-minimal'));
const problemsOf = (pack: StoryPack) => checkPackIntegrity(pack).map((p) => `${formatPath(p.path)}: ${p.message}`);

describe('story pack integrity', () => {
  it('finds nothing wrong with the bundled pack', () => {
    expect(problemsOf(storyPackShape.parse(readPackJson()))).toEqual([]);
  });

  it('flags duplicate ids', () => {
    const pack = tiny();
    pack.facts.push({ ...pack.facts[0]! });
    expect(problemsOf(pack)).toContainEqual(expect.stringMatching(/^facts\[2\]\.id: duplicate id "call-date"/));
  });

  it('flags unknown topics, entities, references and facts', () => {
    const pack = tiny();
    pack.facts[0]!.topic = 'gossip';
    pack.facts[0]!.entityIds = ['bob'];
    pack.facts[0]!.referenceIds = ['s0'];
    pack.discrepancies[0]!.factIds = ['nope'];
    expect(problemsOf(pack)).toEqual(
      expect.arrayContaining([
        'facts[0].topic: unknown topic "gossip"',
        'facts[0].entityIds[0]: unknown entity "bob"',
        'facts[0].referenceIds[0]: unknown reference source "s0"',
        'discrepancies[0].factIds[0]: unknown fact "nope"',
      ]),
    );
  });

  it('refuses a reference item that reports on an unknown item or on itself', () => {
    const pack = tiny();
    const at = pack.sources.findIndex((s) => s.role === 'reference');
    const reference = pack.sources[at]!;
    if (reference.role !== 'reference') throw new Error('the fixture has a reference item');
    reference.reportsOn = 'r-nowhere';
    expect(problemsOf(pack)).toEqual([`sources[${at}].reportsOn: unknown reference source "r-nowhere"`]);
    reference.reportsOn = reference.id;
    expect(problemsOf(pack)).toEqual([`sources[${at}].reportsOn: "${reference.id}" cannot report on itself`]);
  });

  it('requires every fact to cover every seed source and nothing else', () => {
    const pack = tiny();
    delete pack.facts[0]!.sources['s0'];
    pack.facts[0]!.sources['r-wire'] = { stance: 'silent', note: 'n/a' };
    const problems = problemsOf(pack);
    expect(problems).toContainEqual(expect.stringMatching(/^facts\[0\]\.sources\.s0: /));
    expect(problems).toContainEqual(expect.stringMatching(/^facts\[0\]\.sources\["r-wire"\]: /));
  });

  it('requires a discrepancy for every source marked wrong', () => {
    const pack = tiny();
    pack.discrepancies = [];
    expect(problemsOf(pack)).toContainEqual(expect.stringMatching(/^facts\[0\]\.sources\.s1\.stance: /));
  });

  it('requires a key fact per topic', () => {
    const pack = tiny();
    pack.facts[1]!.key = false;
    expect(problemsOf(pack)).toContainEqual(expect.stringMatching(/^topics\[1\]: topic "plan" has no key fact/));
  });

  it('checks what detection rules and claim checks point at', () => {
    // Only the reference fields matter here, so skip the detection engine's full shapes.
    const pack = tiny();
    const detection = pack as unknown as { rules: unknown[]; checks: unknown[] };
    detection.rules = [{ id: 'r1', topic: 'call', factIds: ['call-date', 'ghost'] }];
    detection.checks = [{ id: 'c1', topic: 'weather', discrepancyId: 'd-ghost' }];
    expect(problemsOf(pack)).toEqual(
      expect.arrayContaining([
        'rules[0].factIds[1]: unknown fact "ghost"',
        'checks[0].topic: unknown topic "weather"',
        'checks[0].discrepancyId: unknown discrepancy "d-ghost"',
      ]),
    );
  });

  describe('refuses each kind of mistake a fact-checker found', () => {
    it('refuses "wrong" where the record cites nothing: that is "unconfirmed"', () => {
      const pack = tiny();
      pack.facts[0]!.referenceIds = [];
      pack.facts[0]!.referenceNote = 'Only the articles report it.';
      pack.discrepancies[0]!.referenceIds = [];
      expect(problemsOf(pack)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^facts\[0\]\.sources\.s1\.stance: .*"unconfirmed", never "wrong"/),
          expect.stringMatching(/^discrepancies\[0\]\.sources\[0\]\.stance: .*"unconfirmed", never "wrong"/),
        ]),
      );
      pack.facts[0]!.sources['s1']!.stance = 'unconfirmed';
      pack.discrepancies[0]!.sources[0]!.stance = 'unconfirmed';
      expect(problemsOf(pack)).toEqual([]);
    });

    it('refuses to call a claim single-source unless it is marked unconfirmed', () => {
      const pack = tiny();
      pack.discrepancies[0]!.type = 'single-source-claim';
      expect(problemsOf(pack)).toEqual([
        expect.stringMatching(
          /^discrepancies\[0\]\.sources\[0\]\.stance: "d-day" is a single-source claim, so "s1" can only be "unconfirmed"/,
        ),
      ]);
      pack.discrepancies[0]!.sources[0]!.stance = 'unconfirmed';
      pack.facts[0]!.sources['s1']!.stance = 'unconfirmed';
      expect(problemsOf(pack)).toEqual([]);
    });

    it('refuses a record claim that cites no dated item and gives no reason', () => {
      const pack = tiny();
      delete pack.facts[1]!.referenceNote;
      expect(problemsOf(pack)).toEqual([expect.stringMatching(/^facts\[1\]\.referenceIds: fact "plan-size" cites no reference item/)]);
    });

    it('refuses a discrepancy whose stance for an outlet contradicts its fact', () => {
      const pack = tiny();
      pack.discrepancies[0]!.sources[0]!.stance = 'differs';
      expect(problemsOf(pack)).toEqual([
        'discrepancies[0].sources[0].stance: "s1" is "differs" in "d-day" but "wrong" on its fact "call-date"; one point, one stance',
      ]);
    });

    it('checks every fact a discrepancy is linked to', () => {
      const pack = tiny();
      pack.discrepancies[0]!.factIds = ['call-date', 'plan-size'];
      expect(problemsOf(pack)).toEqual([expect.stringMatching(/"s1" is "wrong" in "d-day" but "silent" on its fact "plan-size"/)]);
    });

    it('refuses a spelling "discrepancy" inside a faithful quotation', () => {
      const pack = tiny();
      pack.discrepancies.push({
        ...pack.discrepancies[0]!,
        id: 'd-spelling',
        type: 'spelling-variant',
        sources: [{ sourceId: 's1', stance: 'wrong', says: 'Spells it Alicia.', excerpt: 'on Monday', quoting: 'alice' }],
      });
      expect(problemsOf(pack)).toContainEqual(
        expect.stringMatching(/^discrepancies\[1\]\.sources\[0\]\.stance: .*a faithful quotation is not a discrepancy/),
      );
      pack.discrepancies[1]!.sources[0]!.quoting = 'bob';
      expect(problemsOf(pack)).toContainEqual('discrepancies[1].sources[0].quoting: unknown entity "bob"');
    });
  });
});
