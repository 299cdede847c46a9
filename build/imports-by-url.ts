import { posix } from 'node:path';
import { parseAst } from 'vite';

/**
 * Rewrites one chunk of the content script's second stage so that every chunk it loads
 * is fetched by the URL `runtime.getURL` gives at run time, never by a path relative to
 * the chunk.
 *
 * Why: Chrome serves web-accessible resources listed with `use_dynamic_url` at an address
 * that changes every session, so a page cannot probe for Lateral at a fixed one. A module
 * imported from that address is answered from the fixed one, and the relative imports
 * inside it resolve against the fixed address, which Chrome then refuses. `runtime.getURL`
 * in a content script gives the dynamic address, so an import through it succeeds.
 *
 * - `import{a as b,c}from"./x.js"` becomes
 *   `const{a:b,c:c}=await import(chrome.runtime.getURL("assets/x.js"));` (top-level await:
 *   the chunk still runs only once the chunks it needs have run);
 * - `import"./x.js"` and `import*as n from"./x.js"` become the same await;
 * - `import("./x.js")` becomes `import(chrome.runtime.getURL("assets/x.js"))`.
 *
 * Bindings are read once the imported chunk has run, so an imported `let` that the other
 * chunk reassigns later would not follow; the content code exports functions, classes
 * and constants only. Re-exports from another chunk and `import.meta` are refused (the
 * build stops), as is an import graph with a cycle (top-level awaits in a cycle never end).
 *
 * `chrome` is the extension API in content scripts of both browsers.
 */
export function importsByUrl(code: string, fileName: string): string {
  const program = parseAst(code);
  const edits: { start: number; end: number; text: string }[] = [];
  const urlOf = (specifier: string) => {
    if (!specifier.startsWith('.')) throw new Error(`${fileName}: import of "${specifier}" is not one of the build's own chunks`);
    return `chrome.runtime.getURL(${JSON.stringify(posix.join(posix.dirname(fileName), specifier))})`;
  };

  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      const load = `await import(${urlOf(String(statement.source.value))})`;
      const names: string[] = [];
      let namespace: string | null = null;
      for (const s of statement.specifiers) {
        if (s.type === 'ImportNamespaceSpecifier') namespace = s.local.name;
        else if (s.type === 'ImportDefaultSpecifier') names.push(`default:${s.local.name}`);
        else {
          const imported = s.imported.type === 'Identifier' ? s.imported.name : JSON.stringify(s.imported.value);
          names.push(`${imported}:${s.local.name}`);
        }
      }
      const parts = [];
      if (namespace) parts.push(`const ${namespace}=${load};`);
      if (names.length > 0) parts.push(`const{${names.join(',')}}=${namespace ?? load};`);
      edits.push({ start: statement.start, end: statement.end, text: parts.length > 0 ? parts.join('') : `${load};` });
    } else if ((statement.type === 'ExportNamedDeclaration' && statement.source) || statement.type === 'ExportAllDeclaration') {
      throw new Error(`${fileName}: a re-export from another chunk cannot be loaded by URL`);
    }
  }

  walk(program, (node) => {
    if (node.type === 'MetaProperty') throw new Error(`${fileName}: import.meta would resolve against the fixed extension address`);
    if (node.type !== 'ImportExpression') return;
    const source = node.source as {
      type: string;
      value?: unknown;
      quasis?: { value: { cooked: string } }[];
      expressions?: unknown[];
    } & Span;
    const specifier =
      source.type === 'Literal'
        ? String(source.value)
        : source.type === 'TemplateLiteral' && source.expressions?.length === 0
          ? source.quasis![0]!.value.cooked
          : null;
    // An import whose address is computed at run time (such as one already made with getURL) stays as it is.
    if (specifier === null) return;
    edits.push({ start: source.start, end: source.end, text: urlOf(specifier) });
  });

  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

interface Span {
  start: number;
  end: number;
}

type Node = { type: string } & Span & Record<string, unknown>;

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (typeof (node as Node).type === 'string') visit(node as Node);
  for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
}

/** The first cycle in a chunk import graph (file → the chunks it imports), or null. */
export function importCycle(graph: Record<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of graph[file] ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of Object.keys(graph)) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}
