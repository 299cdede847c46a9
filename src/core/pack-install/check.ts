/**
 * Checks a story-pack file someone wants to install: the same schema and integrity
 * checks as a bundled pack, then the limits in ./limits.ts, then a compile. Every
 * problem comes back with its JSON path, so a refused file can be fixed in one pass.
 */
import type { StoryPack } from '../pack/schema';
import { formatPath, validatePack, type Problem } from '../pack/validate';
import { jsonErrorPlace } from '../settings/json-error-place';
import { GATE_WORD, INSTALL_LIMITS as L } from './limits';
import { PLACEHOLDER } from './skeleton';

export type InstallCheck = { ok: true; pack: StoryPack } | { ok: false; problems: Problem[] };

/** What a new pack must not pretend to be. */
export interface BuiltinIdentity {
  id: string;
  title: string;
}

/** Strings that are too long, and nesting that is too deep, anywhere in the raw JSON. */
function shapeLimits(json: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0 && problems.length < 50) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > L.textChars)
        problems.push({ path: formatPath(path), message: `text is ${value.length} characters; at most ${L.textChars}` });
    } else if (value && typeof value === 'object') {
      if (path.length >= L.depth) {
        problems.push({ path: formatPath(path), message: `nested more than ${L.depth} levels deep` });
        continue;
      }
      for (const [key, child] of Object.entries(value))
        stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return problems;
}

/** What is wrong with a pack that still holds `count` of its skeleton's texts: the options page and `npm run validate` say the same. */
export function unfilledMessage(count: number): string {
  return `${count} texts still say what to replace them with; fill them in first`;
}

/** Texts a new pack's skeleton holds until its author replaces them: their paths, in file order. */
export function placeholders(json: unknown): string[] {
  const paths: string[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (PLACEHOLDER.test(value)) paths.push(formatPath(path));
    } else if (value && typeof value === 'object' && path.length < L.depth) {
      for (const [key, child] of Object.entries(value).reverse())
        stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return paths;
}

/** Every phrase of a rule or check, with its path. */
function phrasesOf(pack: StoryPack): { path: PropertyKey[]; phrase: string }[] {
  const out: { path: PropertyKey[]; phrase: string }[] = [];
  const add = (list: readonly string[] | undefined, path: PropertyKey[]) =>
    list?.forEach((phrase, i) => out.push({ path: [...path, i], phrase }));
  pack.rules.forEach((rule, r) => {
    add(rule.phrases, ['rules', r, 'phrases']);
    add(rule.near?.phrases, ['rules', r, 'near', 'phrases']);
    add(rule.exclude, ['rules', r, 'exclude']);
  });
  pack.checks.forEach((check, c) => {
    const p = check.pattern;
    const base = ['checks', c, 'pattern'];
    if (p.type === 'sequence') {
      p.sequences.forEach((seq, s) => seq.forEach((slot, k) => 'any' in slot && add(slot.any, [...base, 'sequences', s, k, 'any'])));
      add(p.unless, [...base, 'unless']);
    } else {
      add(p.triggers, [...base, 'triggers']);
      if (p.type === 'date') add(p.subjects, [...base, 'subjects']);
    }
  });
  return out;
}

function packLimits(pack: StoryPack, builtins: readonly BuiltinIdentity[]): Problem[] {
  const problems: Problem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path: formatPath(path), message });
  const most = (key: 'rules' | 'checks' | 'facts' | 'discrepancies' | 'sources' | 'entities', max: number) => {
    if (pack[key].length > max) add([key], `${pack[key].length} ${key}; an installed pack may have at most ${max}`);
  };
  most('rules', L.rules);
  most('checks', L.checks);
  most('facts', L.facts);
  most('discrepancies', L.discrepancies);
  most('sources', L.sources);
  most('entities', L.entities);

  for (const builtin of builtins) {
    if (pack.id === builtin.id) add(['id'], `"${pack.id}" is the id of a pack that comes with Lateral; give yours its own id`);
    else if (pack.title.trim().toLowerCase() === builtin.title.trim().toLowerCase())
      add(['title'], `"${pack.title}" is the title of a pack that comes with Lateral; give yours its own title`);
  }

  if (pack.gate.length > L.gateWords) add(['gate'], `${pack.gate.length} gate words; at most ${L.gateWords}`);
  pack.gate.forEach((word, i) => {
    if (word.length > L.gateWordChars) add(['gate', i], `gate word is ${word.length} characters; at most ${L.gateWordChars}`);
    else if (!GATE_WORD.test(word))
      add(['gate', i], "an installed pack's gate words are plain words (letters, digits, spaces, hyphens, apostrophes), not patterns");
  });

  let slots = 0;
  pack.checks.forEach((check, c) => {
    const p = check.pattern;
    if (p.type !== 'sequence') return;
    for (const seq of p.sequences) for (const slot of seq) slots += 'any' in slot ? slot.any.length : 1;
    if (p.sequences.length > L.sequencesPerCheck)
      add(['checks', c, 'pattern', 'sequences'], `${p.sequences.length} sequences; at most ${L.sequencesPerCheck}`);
    p.sequences.forEach((seq, s) =>
      seq.forEach((slot, k) => {
        const path = ['checks', c, 'pattern', 'sequences', s, k];
        if ('any' in slot && slot.any.length > L.alternativesPerSlot)
          add([...path, 'any'], `${slot.any.length} alternatives; at most ${L.alternativesPerSlot}`);
        if ('gap' in slot && slot.gap > L.gapWords) add([...path, 'gap'], `a gap of ${slot.gap} words; at most ${L.gapWords}`);
      }),
    );
  });

  if (slots > L.checkSlots) add(['checks'], `the checks' slots hold ${slots} alternatives and gaps in all; at most ${L.checkSlots}`);

  const phrases = phrasesOf(pack);
  if (phrases.length > L.phrases) add(['rules'], `${phrases.length} phrases in rules and checks; at most ${L.phrases}`);
  for (const { path, phrase } of phrases) {
    if (phrase.replace(/[\s*-]/g, '').length < L.phraseMinChars)
      add(path, `"${phrase}" is too short to mean anything on its own; at least ${L.phraseMinChars} letters`);
    if (problems.length > 200) break;
  }
  return problems;
}

/** `text` is the file's content; `builtins` the packs that come with Lateral. */
export function checkInstallable(text: string, builtins: readonly BuiltinIdentity[]): InstallCheck {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > L.fileBytes)
    return { ok: false, problems: [{ path: '(file)', message: `the file is ${bytes} bytes; at most ${L.fileBytes}` }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A place an editor can find, not the engine's own wording of what it expected.
    const place = jsonErrorPlace(text, (error as Error).message);
    const message = place ? `not JSON from line ${place.line}, column ${place.column}` : 'not JSON';
    return { ok: false, problems: [{ path: '(file)', message }] };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, problems: [{ path: '(root)', message: 'a story pack is a JSON object' }] };
  if ((json as { format?: unknown }).format === 'lateral-settings')
    return { ok: false, problems: [{ path: '(file)', message: 'this is a Lateral settings file, not a story pack' }] };
  const unfilled = placeholders(json);
  if (unfilled.length > 0)
    return {
      ok: false,
      problems: [{ path: unfilled[0]!, message: unfilledMessage(unfilled.length) }],
    };
  const shape = shapeLimits(json);
  const validated = validatePack(json);
  if (!validated.ok) return { ok: false, problems: [...shape, ...validated.problems] };
  const problems = [...shape, ...packLimits(validated.pack, builtins)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: validated.pack };
}
