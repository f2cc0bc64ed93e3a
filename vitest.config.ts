import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // geometry builds are CPU-heavy; two workers match this machine's two cores
    maxWorkers: 2,
    globalSetup: ['./vitest.setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
