import { defineConfig } from 'vitest/config';

// `npm test`: unit, CLI and shell tests. Browser and integration suites have their own scripts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/integration/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
