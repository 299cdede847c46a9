/**
 * A problem found in an imported settings file, in a form the options page can explain in
 * the reader's language: `code` picks the message, `path` says where (`sites.deny[2]`),
 * `detail` fills in the specifics (the expected type, a limit, the allowed values).
 */
import type { z } from 'zod';

export type ProblemCode =
  | 'too-large'
  | 'empty-file'
  | 'not-json'
  | 'not-settings-file'
  | 'newer-version'
  | 'unknown-version'
  | 'wrong-type'
  | 'missing'
  | 'too-long'
  | 'too-short'
  | 'too-many'
  | 'not-allowed-value'
  | 'unknown-field'
  | 'duplicate'
  | 'bad-id'
  | 'bad-colour'
  | 'low-contrast'
  | 'same-colours'
  | 'bad-host'
  | 'bad-site'
  | 'bad-phrase'
  | 'more-problems'
  | 'invalid';

export interface Problem {
  path: string;
  code: ProblemCode;
  detail?: string;
}

/** `["sites", "deny", 2]` -> `sites.deny[2]`; the root is `(file)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(file)' : out;
}

/** Our own checks put a code in the message (`site-bad-port`, `phrase-too-long`, `low-contrast`). */
function customProblem(message: string): Pick<Problem, 'code' | 'detail'> {
  if (message.startsWith('site-')) return { code: 'bad-site', detail: message.slice('site-'.length) };
  if (message.startsWith('phrase-')) return { code: 'bad-phrase', detail: message.slice('phrase-'.length) };
  const known: ProblemCode[] = ['duplicate', 'bad-id', 'bad-colour', 'low-contrast', 'same-colours', 'bad-host'];
  return known.includes(message as ProblemCode) ? { code: message as ProblemCode } : { code: 'invalid' };
}

/** Zod does not keep the input on issues, so look up whether the field was there at all. */
function isAbsent(root: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = root;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !(part in node)) return true;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node === undefined;
}

export function problemFromIssue(issue: z.core.$ZodIssue, root: unknown, prefix: PropertyKey[] = []): Problem {
  const path = formatPath([...prefix, ...issue.path]);
  switch (issue.code) {
    case 'invalid_type':
      return isAbsent(root, issue.path)
        ? { path, code: 'missing', detail: String(issue.expected) }
        : { path, code: 'wrong-type', detail: String(issue.expected) };
    case 'too_big':
      return { path, code: issue.origin === 'array' ? 'too-many' : 'too-long', detail: String(issue.maximum) };
    case 'too_small':
      return { path, code: 'too-short', detail: String(issue.minimum) };
    case 'invalid_value':
      return { path, code: 'not-allowed-value', detail: issue.values.map(String).join(', ') };
    case 'unrecognized_keys':
      return { path, code: 'unknown-field', detail: issue.keys.join(', ') };
    case 'invalid_format':
    case 'custom':
      return { path, ...customProblem(issue.message) };
    default:
      return { path, code: 'invalid' };
  }
}
