/**
 * A short article written for Lateral, annotated by the real matcher and opening the
 * real popover: what a reader will see on a news page, shown before they find one.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { compiledPacks } from 'virtual:lateral/compiled';
import type { Hit } from '../../core/hit';
import { createMatcher } from '../../core/detect';
import { stepIndex, tabStops } from '../../core/tab-stops';
import { mountPopover } from '../popover/mount';
import type { PopoverHandle, Translate } from '../popover/types';
import { sampleSegments } from './sample-article';

/** `t` is the page's translate function and `language` its UI language, handed on to the popover. */
export function SampleArticle({ t, language }: { t: Translate; language: string }) {
  const popover = useRef<PopoverHandle | null>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => sampleSegments(createMatcher(compiledPacks)), []);
  // As on a news page: Tab stops at the first mark of each topic and error, the arrow keys reach the rest.
  const stops = useMemo(() => tabStops(paragraphs.flat().flatMap((s) => (s.hit ? [s.hit] : []))), [paragraphs]);
  const article = useRef<HTMLElement>(null);
  let markIndex = 0;

  const step = (from: HTMLElement, direction: 1 | -1) => {
    const marks = [...(article.current?.querySelectorAll<HTMLElement>('.sample-mark') ?? [])];
    marks[stepIndex(marks.indexOf(from), direction, marks.length)]?.focus();
  };

  useEffect(() => {
    const host = hostRef.current!;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    popover.current = mountPopover(shadow);
    const onDown = (e: PointerEvent) => {
      if (!popover.current?.open) return;
      const path = e.composedPath();
      if (path.includes(host) || (e.target instanceof Element && e.target.closest('.sample-mark'))) return;
      popover.current.hide();
    };
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      popover.current?.hide();
    };
  }, []);

  const open = (hit: Hit, text: string, mark: HTMLElement) => {
    popover.current?.show({
      hit,
      text,
      anchorRect: () => mark.getBoundingClientRect(),
      t,
      language,
      onClose: () => {
        popover.current?.hide();
        mark.focus();
      },
      onTabOut: () => {
        mark.focus();
        popover.current?.hide();
      },
    });
  };

  return (
    <article class="sample" lang="en" aria-labelledby="sample-title" ref={article}>
      <p class="sample-outlet">{t('welcome_sampleOutlet')}</p>
      <h3 id="sample-title">What the recording of the envoy’s call shows</h3>
      {paragraphs.map((segments, pi) => (
        <p key={pi}>
          {segments.map((s, si) =>
            s.hit ? (
              <span
                key={si}
                class="sample-mark"
                role="button"
                tabIndex={stops[markIndex++] ? 0 : -1}
                data-lateral-kind={s.hit.kind}
                data-lateral-rule={s.hit.ruleId}
                aria-description={t(s.hit.kind === 'discrepancy' ? 'popoverMarkDiscrepancy' : 'popoverMarkMention')}
                onClick={(e) => open(s.hit!, s.text, e.currentTarget)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open(s.hit!, s.text, e.currentTarget);
                  } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && !(e.altKey || e.ctrlKey || e.metaKey || e.shiftKey)) {
                    e.preventDefault();
                    step(e.currentTarget, e.key === 'ArrowRight' ? 1 : -1);
                  }
                }}
              >
                {s.text}
              </span>
            ) : (
              s.text
            ),
          )}
        </p>
      ))}
      <div ref={hostRef} class="sample-popover-host" />
    </article>
  );
}
