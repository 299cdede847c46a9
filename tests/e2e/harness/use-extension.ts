import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type BrowserName, type ExtensionSession, type LaunchOptions } from './session';
import { startStaticServer, type StaticServer } from './static-server';

/** What a describe block's tests reach through `useExtension`: set in its beforeAll, closed in its afterAll. */
export interface ExtensionFixture {
  readonly session: ExtensionSession;
  readonly server: StaticServer;
}

/**
 * The setup most e2e files share: a local web server for the fixture pages and the built
 * extension in one browser, both started before the block's tests and closed after them.
 * Call it inside a `describe`. Reading `session` or `server` before the block has started
 * (in the describe body itself) is a mistake the getters report.
 */
export function useExtension(name: BrowserName, options: { launch?: LaunchOptions; serve?: boolean } = {}): ExtensionFixture {
  let session: ExtensionSession | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    if (options.serve !== false) server = await startStaticServer();
    session = await launchExtension(name, options.launch);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return {
    get session() {
      if (!session) throw new Error(`the ${name} session starts in beforeAll; read it inside a hook or test`);
      return session;
    },
    get server() {
      if (!server) throw new Error('no web server: this block was set up without one, or has not started yet');
      return server;
    },
  };
}
