/**
 * The army cap said with a verb of its own ("held Ukraine's army to 400,000", "l'armée
 * serait réduite à 400 000", "сократить армию до 400 тысяч") or as a halving ("die
 * Halbierung der ukrainischen Armee"). Both only in a sentence about Ukraine's army under
 * a proposal, never about Russia's army or the 2022 Istanbul draft.
 */
import { CAP_CONTEXT, HALVING_LINKS, HALVING_WORDS, LIMIT_PREPOSITIONS, LIMIT_VERBS, OTHER_CAP_CONTEXT } from './checks-lexicon';
import { lazyPhrases, type PhraseSet } from './checks-phrase';
import { numberAt, type FoundNumber } from './checks-numbers';
import { clauseBreakBetween, quotedWithin, type Sentence } from './checks-text';

export const limitVerbs = lazyPhrases(LIMIT_VERBS);
export const halvingWords = lazyPhrases(HALVING_WORDS);
const capContext = lazyPhrases(CAP_CONTEXT);
const otherCapContext = lazyPhrases(OTHER_CAP_CONTEXT);
const limitPrepositions = new Set(LIMIT_PREPOSITIONS);
const halvingLinks = new Set(HALVING_LINKS);

/** Furthest the figure may stand after its verb ("held Ukraine's armed forces to 400,000"), in words. */
const VERB_REACH = 6;
/** Furthest an army word may stand before a passive verb ("the army would be reduced to"), in words. */
const SUBJECT_BEFORE = 4;
/** Furthest a verb-final figure may stand before its verb ("auf 400.000 Soldaten reduzieren"), in words. */
const FIGURE_BACK = 3;
/** Furthest an army word may stand from a halving ("halve the size of Ukraine's army"), in words. */
const HALVING_REACH = 5;

/** The sentence speaks of another army or another cap (Russia's forces, the 2022 Istanbul draft). */
export function aboutAnotherCap(s: Sentence): boolean {
  return otherCapContext().any(s.tokens);
}

/** The sentence speaks of Ukraine's army under a proposal: a verb or a halving needs it said. */
function aboutThisCap(s: Sentence): boolean {
  return capContext().any(s.tokens);
}

/** Spans [verb, figure) of a limiting verb, its army and a wrong figure after "to", "auf", "à", "до". */
export function limitVerbSpans(text: string, s: Sentence, subjects: PhraseSet, wrong: (value: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  if (!aboutThisCap(s)) return out;
  const fits = (n: FoundNumber, a: number, b: number) =>
    wrong(n.value) && !clauseBreakBetween(text, s.tokens[a]!.from, s.tokens[b - 1]!.to) && !quotedWithin(text, s, n.from, n.to);
  for (const [vs, ve] of limitVerbs().findAll(s.tokens)) {
    let found = false;
    for (let j = ve + 1; j < s.tokens.length && j <= ve + VERB_REACH; j++) {
      if (!limitPrepositions.has(s.tokens[j - 1]!.w)) continue;
      const n = numberAt(s.tokens, j);
      if (!n) continue;
      // The army stands between the verb and its figure, or is the passive's subject right before the verb.
      const army = subjects.any(s.tokens, ve, j - 1) || subjects.any(s.tokens, Math.max(0, vs - SUBJECT_BEFORE), vs);
      if (army && fits(n, vs, n.to)) out.push([vs, n.to]);
      found = true;
      break;
    }
    if (found) continue;
    // Verb last: "die Armee auf 400.000 Soldaten reduzieren".
    for (let j = vs - 1; j > 0 && j >= vs - FIGURE_BACK; j--) {
      if (s.tokens[j - 1]!.w !== 'auf') continue;
      const n = numberAt(s.tokens, j);
      if (n && n.to <= vs && subjects.any(s.tokens, Math.max(0, j - 1 - SUBJECT_BEFORE), j - 1) && fits(n, j - 1, ve))
        out.push([j - 1, ve]);
      break;
    }
  }
  return out;
}

/**
 * True when tokens[lo, hi) are link words, the country or a limiting verb, with at most
 * one other word: the halving is then the army's ("halve the size of Ukraine's army"),
 * not something else's ("losses halved last month as Ukraine's army held").
 */
function onlyLinks(s: Sentence, lo: number, hi: number): boolean {
  let free = 0;
  for (let j = lo; j < hi;) {
    const end = Math.max(
      capContext().matchAt(s.tokens, j),
      limitVerbs().matchAt(s.tokens, j),
      halvingLinks.has(s.tokens[j]!.w) ? j + 1 : -1,
    );
    if (end > j) j = end;
    else if (++free > 1) return false;
    else j++;
  }
  return true;
}

/** Spans of a halving and the army it halves, in one clause. */
export function halvingSpans(text: string, s: Sentence, subjects: PhraseSet): [number, number][] {
  const out: [number, number][] = [];
  if (!aboutThisCap(s)) return out;
  for (const [hs, he] of halvingWords().findAll(s.tokens)) {
    const army = subjects
      .findAll(s.tokens, Math.max(0, hs - HALVING_REACH), Math.min(s.tokens.length, he + HALVING_REACH + 2))
      .find(([as, ae]) => {
        const [lo, hi] = as < hs ? [ae, hs] : [he, as];
        return !clauseBreakBetween(text, s.tokens[Math.min(hs, as)]!.from, s.tokens[Math.max(he, ae) - 1]!.to) && onlyLinks(s, lo, hi);
      });
    if (!army || quotedWithin(text, s, hs, he)) continue;
    out.push([Math.min(hs, army[0]), Math.max(he, army[1])]);
  }
  return out;
}
