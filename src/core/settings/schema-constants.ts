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

/**
 * Lateral's defaults as plain data, for code that must not load zod (the content
 * script falls back to them when the background cannot answer). The zod schema's
 * own defaults produce exactly this object; a unit test keeps the two equal.
 */
export const DEFAULT_SETTINGS = {
  enabled: true,
  sensitivity: 'balanced' as Sensitivity,
  highlight: {
    style: 'background' as HighlightStyle,
    mentionColor: DEFAULT_COLOURS.background.mention,
    discrepancyColor: DEFAULT_COLOURS.background.discrepancy,
    coloursByStyle: {} as Partial<Record<HighlightStyle, { mentionColor: string; discrepancyColor: string }>>,
  },
  sites: { mode: 'all' as SiteMode, allow: [] as string[], deny: [] as string[], paused: [] as string[] },
  rules: { disabled: [] as string[], off: [] as string[], languagesOff: [] as string[] },
  customPhrases: [] as { topic: string; phrase: string }[],
};
