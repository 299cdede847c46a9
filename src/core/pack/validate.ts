/**
 * One entry point for checking an untrusted pack (a JSON file, a build input):
 * shape and integrity problems come back together, each with a JSON path such
 * as `facts[3].sources.s2.excerpt`, so the CLI and the build can name the spot.
 */
import { storyPackSchema, type StoryPack } from './schema';
import { checkPackIntegrity, type PathSegment } from './integrity';

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
  // zod skips the integrity refinement once the shape is wrong; run it anyway so
  // authors see every problem in one pass. Malformed input may make it throw, in
  // which case the shape problems have to be fixed first.
  try {
    const seen = new Set(problems.map((p) => `${p.path}\n${p.message}`));
    for (const problem of checkPackIntegrity(json as StoryPack)) {
      const entry = { path: formatPath(problem.path), message: problem.message };
      if (!seen.has(`${entry.path}\n${entry.message}`)) problems.push(entry);
    }
  } catch {
    // Shape problems above already explain why the pack is invalid.
  }
  return { ok: false, problems };
}
