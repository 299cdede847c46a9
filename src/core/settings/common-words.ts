/**
 * The commonest function words of each language Lateral's interface speaks. A reader's
 * phrase made of these alone ("the", "of the", "що") would be marked all through every
 * article about the story, so the options page refuses it and asks for a longer phrase.
 * Lower case; phrases are compared case-insensitively, as the matcher does.
 */
export const COMMON_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: (
    'a an and are as at be but by for from had has have he her his i if in is it its not of on or she so ' +
    'that the their them they this to was we were which who will with you'
  ).split(' '),
  uk: (
    'а але б би в ві від вона вони воно він все де до же з за зі й і із їх її його коли на над не ні по при ' +
    'про та так також те ти то у це цей ця через що як я'
  ).split(' '),
};

const ALL = new Set(Object.values(COMMON_WORDS).flat());

/** True when every word of the phrase is one of the commonest words of a language. */
export function isCommonWordsOnly(phrase: string): boolean {
  const words = phrase
    .toLocaleLowerCase()
    .split(/[\s\p{P}]+/u)
    .filter((w) => w !== '');
  return words.length > 0 && words.every((w) => ALL.has(w));
}
