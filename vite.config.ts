import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import type { SnapshotIndex } from './src/lib/snapshot/lookup';

/** MapLibre in a chunk of its own: cached apart from our code, and measured apart in budgets. */
export const codeSplitting = { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] };

/**
 * The embed page's <noscript> picture: the latest snapshot of the five areas, with alt text
 * that states the areas held (written by prepare-data into public/snapshots).
 */
function noscriptSnapshot(): Plugin {
  const escape = (v: string) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return {
    name: 'frontline-noscript-snapshot',
    transformIndexHtml(html, context) {
      const indexFile = 'public/snapshots/index.json';
      if (!context.filename.endsWith('embed.html') || !existsSync(indexFile)) return html;
      const index = JSON.parse(readFileSync(indexFile, 'utf8')) as SnapshotIndex;
      const latest = index.views['overview/assessed'].at(-1)!;
      const img = `<img src="snapshots/${latest.file}" alt="${escape(latest.alt)}" width="${index.width}" height="${index.height}" style="width:100%;height:auto" />`;
      return html.replace('<!-- noscript snapshot -->', `<noscript>${img}</noscript>`);
    },
  };
}

export default defineConfig({
  // relative asset paths: the built app works from any folder of any static host
  base: './',
  plugins: [svelte(), noscriptSnapshot()],
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
