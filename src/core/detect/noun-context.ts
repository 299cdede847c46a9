/**
 * Whether a word that is both an event noun and a verb ("call", "leak", Italian
 * "chiamata" = "called") stands as the noun in normalised text. Decided from its
 * neighbours alone, with a few closed word classes per language:
 * - the noun after a determiner, possessive, number or an "'s" owner: "the call",
 *   "their calls", "the October 14 call", "Witkoff's call";
 * - the verb after a modal, "to", an adverb, a subject pronoun or a plural subject
 *   ("readers can call", "to leak", "often call", "they tape", "critics call"), or with
 *   its object right after it ("call us", "call the plan", "call such drafts");
 * - otherwise the noun: an adjective or a noun before it ("the leaked call", "a phone call").
 * And whether a nationality word that also names a person ("American") is the person or
 * the adjective of the word after it ("the American said" against "the American side").
 */
import { isWordChar } from '../text/normalize';

interface WordClasses {
  /** Words after which the word is the noun. */
  noun: ReadonlySet<string>;
  /** Words after which it is the verb. */
  verbAfter: ReadonlySet<string>;
  /** Words right after it that are its object, so it is the verb. */
  object: ReadonlySet<string>;
  /** Whether a word before it reads as an adverb or a plural subject (then the verb). */
  verbLike?: (word: string) => boolean;
}

const words = (list: string) => new Set(list.split(' '));

const EN: WordClasses = {
  noun: words(
    'the a an this that these those his her their its our your my whose which what another other every each any no one two three ' +
      'four five six seven eight nine ten first second third last next previous earlier later same whole entire such',
  ),
  verbAfter: words(
    'to can could will would shall should may might must cannot do does did dont didnt not never also often now still just ' +
      'even always sometimes rarely usually then i we you they he she who',
  ),
  object: words('me us him them it you the a an this these those such his their our my your her what'),
  // "-ly" adverbs; plurals as subjects ("critics", "diplomats"), not "'s" owners or "this".
  verbLike: (w) => w.length > 3 && (w.endsWith('ly') || (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith("'s"))),
};

/** Italian: "chiamata" is the participle ("called") after a form of essere or venire. */
const IT: WordClasses = {
  noun: words('la una questa quella della nella alla dalla sulla ogni prima seconda ultima stessa sua loro'),
  verbAfter: words('stata stato state stati è fu era sia viene venne vengono sono'),
  object: new Set(),
};

const CLASSES: Readonly<Record<string, WordClasses>> = { en: EN, it: IT };

/** The word ending just before `at` (skipping one space), or "" at a sentence or clause break. */
function wordBefore(text: string, at: number): string {
  if (at < 2 || text.charCodeAt(at - 1) !== 0x20) return '';
  let k = at - 1;
  while (k > 0 && (isWordChar(text.charCodeAt(k - 1)) || text[k - 1] === "'")) k--;
  return text.slice(k, at - 1);
}

/** The word starting just after `at` (after one space), or "" at punctuation. */
function wordAfter(text: string, at: number): string {
  if (text.charCodeAt(at) !== 0x20) return '';
  let k = at + 1;
  while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
  return text.slice(at + 1, k);
}

/**
 * Whether the match [from, to) of a noun-or-verb word reads as the verb. A rule of a
 * language without word classes here holds a borrowed word ("das Leak"): it meets the
 * verb only in the language it came from, so every language's classes are asked.
 */
export function readsAsVerb(text: string, from: number, to: number, lang: string | undefined): boolean {
  const own = lang === undefined ? undefined : CLASSES[lang];
  return (own ? [own] : Object.values(CLASSES)).some((classes) => verbBy(classes, text, from, to));
}

function verbBy(classes: WordClasses, text: string, from: number, to: number): boolean {
  const before = wordBefore(text, from);
  if (classes.noun.has(before) || /\d$/.test(before) || before.endsWith("'s")) return false;
  if (classes.verbAfter.has(before) || (before !== '' && classes.verbLike?.(before) === true)) return true;
  return classes.object.has(wordAfter(text, to));
}

/**
 * Words after which a nationality word stood as the noun itself ("the American said",
 * "the American and his counterpart"): function words, auxiliaries and verbs of saying
 * and doing. Any other word may be the noun it modifies ("the American side"), so the
 * test is a list of what may follow, not of what may not: a miss costs one mark, a wrong
 * guess marks an army.
 */
const EN_STANDS_BEFORE = words(
  'and or but nor who whom whose which that as at in on to for from with by of about after before during when while if ' +
    'than then also himself too not never again later only just still already is was are were be been has had have would ' +
    'will could can should might may must does did do says tells told asks adds replies suggests proposes offers agrees ' +
    'insists explains advises urges wants thinks knows sees makes takes gives comes goes gets keeps puts feels leaves ' +
    'means seeks speaks writes sends lets begins hears answers promises assures recommends argues notes admits claims ' +
    'describes seems appears sounds hopes believes thought knew saw made took gave came went got kept felt left meant ' +
    'sought spoke wrote sent began heard',
);

const STANDS_BEFORE: Readonly<Record<string, (word: string) => boolean>> = {
  // Regular pasts too ("suggested", "advised"); short words ending in "ed" are nouns ("bed").
  en: (w) => EN_STANDS_BEFORE.has(w) || (w.length > 4 && w.endsWith('ed')),
};

/**
 * Whether the match ending at `to` of a word that is both a nationality and a person
 * ("American") reads as the adjective of the word after it. A language without a word
 * class here has nouns of their own for the person ("Amerikaner"), so nothing is blocked.
 */
export function modifiesNext(text: string, to: number, lang: string | undefined): boolean {
  const stands = lang === undefined ? undefined : STANDS_BEFORE[lang];
  if (!stands) return false;
  const next = wordAfter(text, to);
  return next !== '' && !stands(next);
}
