/** The options page: one section per concern, every change saved at once and applied to open tabs. */
import { Fragment, type JSX } from 'preact';
import { useState } from 'preact/hooks';
import { pageUrl } from '../../platform/browser';
import { t } from '../../platform/i18n';
import { LiveStatus } from '../../ui/components/LiveStatus';
import { useSettings } from '../shared/use-settings';
import { BackupSection } from './sections/BackupSection';
import { GeneralSection } from './sections/GeneralSection';
import { HighlightSection } from './sections/HighlightSection';
import { PhrasesSection } from './sections/PhrasesSection';
import { RulesSection } from './sections/RulesSection';
import type { SectionProps } from './sections/section-props';
import { SitesSection } from './sections/SitesSection';
import { StoryPacksSection } from './sections/StoryPacksSection';

export function Options(): JSX.Element {
  const { settings, repaired, newerVersion, pending, save, update } = useSettings();
  const [status, setStatus] = useState('');
  // Bumped by a reset: every section starts afresh, so no error from before the reset stays on screen.
  const [generation, setGeneration] = useState(0);

  if (!settings) {
    return (
      <main aria-busy="true">
        <h1>{t('options_heading')}</h1>
        <p>{t('options_loading')}</p>
      </main>
    );
  }

  const props: SectionProps = {
    settings,
    announce: setStatus,
    update: async (change) => {
      const outcome = await update(change);
      setStatus(outcome.ok ? t('options_saved') : t('options_save_failed', [outcome.error]));
      return outcome;
    },
  };

  return (
    <main>
      <h1>{t('options_heading')}</h1>
      {newerVersion !== undefined && (
        <p class="notice" id="settings-newer">
          {t('options_newer_version', [String(newerVersion)])}
        </p>
      )}
      {pending.length > 0 && (
        <p class="notice" id="settings-pending">
          {t('options_pending', [pending.join(', ')])}
        </p>
      )}
      <p class="welcome-link">
        <a id="open-welcome" href={pageUrl('welcome')}>
          {t('options_open_welcome')}
        </a>
      </p>
      {repaired.length > 0 && <p class="notice">{t('options_repaired', [repaired.join(', ')])}</p>}
      <LiveStatus id="options-status" message={status} />
      <Fragment key={generation}>
        <GeneralSection {...props} />
        <HighlightSection {...props} />
        <SitesSection {...props} />
        <RulesSection {...props} />
        <PhrasesSection {...props} />
        <StoryPacksSection announce={setStatus} />
      </Fragment>
      <BackupSection {...props} save={save} onReset={() => setGeneration((n) => n + 1)} />
    </main>
  );
}
