import type { DiffPart } from '../../core/classroom/word-diff';
import { t } from './i18n';

/**
 * One outlet's quote against the baseline, word by word. Dropped words are
 * struck through, added words underlined, and both carry a spoken prefix for
 * screen readers, so the change is never shown by colour alone.
 */
export function WordDiff({ parts, startsLater, endsEarlier }: { parts: readonly DiffPart[]; startsLater: boolean; endsEarlier: boolean }) {
  return (
    <p class="word-diff">
      {startsLater && <span class="diff-window">… </span>}
      {parts.map((part, i) => {
        const space = i > 0 ? ' ' : '';
        if (part.op === 'same') return <span key={i}>{space + part.text}</span>;
        if (part.op === 'removed') {
          return (
            <span key={i}>
              {space}
              <del>
                <span class="sr-only">{t('classroom_diffRemoved')} </span>
                {part.text}
              </del>
            </span>
          );
        }
        return (
          <span key={i}>
            {space}
            <ins>
              <span class="sr-only">{t('classroom_diffAdded')} </span>
              {part.text}
            </ins>
          </span>
        );
      })}
      {endsEarlier && <span class="diff-window"> …</span>}
    </p>
  );
}
