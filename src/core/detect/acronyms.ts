/**
 * Acronyms in rule phrases: a word of two letters or more written all in capitals
 * ("US", "U.S.", "EE.UU.", "США") matches only where the page writes it in capitals,
 * so "US plan" is not "us" the pronoun and "USA" is not Italian "usa" (uses). Every
 * other word folds case as usual. No zod here: the content script imports it.
 */

/** Words as phrases and pages separate them: by spaces and dashes. */
const WORDS = /[\s\-\u2010-\u2015]+/;

function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Per word of a phrase: whether it is an acronym. */
export function acronymWords(phrase: string): boolean[] {
  return phrase.split(WORDS).map(isAcronym);
}

/** Whether a stem word ("USA*") is written as an acronym: capitals are kept only for whole words. */
export function hasStemAcronym(phrase: string): boolean {
  return phrase.split(WORDS).some((w) => w.endsWith('*') && isAcronym(w));
}

/**
 * Whether the page's text of a match has its acronyms in capitals. Words are compared
 * by position; where the page splits them otherwise, each capital word must be there.
 */
export function capitalsFit(phrase: string, page: string): boolean {
  const want = phrase.split(WORDS);
  const have = page.trim().split(WORDS);
  if (want.length !== have.length) return !want.some(isAcronym) || have.some(isAcronym);
  return want.every((word, i) => !isAcronym(word) || isAcronym(have[i]!));
}
