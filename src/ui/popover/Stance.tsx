import type { Stance as StanceId } from '../../core/pack/schema';
import type { Translate } from './types';

const KEYS: Record<StanceId, string> = {
  agrees: 'popoverStanceAgrees',
  differs: 'popoverStanceDiffers',
  unconfirmed: 'popoverStanceUnconfirmed',
  wrong: 'popoverStanceWrong',
  silent: 'popoverStanceSilent',
};

/** A stance as a word and a colour (never colour alone). */
export function Stance({ stance, t }: { stance: StanceId; t: Translate }) {
  return <span class={`stance stance-${stance}`}>{t(KEYS[stance])}</span>;
}
