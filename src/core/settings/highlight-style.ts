/**
 * Switching highlight style keeps each style's own colours: the colours of the style
 * being left are saved when the reader chose them, and the new style gets the colours
 * saved for it, or its defaults. Pure, so the options page and the tests agree.
 */
import { DEFAULT_COLOURS, type HighlightStyle } from './schema-constants';
import type { Settings } from './schema';

type Highlight = Settings['highlight'];

export function withStyle(highlight: Highlight, next: HighlightStyle): Highlight {
  if (next === highlight.style) return highlight;
  const { style, mentionColor, discrepancyColor } = highlight;
  const coloursByStyle = { ...highlight.coloursByStyle };
  const defaults = DEFAULT_COLOURS[style];
  if (mentionColor !== defaults.mention || discrepancyColor !== defaults.discrepancy) {
    coloursByStyle[style] = { mentionColor, discrepancyColor };
  } else {
    delete coloursByStyle[style];
  }
  // The style in use keeps its colours in mentionColor and discrepancyColor only.
  const saved = coloursByStyle[next];
  delete coloursByStyle[next];
  return {
    style: next,
    mentionColor: saved?.mentionColor ?? DEFAULT_COLOURS[next].mention,
    discrepancyColor: saved?.discrepancyColor ?? DEFAULT_COLOURS[next].discrepancy,
    coloursByStyle,
  };
}
