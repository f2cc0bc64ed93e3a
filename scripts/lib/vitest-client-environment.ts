/**
 * A Vitest environment for code written for the browser (runes in .svelte.ts modules): its
 * modules compile and resolve as the app's do (Svelte's client runtime, where effects run),
 * while the test itself runs in Node with Node's globals.
 */
import type { Environment } from 'vitest/environments';

export default {
  name: 'browser-code',
  viteEnvironment: 'client',
  setup: () => ({ teardown() {} }),
} satisfies Environment;
