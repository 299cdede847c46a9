/**
 * The page gate over a very long text, a piece at a time: on a page of megabytes one
 * test of the whole text is one long task, so the text is tested in pieces with a
 * pause (the caller's next idle slice) between them. Pieces overlap by far more than
 * any gate phrase is long, so a phrase across a cut is still seen.
 */
import type { Gate } from '../detect/gate';

/** Text up to this length (half a million chars) is tested at once. */
export const GATE_PIECE = 500_000;
/** Chars each piece reaches into the next. */
export const GATE_OVERLAP = 2_000;

export async function passesInPieces(gate: Gate, text: string, pause: () => Promise<void>): Promise<boolean> {
  if (text.length <= GATE_PIECE) return gate(text);
  for (let at = 0; at < text.length; at += GATE_PIECE) {
    if (at > 0) await pause();
    if (gate(text.slice(at, at + GATE_PIECE + GATE_OVERLAP))) return true;
  }
  return false;
}
