import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/chromium';

/** Browser tests run Debian's Chromium against the built app (npm run build first). */
export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  workers: 1, // WebGL runs in software here: one map at a time keeps timings sane
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4319/',
    viewport: { width: 1000, height: 900 },
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: 'npx vite preview --port 4319 --strictPort --host 127.0.0.1',
    url: 'http://127.0.0.1:4319/',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
