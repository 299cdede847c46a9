import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './session';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core inside the page (extension pages included: the driver's evaluate is
 * not bound by the page CSP) and returns its violations, WCAG 2.1 A/AA rules.
 * `include` narrows the check, e.g. to the popover's host element.
 */
export async function runAxe(page: TestPage, include?: string): Promise<AxeViolation[]> {
  await page.evaluateScript(AXE_SOURCE);
  return page.evaluate(async (selector: string | null) => {
    type Axe = {
      run(
        ctx: unknown,
        opts: unknown,
      ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
    };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    // Colour contrast is judged on what a reader sees once fade-ins are over (a busy machine
    // can start axe mid-animation, when text is still partly transparent). They are run to
    // their end rather than awaited: a tab in the background may never advance them.
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    for (const a of roots.flatMap((r) => r.getAnimations())) if (a.effect?.getComputedTiming().endTime !== Infinity) a.finish();
    const result = await axe.run(selector ? { include: [selector] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, include ?? null);
}

/**
 * axe-core (WCAG 2.1 A/AA, as `runAxe`) over Lateral's host and the popover inside its
 * closed shadow root. axe walks shadow trees through `host.shadowRoot`, which a closed
 * root leaves null, so for the run the host answers with its root (as it would if open).
 * `reached` says whether axe checked any node inside that root, so a run that saw
 * nothing of the popover cannot pass for a clean one.
 */
export async function axeLateralRoot(page: TestPage): Promise<{ violations: AxeViolation[]; reached: boolean }> {
  await page.evaluateScript(AXE_SOURCE);
  const result = await page.inLateralRoot(async (root) => {
    type AxeNode = { target: unknown[] };
    type Axe = {
      run(
        ctx: unknown,
        opts: unknown,
      ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: AxeNode[] }[]; passes: { nodes: AxeNode[] }[] }>;
    };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const host = root.host;
    // As in runAxe: judged as the popover looks once its fade-in is over.
    for (const a of root.getAnimations()) if (a.effect?.getComputedTiming().endTime !== Infinity) a.finish();
    Object.defineProperty(host, 'shadowRoot', { configurable: true, get: () => root });
    try {
      const out = await axe.run({ include: [host] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      // axe names a node inside a shadow root by a list of selectors, host first.
      const inShadow = (n: AxeNode) => Array.isArray(n.target[0]);
      return {
        violations: out.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => JSON.stringify(n.target)),
        })),
        reached: out.passes.some((p) => p.nodes.some(inShadow)) || out.violations.some((v) => v.nodes.some(inShadow)),
      };
    } finally {
      delete (host as unknown as { shadowRoot?: unknown }).shadowRoot;
    }
  });
  return result ?? { violations: [], reached: false };
}
