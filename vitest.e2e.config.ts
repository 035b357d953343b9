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
  },
});
