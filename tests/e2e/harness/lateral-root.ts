/**
 * Lateral's popover lives in a closed shadow root, out of page scripts' reach. Tests
 * reach it the way browser tooling does: in Chromium through the DevTools protocol
 * (DOM.describeNode with `pierce` lists closed roots), in Firefox through WebDriver
 * BiDi (serialising a node with `includeShadowTree: "all"` hands out its closed root).
 * Each runs `fn` with the shadow root of Lateral's `<lateral-root>` (the last one
 * directly under <html>; a page may have its own element of that name elsewhere).
 */
import type { CDPSession } from 'playwright-core';

/** In page: Lateral's host element, found without page-patchable Array methods. */
const FIND_HOST = `(() => { let found = null; for (const el of document.documentElement.children) if (el.localName === 'lateral-root') found = el; return found; })()`;

const callSource = (fn: string) => `function (arg) { return (${fn})(this, arg); }`;

export async function inLateralRootCdp<R>(cdp: CDPSession, fn: string, arg: unknown): Promise<R | null> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: FIND_HOST });
  if (!result.objectId) return null;
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, pierce: true, depth: 1 });
  const shadow = node.shadowRoots?.[0];
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const out = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: callSource(fn),
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (out.exceptionDetails) throw new Error(out.exceptionDetails.exception?.description ?? out.exceptionDetails.text);
  return (out.result.value ?? null) as R | null;
}

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: Record<string, unknown> }>;
}

interface BidiRemote {
  type: string;
  value?: { shadowRoot?: { sharedId?: string } | null };
}

export async function inLateralRootBidi<R>(connection: BidiConnection, context: string, fn: string, arg: unknown): Promise<R | null> {
  const found = await connection.send('script.evaluate', {
    expression: FIND_HOST,
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const remote = (found.result.result ?? found.result) as BidiRemote;
  const sharedId = remote.type === 'node' ? remote.value?.shadowRoot?.sharedId : undefined;
  if (!sharedId) return null;
  const called = await connection.send('script.callFunction', {
    // Plain test data crosses as JSON text both ways.
    functionDeclaration: `async function (arg) { const r = await (${fn})(this, arg === undefined ? undefined : JSON.parse(arg)); return r === undefined ? 'null' : JSON.stringify(r); }`,
    this: { sharedId },
    arguments: [arg === undefined ? { type: 'undefined' } : { type: 'string', value: JSON.stringify(arg) }],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const outcome = called.result as { type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text?: string } };
  if (outcome.type === 'exception') throw new Error(outcome.exceptionDetails?.text ?? 'exception in the page');
  return outcome.result?.type === 'string' ? (JSON.parse(outcome.result.value as string) as R | null) : null;
}
