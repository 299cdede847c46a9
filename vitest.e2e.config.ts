import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real browsers. One file at a time:
// the machine has two cores and each file owns a browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
