/**
 * A story pack's validation problem in the reader's language. The checks (src/core/pack,
 * src/core/pack-install, zod) word their problems in English for authors and the CLI;
 * here each known wording becomes a message key (`packs_problem_<code>` in
 * locales/<lang>/story-packs.json) with the names and numbers it carries. A wording
 * not in this table is shown as it is, so nothing is ever hidden.
 */
import type { Translate } from './describe-problem';

const KNOWN: readonly [code: string, wording: RegExp][] = [
  ['not_json_at', /^not JSON from line (\d+), column (\d+)$/],
  ['not_json', /^not JSON$/],
  ['settings_file', /^this is a Lateral settings file, not a story pack$/],
  ['placeholders', /^(\d+) texts still say what to replace them with; fill them in first$/],
  ['not_object', /^a story pack is a JSON object$/],
  ['file_too_big', /^the file is (\d+) bytes; at most (\d+)$/],
  ['text_too_long', /^text is (\d+) characters; at most (\d+)$/],
  ['too_deep', /^nested more than (\d+) levels deep$/],
  ['too_many', /^(\d+) (\w+); an installed pack may have at most (\d+)$/],
  ['builtin_id', /^"(.+)" is the id of a pack that comes with Lateral; give yours its own id$/],
  ['builtin_title', /^"(.+)" is the title of a pack that comes with Lateral; give yours its own title$/],
  ['gate_words', /^(\d+) gate words; at most (\d+)$/],
  ['gate_word_long', /^gate word is (\d+) characters; at most (\d+)$/],
  ['gate_plain', /^an installed pack's gate words are plain words/],
  ['limit', /^(\d+) (sequences|alternatives|phrases in rules and checks); at most (\d+)$/],
  ['phrase_short', /^"(.+)" is too short to mean anything on its own; at least (\d+) letters$/],
  ['bad_id', /^ids are kebab-case/],
  ['empty', /^must not be empty$/],
  ['bad_version', /^version is semver/],
  ['bad_date', /^dates are YYYY-MM-DD$/],
  ['excerpt_long', /^excerpt must be under 30 words/],
  ['needs_excerpt', /^stance "(\w+)" needs a verbatim excerpt as evidence$/],
  ['silent_excerpt', /^a silent source has nothing to quote/],
  ['quoting_alone', /^quoting describes an excerpt; there is none$/],
  ['bad_url', /^url must be an http\(s\) address/],
  ['conflict_sources', /^a conflict needs at least one seed source/],
  ['duplicate_id', /^duplicate id "(.+)" in (\w+)$/],
  ['unknown_ref', /^unknown ([a-z ]+) "(.+)"$/],
  ['not_seed', /^"(.+)" is not a seed source$/],
  ['listed_twice', /^seed source "(.+)" listed twice$/],
  ['no_key_fact', /^topic "(.+)" has no key fact/],
  ['no_seed', /^a pack needs at least one seed source/],
  ['missing_field', /^Invalid input: expected (\w+), received undefined$/],
  ['invalid_type', /^Invalid input: expected (\w+), received (\w+)$/],
  ['unknown_keys', /^Unrecognized keys?: (.+)$/],
  ['invalid_option', /^Invalid option: expected one of (.+)$/],
  ['too_small', /^Too small: expected \w+ to have >=?(\d+) (items|characters)$/],
  ['too_big', /^Too big: expected \w+ to have <=?(\d+) (items|characters)$/],
  ['invalid_input', /^Invalid input$/],
  ['one_stance', /^"(.+?)" is "(\w+)" in "(.+?)" but "(\w+)" on its fact "(.+?)"; one point, one stance$/],
  ['single_source', /^"(.+?)" is a single-source claim, so "(.+?)" can only be "unconfirmed" \(or "agrees"\), not "(\w+)"$/],
  ['gap', /^a gap of (\d+) words; at most (\d+)$/],
  ['slots', /^the checks' slots hold (\d+) alternatives and gaps in all; at most (\d+)$/],
  ['no_reference', /^fact "(.+?)" cites no reference item/],
  ['wrong_unlisted', /^"(.+?)" is wrong on "(.+?)" but no discrepancy lists that source for that fact$/],
  ['fact_missing_seed', /^fact "(.+?)" says nothing about seed source "(.+?)"/],
];

/** The code and substitutions of a known wording, or null. */
export function packProblemCode(message: string): { code: string; substitutions: string[] } | null {
  for (const [code, wording] of KNOWN) {
    const match = wording.exec(message);
    if (match) return { code, substitutions: match.slice(1) };
  }
  return null;
}

export function describePackProblem(t: Translate, message: string): string {
  const known = packProblemCode(message);
  return known ? t(`packs_problem_${known.code}`, known.substitutions) : message;
}

/** Every code the table knows, for the test that each has a message in every language. */
export const PACK_PROBLEM_CODES: readonly string[] = KNOWN.map(([code]) => code);
