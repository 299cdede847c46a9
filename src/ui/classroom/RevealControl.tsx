import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './i18n';

/**
 * Revealing the key is the teacher's call: the first press only asks, a second,
 * explicit "Reveal now" shows the answers to the room. Cancel (or Esc) backs out.
 */
export function RevealControl({ onReveal }: { onReveal(): void }) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) askRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="reveal" ref={askRef} onClick={() => setAsking(true)}>
        {t('classroom_reveal')}
      </button>
    );
  }
  return (
    <div
      class="reveal-confirm"
      role="group"
      aria-labelledby="reveal-question"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <p id="reveal-question">{t('classroom_revealQuestion')}</p>
      <button type="button" class="reveal-now" ref={confirmRef} onClick={onReveal}>
        {t('classroom_revealNow')}
      </button>
      <button type="button" class="reveal-cancel" onClick={() => setAsking(false)}>
        {t('classroom_revealCancel')}
      </button>
    </div>
  );
}
