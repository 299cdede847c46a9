/**
 * `lateral-root`: the one element Lateral adds to a page. It holds
 * - a `<style>` child for the highlight rules (light DOM, so it applies to the page's highlights);
 * - a closed shadow root for the popover, whose own styles stay inside it: page code
 *   can neither read nor rewrite what the popover says.
 * It is created on the first highlight, fixed and zero-sized so it never moves the
 * page's layout, put back (the same element, popover included) when the page removes
 * it, and `destroy()` removes it.
 *
 * A plain element, not a custom element: `customElements` is null in Chromium
 * content scripts.
 */
import { ROOT_TAG } from '../dom/text-index';
import { highlightCss, type HighlightLook } from './page-style';

/** The text index skips this element by its tag name (`ROOT_TAG`, upper case as the DOM reports it). */
export const HOST_TAG = ROOT_TAG.toLowerCase();

export class UiHost {
  private host: HTMLElement | null = null;
  private style: HTMLStyleElement | null = null;
  private shadowRoot: ShadowRoot | null = null;
  private look: HighlightLook;

  constructor(
    look: HighlightLook,
    private readonly doc: Document = document,
    /** The page's highlight key (see Highlighter): the styles apply to Lateral's highlights only. */
    private readonly key?: string,
  ) {
    this.look = look;
  }

  /** Creates the host on first use, and puts it back if the page removed it. */
  ensure(): { host: HTMLElement; shadow: ShadowRoot } {
    if (this.host && this.shadowRoot && !this.host.isConnected) this.doc.documentElement.appendChild(this.host);
    if (!this.host || !this.shadowRoot) {
      const host = this.doc.createElement(HOST_TAG);
      // Inline and important: page CSS for unknown elements must not give it size or place.
      // (No `all: initial` here: it would lock text spacing, which readers may need to adjust.)
      host.setAttribute(
        'style',
        'position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;z-index:2147483647!important;display:block!important;' +
          // A page's !important rules for unknown elements must not hide or move the popover either.
          'visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;clip-path:none!important;pointer-events:auto!important',
      );
      this.style = this.doc.createElement('style');
      this.style.textContent = highlightCss(this.look, this.key);
      host.appendChild(this.style);
      this.shadowRoot = host.attachShadow({ mode: 'closed' });
      this.doc.documentElement.appendChild(host);
      this.host = host;
    }
    return { host: this.host, shadow: this.shadowRoot };
  }

  get element(): HTMLElement | null {
    return this.host;
  }

  setLook(look: HighlightLook): void {
    this.look = look;
    if (this.style) this.style.textContent = highlightCss(look, this.key);
  }

  contains(node: Node): boolean {
    return this.host !== null && (node === this.host || this.host.contains(node));
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
    this.style = null;
    this.shadowRoot = null;
  }
}
