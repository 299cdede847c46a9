/** A polite live region for short confirmations ("Saved.") that screen readers announce. */
import type { JSX } from 'preact';

export function LiveStatus({ id, message }: { id?: string; message: string }): JSX.Element {
  return (
    <p id={id} class="live-status" role="status" aria-live="polite">
      {message}
    </p>
  );
}
