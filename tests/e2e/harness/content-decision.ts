import type { PageReport, ToContent } from '../../../src/core/messages';

/** Runs a function in an extension page (options, popup) that can reach browser.tabs. */
export type ExtensionEvaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/**
 * Waits until the content script in the tab showing `url` answers a `get-report` request
 * (the message the popup sends) with a report that says why it did nothing. That proves the
 * content script ran, read the settings and decided to stay off, so a following "nothing
 * changed" assertion is not passing merely because Lateral had not got round to it yet.
 */
export async function waitForInactiveReport(evaluate: ExtensionEvaluate, url: string, timeoutMs = 15_000): Promise<PageReport> {
  const message: ToContent = { type: 'get-report' };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await evaluate(async (msg: ToContent) => {
      type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
      const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
      const tabs = (g.browser ?? g.chrome)!.tabs;
      const answers: unknown[] = [];
      // Without the "tabs" permission tab URLs are hidden: ask every tab, match on the report's URL.
      for (const tab of await tabs.query({})) {
        if (tab.id === undefined) continue;
        const answer = await tabs.sendMessage(tab.id, msg).catch(() => undefined);
        if (answer !== undefined) answers.push(answer);
      }
      return answers as PageReport[];
    }, message);
    const decided = last.find((r) => r && r.url === url && r.inactiveReason !== undefined);
    if (decided) return decided;
    if (Date.now() > deadline)
      throw new Error(`no content script answered for ${url} with an inactive report; answers: ${JSON.stringify(last)}`);
    await new Promise<void>((done) => setTimeout(done, 100));
  }
}
