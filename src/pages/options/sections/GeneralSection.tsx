/** The global switch and how readily Lateral decides a page is about the story. */
import type { JSX } from 'preact';
import { SENSITIVITIES } from '../../../core/settings';
import { t } from '../../../platform/i18n';
import { Switch } from '../../../ui/components/Switch';
import type { SectionProps } from './section-props';

export function GeneralSection({ settings, update }: SectionProps): JSX.Element {
  return (
    <section aria-labelledby="general-heading">
      <h2 id="general-heading">{t('options_general_heading')}</h2>
      <Switch
        id="enabled"
        // The label says what the switch does and where it stands now, never "on" while off.
        label={`${t('options_enabled_switch')} ${settings.enabled ? t('options_switch_state_on') : t('options_switch_state_off')}`}
        checked={settings.enabled}
        describedBy="enabled-hint"
        onChange={(on) => void update((draft) => void (draft.enabled = on))}
      />
      <p id="enabled-hint" class="hint">
        {t('options_enabled_hint')}
      </p>
      <fieldset>
        <legend>{t('options_sensitivity')}</legend>
        {SENSITIVITIES.map((level) => (
          <div class="choice" key={level}>
            <input
              type="radio"
              id={`sensitivity-${level}`}
              name="sensitivity"
              value={level}
              checked={settings.sensitivity === level}
              aria-describedby={`sensitivity-${level}-hint`}
              onChange={() => void update((draft) => void (draft.sensitivity = level))}
            />
            <label for={`sensitivity-${level}`}>{t(`options_sensitivity_${level}`)}</label>
            <p id={`sensitivity-${level}-hint`} class="hint">
              {t(`options_sensitivity_${level}_hint`)}
            </p>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
