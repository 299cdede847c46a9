import type { ExerciseSentence } from '../../core/classroom/exercise-schema';
import type { SentenceVerdict } from '../../core/classroom/scoring';
import { t } from './i18n';

interface Props {
  sentence: ExerciseSentence;
  selected: boolean;
  verdict?: SentenceVerdict;
  onToggle(id: string): void;
}

const VERDICT_SYMBOL: Record<SentenceVerdict, string> = { hit: '✓', miss: '✗', 'false-alarm': '!', 'correct-pass': '' };

/**
 * A sentence the student can flag. It is an inline checkbox (role="checkbox",
 * Space or Enter toggles) rather than a <button>, because buttons cannot wrap
 * across lines inside running text. After the reveal it is read-only and says
 * how the student's choice compares with the key.
 */
export function SentencePicker({ sentence, selected, verdict, onToggle }: Props) {
  const revealed = verdict !== undefined;
  const toggle = () => {
    if (!revealed) onToggle(sentence.id);
  };
  return (
    <span
      role="checkbox"
      tabIndex={0}
      aria-checked={selected}
      aria-readonly={revealed || undefined}
      class={`sentence${selected ? ' selected' : ''}${verdict ? ` verdict-${verdict}` : ''}`}
      data-sentence={sentence.id}
      onClick={toggle}
      onKeyDown={(event) => {
        if (event.key === ' ' || event.key === 'Enter') {
          event.preventDefault();
          toggle();
        }
      }}
    >
      {selected && !revealed && (
        <span class="flag" aria-hidden="true">
          ⚑{' '}
        </span>
      )}
      {verdict && verdict !== 'correct-pass' && (
        <span class="verdict-tag">
          <span aria-hidden="true">{VERDICT_SYMBOL[verdict]} </span>
          {t(`classroom_verdict_${verdict.replace('-', '_')}`)}
        </span>
      )}
      {sentence.text}
    </span>
  );
}
