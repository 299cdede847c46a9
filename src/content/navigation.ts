/**
 * Notices SPA navigations: history.pushState/replaceState from the page cannot be
 * wrapped from the content script's isolated world, so Lateral listens to what
 * both worlds share: `popstate`, the Navigation API's `navigatesuccess` where the
 * browser has it, and a URL check whenever the DOM watcher runs (route changes
 * nearly always change the DOM).
 */
export class NavigationWatch {
  private href: string;

  constructor(
    private readonly onChange: (href: string) => void,
    signal: AbortSignal,
    private readonly win: Window = window,
  ) {
    this.href = win.location.href;
    const check = () => this.check();
    win.addEventListener('popstate', check, { signal });
    win.addEventListener('hashchange', check, { signal });
    const nav = (win as unknown as { navigation?: EventTarget }).navigation;
    nav?.addEventListener?.('navigatesuccess', check, { signal });
  }

  /** Reports a change of URL once; cheap enough to call on every DOM batch. */
  check(): void {
    const href = this.win.location.href;
    if (href === this.href) return;
    this.href = href;
    this.onChange(href);
  }
}
