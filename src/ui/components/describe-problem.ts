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

export function describeProblem(t: Translate, problem: Problem): string {
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
