import type { Stance } from '../../core/pack/schema';
import { stanceLabel } from './i18n';

/**
 * A stance is never shown by colour alone: each has its own symbol, its own
 * border style and its written name, so it survives greyscale printing,
 * projectors and colour-blindness.
 */
export const STANCE_SYMBOL: Record<Stance, string> = {
  agrees: '✓',
  differs: '≈',
  unconfirmed: '?',
  wrong: '✗',
  silent: '–',
};

export function StanceMarker({ stance }: { stance: Stance }) {
  return (
    <span class={`stance stance-${stance}`} data-stance={stance}>
      <span class="stance-symbol" aria-hidden="true">
        {STANCE_SYMBOL[stance]}
      </span>
      <span class="stance-label">{stanceLabel(stance)}</span>
    </span>
  );
}
