import { defineConfig } from 'vitest/config';

// Unit tests: pure modules in Node, DOM modules under happy-dom (opt in per file
// with `// @vitest-environment happy-dom`). Real-browser tests live in tests/e2e.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
