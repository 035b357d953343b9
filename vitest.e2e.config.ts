import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium (playwright-core), pages served at real site
// addresses. One browser at a time: the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // A real browser on a shared 2-core machine can miss a timing once; a test that fails twice fails.
    // Vitest reports every retried test, so a flaky one is visible rather than hidden.
    retry: 1,
  },
});
