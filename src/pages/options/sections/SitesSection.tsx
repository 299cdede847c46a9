/** Where Lateral runs: everywhere or only listed sites, never on denied ones, not on paused ones. */
import type { JSX } from 'preact';
import { coversWholeDomain, LIMITS, normaliseSitePattern, siteForDisplay, sitePatternProblem, SITE_MODES } from '../../../core/settings';
import { t } from '../../../platform/i18n';
import { describeSiteProblem } from '../../../ui/components/describe-problem';
import { PatternListEditor } from './PatternListEditor';
import type { SectionProps } from './section-props';

export function SitesSection({ settings, update, announce }: SectionProps): JSX.Element {
  const check = (value: string) => {
    const problem = sitePatternProblem(value);
    if (problem) return describeSiteProblem(t, problem);
    // Valid, and stored as such when imported, but typed here it is almost always a slip.
    return coversWholeDomain(value) ? t('options_site_too_broad', [siteForDisplay(value)]) : undefined;
  };
  const save = async (change: (sites: typeof settings.sites) => void) => (await update((draft) => change(draft.sites))).ok;
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sites_heading')}</h2>
      <fieldset>
        <legend>{t('options_site_mode')}</legend>
        {SITE_MODES.map((mode) => (
          <div class="choice" key={mode}>
            <input
              type="radio"
              id={`site-mode-${mode}`}
              name="site-mode"
              value={mode}
              checked={settings.sites.mode === mode}
              onChange={() => void update((draft) => void (draft.sites.mode = mode))}
            />
            <label for={`site-mode-${mode}`}>{t(`options_site_mode_${mode}`)}</label>
          </div>
        ))}
      </fieldset>
      {settings.sites.mode === 'listed' && settings.sites.allow.length === 0 && (
        <p class="notice" id="listed-empty">
          {t('options_site_listed_empty')}
        </p>
      )}
      <p class="hint">{t('options_site_pattern_help')}</p>
      <PatternListEditor
        id="allow-list"
        label={t('options_allow_list')}
        hint={t('options_allow_list_hint')}
        items={settings.sites.allow}
        normalise={normaliseSitePattern}
        display={siteForDisplay}
        check={check}
        onRefuse={() => announce('')}
        max={LIMITS.sitePatterns}
        onChange={(items) => save((sites) => void (sites.allow = items))}
        removeLabel={(item) => t('options_remove_item', [item])}
      />
      <PatternListEditor
        id="deny-list"
        label={t('options_deny_list')}
        hint={t('options_deny_list_hint')}
        items={settings.sites.deny}
        normalise={normaliseSitePattern}
        display={siteForDisplay}
        check={check}
        onRefuse={() => announce('')}
        max={LIMITS.sitePatterns}
        onChange={(items) => save((sites) => void (sites.deny = items))}
        removeLabel={(item) => t('options_remove_item', [item])}
      />
      <PatternListEditor
        id="paused-list"
        label={t('options_paused_list')}
        hint={t('options_paused_list_hint')}
        items={settings.sites.paused}
        canAdd={false}
        display={siteForDisplay}
        onChange={(items) => save((sites) => void (sites.paused = items))}
        removeLabel={(item) => t('options_resume_item', [item])}
      />
    </section>
  );
}
