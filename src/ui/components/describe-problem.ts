/** Turns a settings problem code into a sentence in the reader's language. */
import type { Problem } from '../../core/settings';
import { t } from '../../platform/i18n';

const key = (prefix: string, code: string) => `${prefix}${code.replace(/-/g, '_')}`;

/** `bad-port` -> "The port must be a number up to 65535." */
export function describeSiteProblem(code: string): string {
  return t(key('options_site_', code));
}

export function describePhraseProblem(code: string): string {
  return t(key('options_phrase_', code));
}

export function describeProblem(problem: Problem): string {
  let detail = problem.detail ?? '';
  if (problem.code === 'bad-site') detail = describeSiteProblem(detail);
  if (problem.code === 'bad-phrase') detail = describePhraseProblem(detail);
  return t(key('options_problem_', problem.code), [problem.path, detail]);
}
