import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const shared = {
  // geometry builds are CPU-heavy; two workers match this machine's two cores
  maxWorkers: 2,
  globalSetup: ['./vitest.setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 300_000,
};

export default defineConfig({
  test: {
    ...shared,
    projects: [
      {
        test: {
          ...shared,
          name: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.svelte.test.ts'],
        },
      },
      {
        // runes (the view controller) run as the browser runs them: compiled by the app's
        // Svelte plugin against Svelte's client runtime, where effects run
        plugins: [svelte()],
        test: {
          ...shared,
          name: 'runes',
          include: ['src/**/*.svelte.test.ts'],
          environment: './scripts/lib/vitest-client-environment.ts',
        },
      },
    ],
  },
});
