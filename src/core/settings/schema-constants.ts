/** Enumerations shared by the settings schema and the pure helpers that must not import zod. */
export const SCHEMA_VERSION = 1;
export const SENSITIVITIES = ['strict', 'balanced', 'broad'] as const;
export const HIGHLIGHT_STYLES = ['background', 'underline', 'outline'] as const;
export const SITE_MODES = ['all', 'listed'] as const;

export type Sensitivity = (typeof SENSITIVITIES)[number];
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export type SiteMode = (typeof SITE_MODES)[number];

/** Default colours per style: light tints behind text, mid tones for lines (see contrast.ts). */
export const DEFAULT_COLOURS: Record<HighlightStyle, { mention: string; discrepancy: string }> = {
  background: { mention: '#fff3a3', discrepancy: '#ffc9c9' },
  underline: { mention: '#2f7fd8', discrepancy: '#d1343a' },
  outline: { mention: '#2f7fd8', discrepancy: '#d1343a' },
};
