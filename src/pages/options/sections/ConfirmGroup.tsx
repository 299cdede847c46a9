/**
 * A question with "Yes" and "Cancel" in place of the button that asked it, for steps that
 * replace the reader's settings (reset, import). "Yes" takes focus when it appears, so a
 * keyboard user answers from where they are.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../platform/i18n';

interface ConfirmGroupProps {
  /** Prefix of the ids: `${id}-question`, `${id}-confirm`, `${id}-cancel`. */
  id: string;
  question: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** What the answer decides, shown under the question. */
  children?: ComponentChildren;
}

export function ConfirmGroup({ id, question, confirmLabel, onConfirm, onCancel, children }: ConfirmGroupProps): JSX.Element {
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => confirmButton.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <div role="group" aria-labelledby={`${id}-question`} class="confirm">
      <p id={`${id}-question`}>{question}</p>
      {children}
      <button type="button" id={`${id}-confirm`} class="danger" ref={confirmButton} onClick={onConfirm}>
        {confirmLabel}
      </button>{' '}
      <button type="button" id={`${id}-cancel`} onClick={onCancel}>
        {t('options_cancel')}
      </button>
    </div>
  );
}
