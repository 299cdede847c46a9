/** Shared by the story-pack e2e files. */

/**
 * The open popover's panel text, or null when it is closed. Runs in the page through
 * `page.inLateralRoot` / `page.waitForLateralRoot` (Lateral's shadow root is closed),
 * so it is sent as source and must stay self-contained.
 */
export function popoverText(root: ShadowRoot): string | null {
  const panel = root.querySelector('[role="dialog"]');
  return panel ? (panel as HTMLElement).innerText : null;
}
