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
