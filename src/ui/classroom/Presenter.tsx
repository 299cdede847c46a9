import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Discrepancy, StoryPack } from '../../core/pack/schema';
import { DiscrepancyCard } from './DiscrepancyCard';
import { t } from './i18n';

interface Props {
  pack: StoryPack;
  discrepancies: readonly Discrepancy[];
  sourceNumbers: ReadonlyMap<string, number>;
  onExit(): void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Keys belong to form controls while one has focus (a select uses the arrows itself). */
function ownsArrowKeys(target: EventTarget | null): boolean {
  return target instanceof HTMLSelectElement || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

const SMALLEST_FIT = 0.7;
const FIT_STEP = 0.05;

/**
 * Sets the largest type scale (1 down to SMALLEST_FIT) at which the whole slide shows
 * without scrolling; says whether it does at the end. Synchronous, so no frame shows a
 * slide at the wrong size.
 */
function fitSlide(region: HTMLElement, slide: HTMLElement): boolean {
  const overflows = () => slide.scrollHeight > slide.clientHeight + 1;
  let fit = 1;
  region.style.setProperty('--fit', String(fit));
  while (overflows() && fit > SMALLEST_FIT + FIT_STEP / 2) {
    fit = Math.round((fit - FIT_STEP) * 100) / 100;
    region.style.setProperty('--fit', String(fit));
  }
  return !overflows();
}

/**
 * One discrepancy per screen in large, high-contrast type for a projector.
 * Arrow keys (and a presenter clicker's PageUp/PageDown) step, Home/End jump,
 * Escape leaves. The position is announced politely on each step.
 */
export function Presenter({ pack, discrepancies, sourceNumbers, onExit }: Props) {
  const [index, setIndex] = useState(0);
  const last = discrepancies.length - 1;
  const current = discrepancies[Math.min(index, Math.max(last, 0))];
  const regionRef = useRef<HTMLElement>(null);

  // Back to the first slide when another story is shown, never on the first render: a plain
  // effect would run after the first paint and undo a key pressed the moment a slide shows.
  const shownFor = useRef(discrepancies);
  useLayoutEffect(() => {
    if (shownFor.current === discrepancies) return;
    shownFor.current = discrepancies;
    setIndex(0);
  }, [discrepancies]);

  // Long slides shrink their type a step at a time until they fit the window (down to 70 %),
  // so a projector never needs scrolling; fitted again whenever the window changes size.
  const slideRef = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const refit = () => {
      const region = regionRef.current;
      const slide = slideRef.current;
      if (!region || !slide) return;
      setScrolls(!fitSlide(region, slide));
      region.dataset.fitted = `${slide.dataset.index}@${window.innerWidth}x${window.innerHeight}`;
    };
    refit();
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [index, discrepancies]);
  useEffect(() => regionRef.current?.focus(), []);

  // A layout effect, so the keys work from the moment the first slide is on screen
  // (a plain effect runs after the next paint, and a quick first key press was lost).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || ownsArrowKeys(event.target)) return;
      if (NEXT_KEYS.has(event.key)) setIndex((i) => Math.min(i + 1, last));
      else if (PREVIOUS_KEYS.has(event.key)) setIndex((i) => Math.max(i - 1, 0));
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(last);
      else if (event.key === 'Escape') onExit();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [last, onExit]);

  return (
    <section class="presenter" ref={regionRef} tabIndex={-1} aria-label={t('classroom_presenterTitle')}>
      {current ? (
        // A slide too long for a small window even at the smallest type scrolls by itself,
        // so the controls stay on screen; it then takes focus by Tab, for Space to scroll it.
        <div class="slide" data-index={index} key={current.id} ref={slideRef} tabIndex={scrolls ? 0 : undefined}>
          <DiscrepancyCard pack={pack} discrepancy={current} sourceNumbers={sourceNumbers} headingLevel={2} layout="slide" />
        </div>
      ) : (
        <p class="empty">{t('classroom_noDiscrepancies')}</p>
      )}
      <div class="presenter-controls">
        <button type="button" onClick={() => setIndex((i) => Math.max(i - 1, 0))} disabled={index <= 0}>
          <span aria-hidden="true">← </span>
          {t('classroom_previous')}
        </button>
        <p class="position" aria-live="polite" data-position={index + 1}>
          {t('classroom_position', [String(Math.min(index + 1, discrepancies.length)), String(discrepancies.length)])}
        </p>
        <button type="button" onClick={() => setIndex((i) => Math.min(i + 1, last))} disabled={index >= last}>
          {t('classroom_next')}
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" class="exit" onClick={onExit}>
          {t('classroom_exitPresenter')}
        </button>
      </div>
      <p class="presenter-hint">
        {t('classroom_presenterHint')}
        {scrolls && ` ${t('classroom_presenterScrollHint')}`}
      </p>
    </section>
  );
}
