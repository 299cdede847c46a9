/**
 * The first-run page (opened on install, reachable from the popup and the options):
 * Lateral working on a sample article, how to keep its button in sight, how to open a
 * highlight by mouse and keyboard, and the way into the classroom for educators.
 */
import { browser, pageUrl } from '../../platform/browser';
import { t, uiLanguage } from '../../platform/i18n';
import { SampleArticle } from '../../ui/welcome/SampleArticle';

export function Welcome() {
  const isFirefox = browser.runtime.getURL('').startsWith('moz-extension:');
  return (
    <main class="welcome">
      <h1>{t('welcome_heading')}</h1>
      <p class="lead">{t('welcome_lead')}</p>

      <section aria-labelledby="try-title">
        <h2 id="try-title">{t('welcome_tryTitle')}</h2>
        <p>{t('welcome_tryText')}</p>
        <SampleArticle t={(key, subs) => t(key, subs === undefined ? [] : Array.isArray(subs) ? subs : [subs])} language={uiLanguage()} />
      </section>

      <section aria-labelledby="use-title">
        <h2 id="use-title">{t('welcome_useTitle')}</h2>
        <ul>
          <li>{t('welcome_useMouse')}</li>
          <li>{t('welcome_useKeyboardStops')}</li>
          <li>{t('welcome_useQuiet')}</li>
        </ul>
      </section>

      <section aria-labelledby="pin-title">
        <h2 id="pin-title">{t('welcome_pinTitle')}</h2>
        <p>{t(isFirefox ? 'welcome_pinFirefox' : 'welcome_pinChrome')}</p>
      </section>

      <section aria-labelledby="teach-title">
        <h2 id="teach-title">{t('welcome_teachTitle')}</h2>
        <p>{t('welcome_teachText')}</p>
        <p>
          <a class="button-link" id="open-classroom" href={pageUrl('classroom')}>
            {t('welcome_openClassroom')}
          </a>{' '}
          <a id="open-options" href={pageUrl('options')}>
            {t('welcome_openOptions')}
          </a>
        </p>
      </section>
    </main>
  );
}
