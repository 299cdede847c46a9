/** Shared by the story-pack e2e files. */

/** The open popover's panel text, or null when it is closed (read through the open shadow root). Runs in the page. */
export function popoverText(): string | null {
  const panel = document.querySelector('lateral-root')?.shadowRoot?.querySelector('[role="dialog"]');
  return panel ? (panel as HTMLElement).innerText : null;
}
