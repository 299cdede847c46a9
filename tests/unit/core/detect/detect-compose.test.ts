/**
 * Words that point back, built from word classes (compose.ts) rather than listed: a
 * determiner or owner, modifiers on either side of a head word, a trailing determiner.
 * First the grammar on its own with a small made-up class set, then the full pack on
 * sentences written for this test in shapes no rule lists whole.
 */
import { describe, expect, it } from 'vitest';
import { composedSpan, composeEntry, type CompiledCompose } from '../../../../src/core/detect/compose';
import { createMatcher } from '../../../../src/core/detect/matcher';
import { compiledPack } from '../../../fixtures/detect/load';

const words = (list: string) => list.split('|').map(composeEntry);

const ROLE: CompiledCompose = {
  determiners: words('the|a'),
  owners: words('his'),
  before: words('russian|foreign policy'),
  ranks: words('senior'),
  after: words('of the kremlin'),
  trailing: [],
  minModifiers: 1,
};

/** The composed phrase around the first `head` in `text`, or undefined. */
function around(text: string, head: string, compose: CompiledCompose = ROLE, stemMax = 2): string | undefined {
  const from = text.indexOf(head);
  const span = composedSpan(text, from, from + head.length, compose, stemMax);
  return span && text.slice(span.from, span.to);
}

describe('the grammar of a composed noun phrase', () => {
  it('takes an owner alone, and a determiner only with a modifier', () => {
    expect(around('then his aide left', 'aide')).toBe('his aide');
    expect(around('then the russian aide left', 'aide')).toBe('the russian aide');
    expect(around('then the aide left', 'aide')).toBeUndefined();
  });

  it('reads up to two modifiers, multiword ones and ranks included, but a rank is no modifier', () => {
    expect(around('a senior russian aide said', 'aide')).toBe('a senior russian aide');
    expect(around('the russian foreign policy aide said', 'aide')).toBe('the russian foreign policy aide');
    expect(around('a senior aide said', 'aide')).toBeUndefined();
    expect(around('the aide of the kremlin said', 'aide')).toBe('the aide of the kremlin');
  });

  it('lets the head stand bare where the language has no articles, and reads a trailing determiner', () => {
    const slavic: CompiledCompose = { ...ROLE, determiners: [], owners: words('его'), before: words('российск*'), bare: 1 };
    expect(around('сказал российскому дипломату', 'дипломату', slavic, 4)).toBe('российскому дипломату');
    expect(around('сказал дипломату', 'дипломату', slavic, 4)).toBeUndefined();
    const trailing: CompiledCompose = { ...ROLE, determiners: [], owners: [], before: [], after: words('rusia'), trailing: words('itu') };
    expect(around('kata pejabat rusia itu kemarin', 'pejabat', trailing)).toBe('pejabat rusia itu');
    expect(around('kata pejabat itu kemarin', 'pejabat', trailing)).toBeUndefined();
  });

  it('reads an elided article glued to its word and stops at punctuation', () => {
    const fr: CompiledCompose = { ...ROLE, determiners: words("l'|le"), before: [], after: words('initial'), minModifiers: 0 };
    expect(around("puis l'accord initial fut lu", 'accord', fr)).toBe("l'accord initial");
    expect(around('le, accord', 'accord', fr)).toBeUndefined();
  });
});

const matcher = createMatcher(compiledPack());
const OPENING = 'Bloomberg published the leaked recording of the Witkoff–Ushakov call about the 28-point plan for Ukraine.\n';

/** The text of the mention marks in `sentence` under the opening line. */
function marks(sentence: string): string[] {
  const text = OPENING + sentence;
  return matcher
    .scan(text)
    .filter((h) => h.kind === 'mention' && h.start >= OPENING.length)
    .map((h) => text.slice(h.start, h.end));
}

// A head word another rule reads on its own ("envoy", "Telefonat") keeps that rule's mark
// (anaphora.ts); these heads are read only by the composed rules.
describe('references composed from the pack’s word classes', () => {
  it('marks a role phrase in a shape no rule lists whole, in several languages', () => {
    expect(marks('Later the veteran Russian diplomat flew home.')).toContain('the veteran Russian diplomat');
    expect(marks('Later his chief negotiator flew home.')).toContain('his chief negotiator');
    expect(marks('Después, un alto diplomático ruso volvió a Moscú.')).toContain('un alto diplomático ruso');
    expect(marks('Потом его специальный советник улетел домой.')).toContain('его специальный советник');
    expect(marks('Потом кремлёвскому дипломату позвонили.')).toContain('кремлёвскому дипломату');
    expect(marks('Kemudian pejabat senior Rusia itu menolak berkomentar.')).toContain('pejabat senior Rusia itu');
  });

  it('marks the plan and the call by a determiner, modifiers and a head word', () => {
    expect(marks('Critics say the amended framework changes little.')).toContain('the amended framework');
    expect(marks('La version révisée circule à Genève.')).toContain('La version révisée');
    expect(marks('Das geleakte Protokoll umfasst zwei Seiten.')).toContain('Das geleakte Protokoll');
    expect(marks('Draf damai Amerika Serikat beredar di Jenewa.')).toContain('Draf damai Amerika Serikat');
  });

  it('leaves a role word alone with a bare article or a rank alone', () => {
    expect(marks('A senior official in Kyiv declined to comment.')).toEqual([]);
    expect(marks('The official in charge of grain exports resigned.')).toEqual([]);
  });
});
