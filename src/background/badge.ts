/**
 * The toolbar badge shows how many mentions Lateral marked in each tab. When the page
 * repeats a known error the badge turns red and gains a "!" so the difference does not
 * rest on colour alone; the button's title says the same in words for screen readers.
 */
import type { PageReport } from '../core/messages';
import { browser } from '../platform/browser';
import { t } from '../platform/i18n';

export const BADGE_COLOURS = { mentions: '#1f5fbf', discrepancies: '#b3261e' } as const;

export interface BadgeLook {
  text: string;
  colour: string;
  title: string;
}

function count(n: number): string {
  return n > 99 ? '99+' : String(n);
}

export function badgeFor(report: PageReport | undefined, translate: typeof t = t): BadgeLook {
  const base = translate('actionTitle');
  if (!report || report.inactiveReason || report.mentions + report.discrepancies === 0) {
    return { text: '', colour: BADGE_COLOURS.mentions, title: base };
  }
  if (report.discrepancies > 0) {
    return {
      text: `${count(report.mentions + report.discrepancies)}!`.replace('99+!', '99!'),
      colour: BADGE_COLOURS.discrepancies,
      title: translate('background_title_discrepancies', [report.mentions, report.discrepancies]),
    };
  }
  return {
    text: count(report.mentions),
    colour: BADGE_COLOURS.mentions,
    title: translate('background_title_mentions', [report.mentions]),
  };
}

export async function showBadge(tabId: number, report: PageReport | undefined): Promise<void> {
  const look = badgeFor(report);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.colour }),
    browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    browser.action.setTitle({ tabId, title: look.title }),
  ]).catch(() => {
    // The tab closed while the report was on its way; nothing to update.
  });
}

/** After Lateral loses host access, no tab can be annotated any more: clear every badge. */
export async function clearAllBadges(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.flatMap((tab) => (tab.id === undefined ? [] : [showBadge(tab.id, undefined)])));
}
