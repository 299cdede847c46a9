/**
 * Highlight colours are checked for contrast (WCAG 2.1 relative luminance):
 * - `background` style paints a tint behind the words, and the content script sets the
 *   words to HIGHLIGHT_TEXT_COLOR on it, so the tint needs 4.5:1 against that text;
 * - `underline` and `outline` draw a line next to page text, a non-text mark that needs
 *   3:1 (WCAG 1.4.11) against both light and dark page backgrounds.
 */
import type { HighlightStyle } from './schema-constants';

export const HIGHLIGHT_TEXT_COLOR = '#1a1a1a';
export const LIGHT_PAGE = '#ffffff';
export const DARK_PAGE = '#121212';
export const TEXT_CONTRAST = 4.5;
export const LINE_CONTRAST = 3;

export const COLOUR_PATTERN = /^#[0-9a-f]{6}$/;

function channel(value: number): number {
  const v = value / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => channel(Number.parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** The worst contrast a colour gets in the places the given style shows it. */
export function worstContrast(colour: string, style: HighlightStyle): { ratio: number; needed: number } {
  if (style === 'background') return { ratio: contrastRatio(colour, HIGHLIGHT_TEXT_COLOR), needed: TEXT_CONTRAST };
  return { ratio: Math.min(contrastRatio(colour, LIGHT_PAGE), contrastRatio(colour, DARK_PAGE)), needed: LINE_CONTRAST };
}

export function hasEnoughContrast(colour: string, style: HighlightStyle): boolean {
  if (!COLOUR_PATTERN.test(colour)) return false;
  const { ratio, needed } = worstContrast(colour, style);
  return ratio >= needed;
}

/** Rounded down to one decimal, so "4.4:1" never hides a ratio that is really 4.49. */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}
