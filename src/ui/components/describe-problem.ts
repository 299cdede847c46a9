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
  let detail = problem.detail ?? '';
  if (problem.code === 'bad-site') detail = describeSiteProblem(t, detail);
  if (problem.code === 'bad-phrase') detail = describePhraseProblem(t, detail);
  return t(key('options_problem_', problem.code), [problem.path, detail]);
}
