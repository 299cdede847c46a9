/**
 * The cross-source popover: a non-modal dialog next to a highlight. It takes focus
 * when it opens, closes on Esc or its close button (the controller returns focus
 * to the highlight), and keeps itself inside the viewport on scroll and resize.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { packs } from 'virtual:lateral/packs';
import { installedPackViews } from '../../core/pack-install/active';
import { findPack } from '../../core/pack-view/topic-view';
import { DiscrepancyPanel } from './DiscrepancyPanel';
import { MentionPanel } from './MentionPanel';
import { place } from './position';
import type { PopoverRequest } from './types';

const TITLE_ID = 'lateral-popover-title';

export function Popover({ request }: { request: PopoverRequest }) {
  const { hit, t } = request;
  const panel = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const el = panel.current;
    if (!el) return;
    const update = () => {
      const rect = el.getBoundingClientRect();
      const spot = place(request.anchorRect(), rect, { width: window.innerWidth, height: window.innerHeight });
      el.style.left = `${spot.left}px`;
      el.style.top = `${spot.top}px`;
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
    return () => {
      cancelAnimationFrame(frame);
      controller.abort();
    };
  }, [request]);

  useEffect(() => {
    const el = panel.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      request.onClose();
    };
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, [request]);

  const pack = findPack(packs, hit.packId) ?? findPack(installedPackViews(), hit.packId);
  const body =
    pack && hit.kind === 'discrepancy' && hit.discrepancyId ? (
      <DiscrepancyPanel pack={pack} discrepancyId={hit.discrepancyId} pageText={request.text} t={t} titleId={TITLE_ID} />
    ) : pack ? (
      <MentionPanel pack={pack} hit={hit} t={t} titleId={TITLE_ID} />
    ) : (
      <h2 id={TITLE_ID}>{t('popoverUnknownStory')}</h2>
    );

  return (
    <div ref={panel} class="panel" role="dialog" aria-modal="false" aria-labelledby={TITLE_ID} tabIndex={-1} style={{ left: '0px', top: '0px' }}>
      <header>
        <div style={{ flex: 1 }}>
          <p class="brand">{t('popoverBrand')}</p>
          {body}
        </div>
        <button type="button" class="close" aria-label={t('popoverClose')} onClick={() => request.onClose()}>
          ×
        </button>
      </header>
    </div>
  );
}
