/**
 * Build time: story pack rules and checks -> CompiledPack (plain JSON).
 *
 * Runs in Node (vite plugin / scripts / tests), once per pack. Phrases are normalised
 * with the same normalize() the runtime applies to pages, stem phrases are cut into
 * segments (stems.ts), and all segments of all rules go into one Aho–Corasick automaton. Input is expected to be
 * validated already (storyPackSchema or detectionSchema); this module imports only
 * types from the schema so it stays free of zod.
 */
import { normalizePhrase } from '../text/normalize';
import { buildAutomaton } from './automaton';
import { compileCheck, type CheckFlagInfo } from './checks-compile';
import { compileSourceDetectors, type SourcePackInput } from './checks-sources-compile';
import type { Check, Rule, RuleInput } from './rules-schema';
import type { StoryPeriod } from './types';
import { acronymWords } from './acronyms';
import { composeEntry, type CompiledCompose } from './compose';
import { foldSpelling } from './spellings';
import { splitSegments, STEM_MAX } from './stems';
import {
  COMPILED_FORMAT,
  PATTERN_CUE,
  PATTERN_EXCLUDE,
  PATTERN_NEAR,
  PATTERN_PHRASE,
  SEG_CAPS,
  SEG_CONT,
  SEG_LAST,
  SEG_STEM,
  SEG_ADJ,
  SEG_VERB,
  type CompiledPack,
  type CompiledRule,
} from './types';

/**
 * The parts of a story pack the detection engine reads. With the pack's facts and
 * discrepancies, flags also say how sure they are and who printed the same thing,
 * and the outlets' own words become flags of their own (checks-sources-compile.ts).
 */
export interface DetectionPackInput extends SourcePackInput {
  id: string;
  topics?: readonly { id: string }[];
  rules: readonly (Rule | RuleInput)[];
  checks: readonly Check[];
  period?: StoryPeriod;
}

/** A check flags "wrong" (the guide's known errors contradict the record); its outlets are those the pack says printed it. */
function flagInfo(pack: DetectionPackInput, discrepancyId: string): CheckFlagInfo {
  const d = pack.discrepancies?.find((x) => x.id === discrepancyId);
  const printed = (d?.sources ?? []).filter((s) => s.stance === 'wrong' || s.stance === 'differs');
  return { strength: 'wrong', sourceIds: printed.map((s) => s.sourceId) };
}

const entries = (phrases: readonly string[] | undefined) => (phrases ?? []).map((p) => composeEntry(normalizePhrase(p)));

/** A rule's word classes, normalised like pages are (compose.ts reads them word by word). */
function compileCompose(c: NonNullable<RuleInput['compose']>): CompiledCompose {
  return {
    determiners: entries(c.determiners),
    owners: entries(c.owners),
    before: entries(c.before),
    ranks: entries(c.ranks),
    after: entries(c.after),
    trailing: entries(c.trailing),
    minModifiers: c.minModifiers ?? 0,
    ...(c.bare !== undefined ? { bare: c.bare } : {}),
  };
}

