/**
 * The name a setting has on this page, for lists that speak of settings by their place in
 * the settings object (what an import would change). A reader knows "Sites where Lateral
 * runs" from the Sites section, never `sites.allow`.
 */
import { HIGHLIGHT_STYLES, type HighlightStyle } from '../../core/settings';
import type { Translate } from '../../ui/components/describe-problem';

/** Each setting's label, as its section shows it. */
const LABELS: Readonly<Record<string, string>> = {
  enabled: 'options_enabled_switch',
  sensitivity: 'options_sensitivity',
  'highlight.style': 'options_highlight_style',
  'highlight.mentionColor': 'options_colour_mention',
  'highlight.discrepancyColor': 'options_colour_discrepancy',
  'sites.mode': 'options_site_mode',
  'sites.allow': 'options_allow_list',
  'sites.deny': 'options_deny_list',
  'sites.paused': 'options_paused_list',
  'rules.off': 'options_rules_heading',
  'rules.languagesOff': 'options_rules_languages',
  'rules.disabled': 'options_rules_earlier',
  customPhrases: 'options_phrases_heading',
};

/** A setting the page has no label for falls back to the heading of the section it sits in. */
const SECTIONS: Readonly<Record<string, string>> = {
  highlight: 'options_highlight_heading',
  sites: 'options_sites_heading',
  rules: 'options_rules_heading',
  customPhrases: 'options_phrases_heading',
};

/** The colours kept for a style not in use: `highlight.coloursByStyle.underline.mentionColor`. */
const STYLE_COLOUR = /^highlight\.coloursByStyle\.([a-z]+)\.(mentionColor|discrepancyColor)$/;

export function settingName(t: Translate, path: string): string {
  const label = LABELS[path];
  if (label) return t(label);
  const colour = STYLE_COLOUR.exec(path);
  if (colour && HIGHLIGHT_STYLES.includes(colour[1] as HighlightStyle)) {
    return t('options_colour_in_style', [t(LABELS[`highlight.${colour[2]}`]!), t(`options_style_${colour[1]}`)]);
  }
  return t(SECTIONS[path.split('.')[0]!] ?? 'options_general_heading');
}
