/** Says why the page shows no highlights, in words a reader can act on. */
import type { JSX } from 'preact';
import { t } from '../../platform/i18n';
import type { PageState } from './page-state';

interface PageStatusProps {
  state: Exclude<PageState, { kind: 'findings' }>;
  onRequestAccess(): void;
  onReload(): void;
}

export function PageStatus({ state, onRequestAccess, onReload }: PageStatusProps): JSX.Element {
  switch (state.kind) {
    case 'restricted':
      // A browser page or an extension store: nothing Lateral could ever read, so no action is offered.
      return (
        <div class="status" data-state="restricted">
          <p>{t('popup_state_restricted')}</p>
        </div>
      );
    case 'no-access':
      return (
        <div class="status" data-state="no-access">
          <p>{t('popup_state_no_access')}</p>
          <button type="button" onClick={onRequestAccess}>
            {t('popup_grant_access')}
          </button>
        </div>
      );
    case 'not-loaded':
      return (
        <div class="status" data-state="not-loaded">
          <p>{t('popup_state_not_loaded')}</p>
          <button type="button" onClick={onReload}>
            {t('popup_reload')}
          </button>
        </div>
      );
    case 'inactive':
      return (
        <p class="status" data-state={`inactive-${state.reason}`}>
          {t(`popup_state_${state.reason.replace('-', '_')}`)}
        </p>
      );
    case 'nothing':
      return (
        <p class="status" data-state="nothing">
          {t('popup_state_nothing')}
        </p>
      );
  }
}
