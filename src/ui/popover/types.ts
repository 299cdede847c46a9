/** What the content script hands the lazily loaded popover. */
import type { Hit } from '../../core/hit';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface PopoverRequest {
  hit: Hit;
  /** The highlighted words as the page shows them. */
  text: string;
  /** Where to place the popover; read again on scroll and resize. */
  anchorRect: () => DOMRect;
  t: Translate;
  /** The reader's UI language (`uk`, `en`): the pack's text is shown in it where a translation has it. */
  language: string;
  /** The popover asks to close (Esc or its close button); the controller returns focus. */
  onClose: () => void;
  /**
   * Tab left the popover: the controller closes it and focuses the highlight at once,
   * inside the key event, so a forward Tab's default action goes on from the highlight.
   */
  onTabOut: () => void;
}

export interface PopoverHandle {
  show(request: PopoverRequest): void;
  hide(): void;
  /** True while the popover is open. */
  readonly open: boolean;
}