export function compilePack(pack: DetectionPackInput): CompiledPack {
  const patterns: string[] = [];
  const patternRule: number[] = [];
  const patternKind: number[] = [];
  const patternFlags: number[] = [];
  const patternCased: Record<number, string> = {};
  const rules: CompiledRule[] = [];

  const add = (phrases: readonly string[], rule: Rule | RuleInput, ruleIndex: number, kind: number) => {
    for (const phrase of phrases) {
      const segments = splitSegments(normalizePhrase(phrase));
      if (segments.length === 0) continue;
      // An acronym written in capitals ("US") is not the common word it folds to ("us").
      const caps = acronymWords(phrase).some((w) => w) ? SEG_CAPS : 0;
      if (caps) patternCased[patterns.length + segments.length - 1] = phrase;
      // A word that is also a verb or an adjective is read against its neighbours (noun-context.ts).
      const wordClass =
        (kind !== PATTERN_NEAR && rule.verbs?.includes(phrase) ? SEG_VERB : 0) |
        (kind !== PATTERN_NEAR && rule.adjectives?.includes(phrase) ? SEG_ADJ : 0);
      segments.forEach((seg, i) => {
        const last = i === segments.length - 1;
        patterns.push(seg.text);
        patternRule.push(ruleIndex);
        patternKind.push(kind);
        patternFlags.push((last ? SEG_LAST | caps | wordClass : 0) | (seg.stem ? SEG_STEM : 0) | (i > 0 ? SEG_CONT : 0));
      });
    }
  };

  const cueClasses = [...new Set(pack.rules.flatMap((r) => (r.cue ? [r.cue.class] : [])))];
  const classOf = (name: string, ruleId: string) => {
    const index = cueClasses.indexOf(name);
    if (index < 0) throw new Error(`rule ${ruleId}: no cue rule has class ${name}`);
    return index;
  };
  const scopeNames = new Set(pack.rules.flatMap((r) => (r.cue?.scopes ? [r.cue.class] : [])));
  const givenNameClasses = new Set(pack.rules.flatMap((r) => (r.cue?.givenNames ? [r.cue.class] : [])));
  if (givenNameClasses.size > 1) throw new Error(`only one cue class may hold given names, not ${[...givenNameClasses].join(', ')}`);
  if (scopeNames.size > 1) throw new Error(`only one cue class may decide items, not ${[...scopeNames].join(', ')}`);

  pack.rules.forEach((rule, ruleIndex) => {
    if ((rule.role === 'cue') !== (rule.cue !== undefined)) throw new Error(`rule ${rule.id}: role cue and a cue class go together`);
    if (rule.ties && (rule.role ?? 'mention') !== 'mention')
      throw new Error(`rule ${rule.id}: only a mention rule ties a passage to the story`);
    if (rule.ties && scopeNames.size === 0) throw new Error(`rule ${rule.id}: ties needs a cue class that decides items (cue.scopes)`);
    rules.push({
      id: rule.id,
      group: rule.group ?? rule.id,
      topic: rule.topic,
      lang: rule.lang,
      role: rule.role ?? 'mention',
      ambiguous: rule.ambiguous,
      weight: rule.weight ?? 1,
      ...(rule.itemWeight !== undefined ? { itemWeight: rule.itemWeight } : {}),
      factIds: rule.factIds ?? [],
      stemMax: STEM_MAX[rule.lang],
      ...(rule.near ? { nearWindow: rule.near.window } : {}),
      ...(rule.near?.extend === false ? { nearExtend: false as const } : {}),
      ...(rule.near?.sentence === false ? { nearSentence: false as const } : {}),
      ...(rule.near?.tight === true ? { nearTight: true as const } : {}),
      ...(rule.near?.follows === true ? { nearFollows: true as const } : {}),
      ...(rule.near?.linked === true ? { nearLinked: true as const } : {}),
      ...(rule.cue ? { cueClass: classOf(rule.cue.class, rule.id), cueFor: rule.cue.stance === 'for' } : {}),
      ...(rule.cue?.sentences ? { cueSentence: true as const } : {}),
      ...(rule.spellings ? { spellings: rule.phrases.map(foldSpelling) } : {}),
      ...(rule.antecedent ? { antecedentTopic: rule.antecedent.topic } : {}),
      ...(rule.eventNoun ? { eventNoun: true as const } : {}),
      ...(rule.ties ? { ties: true as const } : {}),
      ...(rule.person ? { person: true as const } : {}),
      ...(rule.surname ? { surname: true as const } : {}),
      ...(rule.compose ? { compose: compileCompose(rule.compose) } : {}),
      ...(rule.judgedBy?.carries ? { judgeCarries: true as const } : {}),
      ...(rule.judgedBy ? { judgeClass: classOf(rule.judgedBy.class, rule.id), judgeWindow: rule.judgedBy.window } : {}),
    });
    // Names of a spelling rule are found word by word (spellings.ts), not by the automaton.
    if (!rule.spellings) add(rule.phrases, rule, ruleIndex, rule.cue ? PATTERN_CUE : PATTERN_PHRASE);
    if (rule.near) add(rule.near.phrases, rule, ruleIndex, PATTERN_NEAR);
    if (rule.exclude) add(rule.exclude, rule, ruleIndex, PATTERN_EXCLUDE);
  });

  const topics = pack.topics?.map((t) => t.id) ?? [...new Set(rules.map((r) => r.topic))];
  return {
    format: COMPILED_FORMAT,
    packId: pack.id,
    topics,
    rules,
    automaton: buildAutomaton(patterns),
    patternRule,
    patternKind,
    patternFlags,
    ...(Object.keys(patternCased).length > 0 ? { patternCased } : {}),
    checks: pack.checks.map((c) => compileCheck(c, flagInfo(pack, c.discrepancyId))),
    ...(cueClasses.length > 0 ? { cueClasses } : {}),
    ...(scopeNames.size > 0 ? { scopeClass: classOf([...scopeNames][0]!, 'scope') } : {}),
    ...(givenNameClasses.size > 0 ? { givenNameClass: classOf([...givenNameClasses][0]!, 'given names') } : {}),
    sourceDetectors: compileSourceDetectors(pack),
    ...(pack.period ? { period: pack.period } : {}),
  };
}
