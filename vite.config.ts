import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import type { SnapshotIndex } from './src/lib/snapshot/lookup';
import { DEFAULT_PUBLIC_URL, publicUrl } from './src/lib/embed/oembed';

/** MapLibre in a chunk of its own: cached apart from our code, and measured apart in budgets. */
export const codeSplitting = { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] };

/**
 * Share tags on both pages (og:image is the share picture prepare-data renders) and the
 * embed page's <noscript> picture: the latest snapshot of the five areas, with alt text
 * that states the areas held.
 */
function snapshotTags(): Plugin {
  const escape = (v: string) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return {
    name: 'frontline-snapshot-tags',
    transformIndexHtml(html, context) {
      const indexFile = 'public/snapshots/index.json';
      if (!existsSync(indexFile)) return html;
      const index = JSON.parse(readFileSync(indexFile, 'utf8')) as SnapshotIndex;
      const latest = index.views['overview/assessed'].at(-1)!;
      const site = publicUrl(process.env.FRONTLINE_PUBLIC_URL, DEFAULT_PUBLIC_URL);
      const share = [
        ['og:type', 'website'],
        ['og:title', 'Frontline map: Kursk, Belgorod, Sumy, Pokrovsk, Zaporizhzhia'],
        ['og:image', new URL('snapshots/share.png', site).href],
        ['og:image:width', '1200'],
        ['og:image:height', '630'],
        ['og:image:alt', latest.alt],
      ]
        .map(([property, content]) => `<meta property="${property}" content="${escape(content)}" />`)
        .join('\n    ');
      html = html.replace(
        '</head>',
        `    ${share}\n    <meta name="twitter:card" content="summary_large_image" />\n  </head>`,
      );
      if (!context.filename.endsWith('embed.html')) return html;
      const img = `<img src="snapshots/${latest.file}" alt="${escape(latest.alt)}" width="${index.width}" height="${index.height}" style="width:100%;height:auto" />`;
      return html.replace('<!-- noscript snapshot -->', `<noscript>${img}</noscript>`);
    },
  };
}

export default defineConfig({
  // relative asset paths: the built app works from any folder of any static host
  base: './',
  plugins: [svelte(), snapshotTags()],
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
