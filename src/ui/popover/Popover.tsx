/**
 * The cross-source popover: a non-modal dialog beside a highlight, above or below it
 * and never over it. It takes focus when it opens, closes on Esc or its close button
 * (the controller returns focus to the highlight), and places itself again on scroll,
 * resize and when a section inside it opens or closes. In the page's tab order it sits
 * right after its highlight, as a disclosure's content sits after its button: Tab past
 * its last control goes on from the highlight, Shift+Tab before its first goes back to
 * the highlight, and either way it closes, never left open over the article.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { packs } from 'virtual:lateral/packs';
import { installedPackViews } from '../../core/pack-install/active';
import { findPack } from '../../core/pack-view/topic-view';
import { claimHeadline } from '../../core/pack-view/claim';
import { packInLanguage } from '../components/pack-language';
import { DiscrepancyPanel } from './DiscrepancyPanel';
import { MentionPanel } from './MentionPanel';
import { place, type Side } from './position';
import type { PopoverRequest } from './types';

const TITLE_ID = 'lateral-popover-title';
const CONTROLS = 'button, summary, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Tab past the last control or Shift+Tab before the first hands focus back to the page. */
function leaveByTab(e: KeyboardEvent, panel: HTMLElement, request: PopoverRequest): void {
  // Content of a closed section is not rendered and takes no focus.
  const controls = [...panel.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => c.checkVisibility());
  const active = (panel.getRootNode() as ShadowRoot).activeElement ?? panel;
  // Whatever holds focus in the panel (a control, the panel, a focused heading): leave when no control lies further on.
  const further = e.shiftKey ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING;
  if (controls.some((c) => c !== active && active.compareDocumentPosition(c) & further)) return;
  e.stopPropagation();
  // Backwards the highlight is the stop; forwards the browser's own Tab goes on from it.
  if (e.shiftKey) e.preventDefault();
  request.onTabOut();
}

export function Popover({ request }: { request: PopoverRequest }) {
  const { hit, t } = request;
  const panel = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = panel.current;
    if (!el) return;
    let side: Side | undefined;
    const update = () => {
      // The panel's full height, before any cap: it decides which side has room.
      el.style.maxHeight = 'none';
      const rect = el.getBoundingClientRect();
      const spot = place(request.anchorRect(), rect, { width: window.innerWidth, height: window.innerHeight }, side);
      side = spot.side;
      el.style.maxHeight = `${spot.maxHeight}px`;
      el.style.left = `${spot.left}px`;
      el.style.top = `${spot.top}px`;
      el.dataset.side = spot.side;
    };
    update();
    el.focus({ preventScroll: true });
    const controller = new AbortController();
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', schedule, { passive: true, capture: true, signal: controller.signal });
    window.addEventListener('resize', schedule, { passive: true, signal: controller.signal });
    // `toggle` does not bubble: listen in the capture phase for every <details> inside.
    // Placed at once (toggle events already arrive one task after the change), so the grown panel never shows over its mark.
    el.addEventListener('toggle', update, { capture: true, signal: controller.signal });
    return () => {
      cancelAnimationFrame(frame);
      controller.abort();
    };
  }, [request]);

  // Listening from the moment the panel is in the page and focused, not after the next
  // paint: a reader who presses Shift+Tab or Esc at once (or a renderer that paints late,
  // as a background tab's does) must not leave an open panel behind by the browser's own Tab.
  useLayoutEffect(() => {
    const el = panel.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab' && el) return leaveByTab(e, el, request);
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      request.onClose();
    };
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, [request]);

  const found = findPack(packs, hit.packId) ?? findPack(installedPackViews(), hit.packId);
  const pack = found && packInLanguage(found, request.language);
  const body =
    pack && hit.kind === 'discrepancy' && hit.discrepancyId ? (
      <DiscrepancyPanel
        pack={pack}
        discrepancyId={hit.discrepancyId}
        pageText={request.text}
        t={t}
        titleId={TITLE_ID}
        headline={hit.claimed && claimHeadline(hit.claimed, pack.topics.find((topic) => topic.id === hit.topic)?.label ?? pack.title, t)}
        strength={hit.strength}
        sourceIds={hit.sourceIds}
      />
    ) : pack ? (
      <MentionPanel pack={pack} hit={hit} text={request.text} t={t} titleId={TITLE_ID} />
    ) : (
      <h2 id={TITLE_ID}>{t('popoverUnknownStory')}</h2>
    );

  return (
    <div
      ref={panel}
      class="panel"
      lang={request.language}
      role="dialog"
      aria-modal="false"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      style={{ left: '0px', top: '0px' }}
    >
      <header>
        <p class="brand">{t('popoverBrand')}</p>
        <button type="button" class="close" aria-label={t('popoverClose')} onClick={() => request.onClose()}>
          ×
        </button>
      </header>
      {body}
    </div>
  );
}
