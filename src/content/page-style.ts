/**
 * The CSS for highlights in the page. With the page's key, rules match only the
 * highlights Lateral made, not look-alike elements a page writes itself. Highlights live in the page's DOM, so their
 * rules cannot sit in the shadow root; they are written into one `<style>` inside
 * `lateral-root` (a light-DOM child of the host: applied, never rendered).
 *
 * Every rule is scoped to `lateral-mark[data-lateral-kind]` with `!important` on
 * the properties pages like to reset (`* { background: none }`, `mark { display:
 * none }`), and sets both text and background colour for the background style, so
 * the words stay readable on light and dark pages alike.
 */
import { HIGHLIGHT_TEXT_COLOR } from '../core/settings/contrast';
import { DEFAULT_SETTINGS, type HighlightStyle } from '../core/settings/schema-constants';
import { KEY_ATTR, MARK_TAG } from './highlighter';

export interface HighlightLook {
  style: HighlightStyle;
  mentionColor: string;
  discrepancyColor: string;
}

const COLOUR = /^#[0-9a-f]{6}$/i;

export const DEFAULT_LOOK: HighlightLook = DEFAULT_SETTINGS.highlight;

function safe(colour: string, fallback: string): string {
  return COLOUR.test(colour) ? colour : fallback;
}

/** The selector part that limits rules to Lateral's own highlights on this page (see Highlighter's key). */
function keyed(key: string | undefined): string {
  return key && /^[0-9a-f]+$/.test(key) ? `[${KEY_ATTR}="${key}"]` : '';
}

export function highlightCss(look: HighlightLook, key?: string): string {
  const k = keyed(key);
  const m = `${MARK_TAG}[data-lateral-kind]${k}`;
  const mention = `${MARK_TAG}[data-lateral-kind="mention"]${k}`;
  const flag = `${MARK_TAG}[data-lateral-kind="discrepancy"]${k}`;
  // A drifted wording (strength "differs") is a lighter, dotted mark; the record's contradictions stay solid.
  const differs = `${flag}[data-lateral-strength="differs"]`;
  const mc = safe(look.mentionColor, DEFAULT_LOOK.mentionColor);
  const dc = safe(look.discrepancyColor, DEFAULT_LOOK.discrepancyColor);
  // `all:unset` alone loses to a page's own !important rules (`article * {opacity:0
  // !important}`), so every property that could hide or displace the words is pinned.
  const base =
    `${m}{all:unset;display:inline!important;visibility:visible!important;opacity:1!important;` +
    `position:static!important;transform:none!important;filter:none!important;clip-path:none!important;` +
    `font-size:inherit!important;width:auto!important;height:auto!important;text-indent:0!important;` +
    `pointer-events:auto!important;` +
    `cursor:pointer;border-radius:2px;` +
    `box-decoration-break:clone;-webkit-box-decoration-break:clone}` +
    `${m}:focus-visible{outline:2px solid #1a5fb4!important;outline-offset:2px}` +
    `@media (prefers-color-scheme:dark){${m}:focus-visible{outline-color:#99c1f1!important}}`;
  switch (look.style) {
    case 'underline':
      return (
        base +
        `${mention}{text-decoration:underline 2px solid ${mc}!important;text-underline-offset:3px}` +
        `${flag}{text-decoration:underline 2px wavy ${dc}!important;text-underline-offset:3px}` +
        `${differs}{text-decoration:underline 2px dotted ${dc}!important}`
      );
    case 'outline':
      return (
        base +
        `${mention}{outline:2px solid ${mc}!important;outline-offset:1px}` +
        `${flag}{outline:2px dashed ${dc}!important;outline-offset:1px}` +
        `${differs}{outline-style:dotted!important}`
      );
    default:
      // A discrepancy also gets a line, so it differs by more than colour.
      return (
        base +
        `${m}{color:${HIGHLIGHT_TEXT_COLOR}!important}` +
        `${mention}{background:${mc}!important}` +
        `${flag}{background:${dc}!important;text-decoration:underline 2px wavy #a4161a!important;text-underline-offset:3px}` +
        `${differs}{background:transparent!important;color:inherit!important;text-decoration:underline 2px dotted #a4161a!important}`
      );
  }
}
