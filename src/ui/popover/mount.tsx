/**
 * Entry of the lazily loaded popover chunk: renders into Lateral's shadow root with
 * its styles inside it, and keeps the panel placed next to its highlight.
 */
import { render } from 'preact';
import css from './popover.css?inline';
import { Popover } from './Popover';
import type { PopoverHandle, PopoverRequest } from './types';

export function mountPopover(shadow: ShadowRoot): PopoverHandle {
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  let current: PopoverRequest | null = null;
  return {
    show(request) {
      current = request;
      // A fresh key per open: focus and scroll position start over.
      render(<Popover key={Math.random()} request={request} />, container);
    },
    hide() {
      current = null;
      render(null, container);
    },
    get open() {
      return current !== null;
    },
  };
}
