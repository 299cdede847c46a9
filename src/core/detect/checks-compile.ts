/**
 * Build time: turn declarative claim checks into word lists over normalised text.
 *
 * Nothing here becomes a regular expression. A page that is about the story pays
 * for no compilation at all: the run time (checks-run.ts) looks the words up token
 * by token inside the sentences near the story's mentions.
 */
import type { Check, Slot } from './rules-schema';
import { phraseWords } from './checks-phrase';
import { nounPhrases } from './checks-noun';
import type { CompiledCheck, CompiledSlot, FlagStrength } from './types';

/** What the pack says about a check's discrepancy: how sure a flag is and who printed the error. */
export interface CheckFlagInfo {
  strength: FlagStrength;
  sourceIds: string[];
}

function slotsOf(slots: readonly Slot[]): CompiledSlot[] {
  return slots.map((slot) =>
    'gap' in slot
      ? { gap: slot.gap }
      : { any: [...('any' in slot ? slot.any : []), ...(slot.noun ? nounPhrases(slot.noun) : [])].map(phraseWords) },
  );
}

/**
 * Compile one validated check. Checks are written for the guide's known errors, which
 * the record contradicts, so they flag "wrong" unless the pack says otherwise.
 */
export function compileCheck(check: Check, info: CheckFlagInfo = { strength: 'wrong', sourceIds: [] }): CompiledCheck {
  const base = {
    id: check.id,
    discrepancyId: check.discrepancyId,
    topic: check.topic,
    factIds: check.factIds ?? [],
    strength: info.strength,
    sourceIds: info.sourceIds,
  };
  const p = check.pattern;
  switch (p.type) {
    case 'sequence':
      return {
        ...base,
        type: 'sequence',
        sequences: p.sequences.map(slotsOf),
        unless: (p.unless ?? []).map(phraseWords),
        ...(p.agent ? { agent: { who: p.agent.who.map(phraseWords), others: p.agent.others.map(phraseWords) } } : {}),
      };
    case 'date': {
      const [y, m, d] = p.expected.split('-').map(Number) as [number, number, number];
      return {
        ...base,
        type: 'date',
        compare: p.compare,
        expected: { year: y, month: m, day: d },
        triggers: p.triggers.map(phraseWords),
        subjects: p.subjects.map(phraseWords),
        ignore: p.ignore ?? [],
      };
    }
    case 'duration':
      return { ...base, type: 'duration', triggers: p.triggers.map(phraseWords), minMinutes: p.minMinutes, maxMinutes: p.maxMinutes };
    case 'number':
      return {
        ...base,
        type: 'number',
        triggers: p.triggers.map(phraseWords),
        subjects: p.subjects.map(phraseWords),
        accepted: p.accepted,
        minValue: p.minValue,
      };
  }
}
