/**
 * The toolbar popup: what Lateral found on this page, the switches a reader reaches for
 * most (on/off, pause this site), and the way to the classroom view and the settings.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FindingSummary, PageReport } from '../../core/messages';
import { activePacks, type AvailablePack } from '../../core/pack-install/available';
import { siteKey } from '../../core/settings';
import { browser, pageUrl } from '../../platform/browser';
import { t } from '../../platform/i18n';
import { onPageReport, sendToTab } from '../../platform/messaging';
import { LiveStatus } from '../../ui/components/LiveStatus';
import { Switch } from '../../ui/components/Switch';
import { loadAvailablePacks } from '../shared/available-packs';
import { useSettings } from '../shared/use-settings';
import { ActivePacks } from './ActivePacks';
import { FindingList } from './FindingList';
import { describePage, isWebPage } from './page-state';
import { PageStatus } from './PageStatus';
import { findTargetTab, hasHostAccess, requestHostAccess, type TargetTab } from './target-tab';

interface TabFacts {
  target: TargetTab;
  report: PageReport | null | undefined;
  hostAccess: boolean;
}

async function gatherFacts(): Promise<TabFacts> {
  const target = await findTargetTab();
  const tabId = target.tab?.id;
  const report = tabId === undefined ? undefined : await sendToTab(tabId, { type: 'get-report' });
  return { target, report, hostAccess: await hasHostAccess(target.tab?.url ?? report?.url) };
}

export function Popup(): JSX.Element {
  const { settings, update } = useSettings();
  const [facts, setFacts] = useState<TabFacts>();
  const [status, setStatus] = useState('');
  const [packs, setPacks] = useState<AvailablePack[]>();

  useEffect(() => {
    void gatherFacts().then(setFacts);
    void loadAvailablePacks().then(setPacks);
  }, []);

  // The content script reports after every pass (a settings change re-runs it): follow along.
  useEffect(() => {
    const tabId = facts?.target.tab?.id;
    if (tabId === undefined) return;
    const following = new AbortController();
    onPageReport((report, from) => {
      if (from === tabId) setFacts((current) => (current ? { ...current, report } : current));
    }, following.signal);
    return () => following.abort();
  }, [facts?.target.tab?.id]);

  const tab = facts?.target.tab;
  const url = tab?.url ?? facts?.report?.url ?? undefined;
  const site = url && isWebPage(url) ? siteKey(new URL(url)) : undefined;
  const paused = site !== undefined && settings?.sites.paused.includes(site) === true;

  const leave = useCallback(() => {
    if (facts?.target.isToolbarPopup) window.close();
  }, [facts]);

  const focusFinding = async (finding: FindingSummary) => {
    if (tab?.id === undefined) return;
    if (!facts?.target.isToolbarPopup) await browser.tabs.update(tab.id, { active: true });
    const focused = await sendToTab(tab.id, { type: 'focus-finding', index: finding.index });
    if (!focused) setStatus(t('popup_focus_failed'));
    else leave();
  };

  const togglePause = async () => {
    if (site === undefined) return;
    const outcome = await update((draft) => {
      draft.sites.paused = paused ? draft.sites.paused.filter((host) => host !== site) : [...draft.sites.paused, site];
    });
    setStatus(outcome.ok ? t(paused ? 'popup_resumed' : 'popup_paused', [site]) : t('popup_save_failed', [outcome.error]));
  };

  const toggleEnabled = async (enabled: boolean) => {
    const outcome = await update((draft) => void (draft.enabled = enabled));
    setStatus(outcome.ok ? t(enabled ? 'popup_turned_on' : 'popup_turned_off') : t('popup_save_failed', [outcome.error]));
  };

  const grantAccess = async () => {
    if (await requestHostAccess()) setStatus(t('popup_access_granted'));
    setFacts(await gatherFacts());
  };

  const reloadTab = async () => {
    if (tab?.id !== undefined) await browser.tabs.reload(tab.id);
    leave();
  };

  const openClassroom = async () => {
    await browser.tabs.create({ url: pageUrl('classroom') });
    leave();
  };

  const openWelcome = async () => {
    await browser.tabs.create({ url: pageUrl('welcome') });
    leave();
  };

  const openOptions = async () => {
    await browser.runtime.openOptionsPage();
    leave();
  };

  const ready = settings !== undefined && facts !== undefined && packs !== undefined;
  const state = ready ? describePage({ url, report: facts.report, hasHostAccess: facts.hostAccess, settings }) : undefined;

  return (
    <main aria-busy={!ready}>
      <header>
        <h1>{t('popup_heading')}</h1>
        {settings && (
          // The label says the state it is in; the switch itself is the action.
          <Switch
            id="enabled"
            label={t(settings.enabled ? 'popup_enabled' : 'popup_disabled')}
            checked={settings.enabled}
            onChange={(on) => void toggleEnabled(on)}
          />
        )}
      </header>
      <section aria-labelledby="page-heading" class="page">
        <h2 id="page-heading">{t('popup_on_this_page')}</h2>
        {!state && <p class="status">{t('popup_loading')}</p>}
        {state && state.kind === 'findings' && (
          <FindingList report={state.report} packs={activePacks(packs ?? [])} onFocus={(f) => void focusFinding(f)} />
        )}
        {state && state.kind !== 'findings' && (
          <PageStatus state={state} onRequestAccess={() => void grantAccess()} onReload={() => void reloadTab()} />
        )}
      </section>
      {site !== undefined && settings?.enabled && (
        <section aria-label={t('popup_site_controls')} class="site">
          {/* The button names what it will do; the state is said beside it. */}
          <p class="site-state" data-paused={paused ? 'true' : 'false'}>
            {t(paused ? 'popup_site_paused' : 'popup_site_running', [site])}
          </p>
          <button type="button" id="pause-site" onClick={() => void togglePause()}>
            {t(paused ? 'popup_resume_site' : 'popup_pause_site', [site])}
          </button>
        </section>
      )}
      {packs && <ActivePacks packs={packs} />}
      <nav aria-label={t('popup_more')} class="links">
        <button type="button" id="open-classroom" onClick={() => void openClassroom()}>
          {t('popup_open_classroom')}
        </button>
        <button type="button" id="open-welcome" onClick={() => void openWelcome()}>
          {t('popup_open_welcome')}
        </button>
        <button type="button" id="open-options" onClick={() => void openOptions()}>
          {t('popup_open_options')}
        </button>
      </nav>
      <LiveStatus id="popup-status" message={status} />
    </main>
  );
}
