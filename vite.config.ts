import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/** MapLibre in a chunk of its own: cached apart from our code, and measured apart in budgets. */
export const codeSplitting = { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] };

export default defineConfig({
  // relative asset paths: the built app works from any folder of any static host
  base: './',
  plugins: [svelte()],
  // data and glyphs are staged into public/ by scripts/stage-public.ts
  publicDir: 'public',
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
    // the full map and the embed page; the <frontline-map> element is built by vite.element.config.ts
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' }, output: { codeSplitting } },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: false },
});
