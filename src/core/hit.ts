/**
 * What the detection engine hands to the page layer: one span of the scanned text.
 * Offsets are UTF-16 code units into the exact string that was scanned, so the
 * content script can map them back to DOM text nodes without re-normalising.
 */
export type HitKind = 'mention' | 'discrepancy';

/** A date as the page gives it: only the parts it names. */
export interface DateClaim {
  year?: number;
  month?: number;
  day?: number;
}

export interface Hit {
  /** Start offset (inclusive) in the scanned text. */
  start: number;
  /** End offset (exclusive) in the scanned text. */
  end: number;
  kind: HitKind;
  /** Id of the mention rule or claim check that produced the hit. */
  ruleId: string;
  /** Topic id from the story pack (for example `call` or `plan`). */
  topic: string;
  /** Story pack id, so several packs can annotate one page. */
  packId: string;
  /** Facts the popover should lead with; empty means "the topic's key facts". */
  factIds: string[];
  /** For `discrepancy` hits: the discrepancy the page repeats. */
  discrepancyId?: string;
  /** For a wrong date: the date this page gives, so the headline can name it. */
  claimed?: DateClaim;
  /**
   * For `discrepancy` hits: `wrong` when the record contradicts the claim, `differs`
   * when the words drift from it (a reworded quote, a framing).
   */
  strength?: 'wrong' | 'differs';
  /** For `discrepancy` hits: the outlets (pack source ids) that printed the same thing. */
  sourceIds?: string[];
}
