/**
 * One entry point for checking an untrusted pack (a JSON file, a build input):
 * shape and integrity problems come back together, each with a JSON path such
 * as `facts[3].sources.s2.excerpt`, so the CLI and the build can name the spot.
 */
import { storyPackSchema, type StoryPack } from './schema';
import type { PathSegment } from './integrity';

export interface Problem {
  path: string;
  message: string;
}

export type PackValidation = { ok: true; pack: StoryPack } | { ok: false; problems: Problem[] };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** ['facts', 3, 'sources', 's2'] -> 'facts[3].sources.s2'; odd keys get bracket-quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out === '' ? '(root)' : out;
}

export function validatePack(json: unknown): PackValidation {
  const result = storyPackSchema.safeParse(json);
  if (result.success) return { ok: true, pack: result.data };
  const problems = result.error.issues.map((issue) => ({
    path: formatPath(issue.path as PathSegment[]),
    message: issue.message,
  }));
  return { ok: false, problems };
}
