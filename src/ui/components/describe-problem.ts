/** Turns a settings problem code into a sentence in the reader's language, through the page's `t`. */
import type { Problem } from '../../core/settings';

/** The page's translate function: a message key and its substitutions. */
export type Translate = (key: string, substitutions?: string[]) => string;

const key = (prefix: string, code: string) => `${prefix}${code.replace(/-/g, '_')}`;

/** `bad-port` -> "The port must be a number up to 65535." */
export function describeSiteProblem(t: Translate, code: string): string {
  return t(key('options_site_', code));
}

export function describePhraseProblem(t: Translate, code: string): string {
  return t(key('options_phrase_', code));
}

/**
 * Problems with the file as a whole: said in plain words, with what to do, and without the
 * field name a problem inside the settings is located by (`(file)`, `schemaVersion`).
 */
const WHOLE_FILE: Partial<Record<Problem['code'], string>> = {
  'empty-file': 'options_problem_empty_file_plain',
  'not-settings-file': 'options_problem_not_settings_file_plain',
  'newer-version': 'options_problem_newer_version_plain',
  'unknown-version': 'options_problem_unknown_version_plain',
};

export function describeProblem(t: Translate, problem: Problem): string {
  const wholeFile = WHOLE_FILE[problem.code];
  if (wholeFile) return t(wholeFile, [problem.detail ?? '']);
  if (problem.code === 'not-json') {
    // Where the file breaks (`line:column`) when the browser said; never its parser's words.
    const place = /^(\d+):(\d+)$/.exec(problem.detail ?? '');
    return place ? t('options_problem_not_json_at', [place[1]!, place[2]!]) : t('options_problem_not_json_anywhere');
  }
  let detail = problem.detail ?? '';
  if (problem.code === 'bad-site') detail = describeSiteProblem(t, detail);
  if (problem.code === 'bad-phrase') detail = describePhraseProblem(t, detail);
  return t(key('options_problem_', problem.code), [problem.path, detail]);
}
