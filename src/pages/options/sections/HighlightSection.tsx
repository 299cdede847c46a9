/**
 * How highlights look. A colour is saved only when it passes the contrast check for the
 * chosen style (see src/core/settings/contrast.ts); otherwise the reader sees the ratio
 * it reached and the ratio it needs, and the old colour stays. Each style keeps its own
 * colours (highlight-style.ts).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { formatRatio, HIGHLIGHT_STYLES, HIGHLIGHT_TEXT_COLOR, withStyle, worstContrast, type HighlightStyle } from '../../../core/settings';
import { t } from '../../../platform/i18n';
import type { SectionProps } from './section-props';

type ColourField = 'mentionColor' | 'discrepancyColor';

function sampleStyle(style: HighlightStyle, colour: string): JSX.CSSProperties {
  if (style === 'background') return { background: colour, color: HIGHLIGHT_TEXT_COLOR };
  if (style === 'underline') return { textDecoration: `underline 3px ${colour}`, textUnderlineOffset: '3px' };
  return { outline: `2px solid ${colour}`, outlineOffset: '1px' };
}

export function HighlightSection({ settings, update, announce }: SectionProps): JSX.Element {
  const { style } = settings.highlight;
  const [rejected, setRejected] = useState<Partial<Record<ColourField, string>>>({});

  // Each style keeps its own colours: leaving a style and coming back brings them back.
  const chooseStyle = async (next: HighlightStyle) => {
    setRejected({});
    await update((draft) => void (draft.highlight = withStyle(draft.highlight, next)));
  };

  const chooseColour = async (field: ColourField, colour: string) => {
    const { ratio, needed } = worstContrast(colour, style);
    const other = field === 'mentionColor' ? settings.highlight.discrepancyColor : settings.highlight.mentionColor;
    const problem =
      ratio < needed
        ? t('options_colour_low_contrast', [formatRatio(ratio), formatRatio(needed)])
        : colour === other
          ? t('options_colour_same')
          : undefined;
    if (problem !== undefined) {
      // The colour was not saved: no "Saved" may stand next to this.
      announce('');
      setRejected((current) => ({ ...current, [field]: problem }));
      return;
    }
    setRejected((current) => ({ ...current, [field]: undefined }));
    await update((draft) => void (draft.highlight[field] = colour));
  };

  const colourInput = (field: ColourField, label: string) => (
    <div class="colour">
      <label for={`colour-${field}`}>{t('options_colour_in_style', [label, t(`options_style_${style}`)])}</label>
      <input
        type="color"
        id={`colour-${field}`}
        value={settings.highlight[field]}
        aria-describedby={`colour-${field}-note`}
        onChange={(event) => void chooseColour(field, event.currentTarget.value.toLowerCase())}
      />
      <p id={`colour-${field}-note`} class={rejected[field] ? 'field-error' : 'hint'} role={rejected[field] ? 'alert' : undefined}>
        {rejected[field] ?? t('options_colour_contrast_ok', [formatRatio(worstContrast(settings.highlight[field], style).ratio)])}
      </p>
    </div>
  );

  return (
    <section aria-labelledby="highlight-heading">
      <h2 id="highlight-heading">{t('options_highlight_heading')}</h2>
      <fieldset>
        <legend>{t('options_highlight_style')}</legend>
        {HIGHLIGHT_STYLES.map((option) => (
          <div class="choice" key={option}>
            <input
              type="radio"
              id={`style-${option}`}
              name="highlight-style"
              value={option}
              checked={style === option}
              onChange={() => void chooseStyle(option)}
            />
            <label for={`style-${option}`}>{t(`options_style_${option}`)}</label>
          </div>
        ))}
      </fieldset>
      {colourInput('mentionColor', t('options_colour_mention'))}
      {colourInput('discrepancyColor', t('options_colour_discrepancy'))}
      <p class="preview" aria-label={t('options_preview')}>
        {t('options_preview_before')}{' '}
        <span style={sampleStyle(style, settings.highlight.mentionColor)}>{t('options_preview_mention')}</span>{' '}
        {t('options_preview_middle')}{' '}
        <span style={sampleStyle(style, settings.highlight.discrepancyColor)}>{t('options_preview_discrepancy')}</span>
      </p>
    </section>
  );
}
