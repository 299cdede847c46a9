/**
 * Build time: a check's noun phrase from word classes (rules-schema `noun` slot) as the
 * phrases it stands for. "her negotiator", "the chief American negotiator",
 * "son envoyé spécial" come from one lead class, modifier classes before and after the
 * head, and one head class, so no phrase is listed because one page wrote it.
 */
import type { z } from 'zod';
import type { nounSlotSchema } from './rules-schema';

export type NounSlot = z.infer<typeof nounSlotSchema>;

/** Runs of up to `max` distinct modifiers of a class, in any order ([] included). */
function runsOf(modifiers: readonly string[], max: number): string[][] {
  const runs: string[][] = [[]];
  if (max >= 1) for (const a of modifiers) runs.push([a]);
  if (max >= 2) for (const a of modifiers) for (const b of modifiers) if (a !== b) runs.push([a, b]);
  return runs;
}

/** Every "lead [modifiers] head [modifiers]". */
export function nounPhrases(noun: NounSlot): string[] {
  const max = noun.maxModifiers ?? 1;
  const before = runsOf(noun.modifiers ?? [], max);
  const after = runsOf(noun.after ?? [], max);
  const out: string[] = [];
  for (const lead of noun.lead)
    for (const b of before) for (const head of noun.head) for (const a of after) out.push([lead, ...b, head, ...a].join(' '));
  return out;
}
