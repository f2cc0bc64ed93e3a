import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import type { SnapshotIndex } from './src/lib/snapshot/lookup';
import { withOverrides } from './src/lib/i18n/overrides';

/**
 * MapLibre in a chunk of its own: cached apart from our code, and measured apart in budgets.
 * So is the PMTiles reader, loaded only when the control layer comes from tiles.
 */
export const codeSplitting = {
  groups: [
    { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
    { name: 'pmtiles', test: /node_modules[\\/](pmtiles|fflate)[\\/]|src[\\/]browser[\\/]tiles\.ts/ },
    // the areas and the taxonomy, which the first paint and the data contract's checks both
    // read: one small chunk rather than one each
    { name: 'vocabulary', test: /src[\\/]lib[\\/](regions|taxonomy)\.ts/ },
  ],
};

/**
 * A newsroom's own wording (newsroom/messages/<lang>.json, docs/style-sheet.md) laid over
 * src/messages/<lang>.json as the bundle is built: no code to touch.
 */
export function newsroomMessages(dir = process.env.FRONTLINE_MESSAGES_DIR ?? 'newsroom/messages'): Plugin {
  return {
    name: 'frontline-newsroom-messages',
    enforce: 'pre', // before Vite turns the JSON into a module
    transform(code, id) {
      const lang = /[\\/]src[\\/]messages[\\/](\w+)\.json$/.exec(id)?.[1];
      const file = lang && `${dir}/${lang}.json`;
      if (!file || !existsSync(file)) return null;
      const merged = withOverrides(JSON.parse(code), JSON.parse(readFileSync(file, 'utf8')), file);
      return { code: JSON.stringify(merged), map: null };
    },
  };
}

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
      // the site's public URL as prepare-data resolved it (FRONTLINE_PUBLIC_URL) for oEmbed
      const site = (JSON.parse(readFileSync('public/oembed.json', 'utf8')) as { provider_url: string })
        .provider_url;
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
      const img = `<img class="fm-noscript" src="snapshots/${latest.file}" alt="${escape(latest.alt)}" width="${index.width}" height="${index.height}" />`;
      return html.replace('<!-- noscript snapshot -->', `<noscript>${img}</noscript>`);
    },
  };
}

/**
 * A strict Content Security Policy on both built pages: scripts, styles, workers and data
 * from this site only; no inline script or style, no eval. A configured remote basemap's
 * origin is allowed to be fetched (its tiles on other hosts need adding: see the README).
 */
export function contentSecurityPolicy(basemapStyleUrl = process.env.FRONTLINE_BASEMAP_STYLE_URL): string {
  const remote = basemapStyleUrl ? ` ${new URL(basemapStyleUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${remote}`,
    `connect-src 'self'${remote}`,
    "worker-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function cspMeta(): Plugin {
  return {
    name: 'frontline-csp',
    apply: 'build', // the dev server's hot reloading injects styles: the policy is for what ships
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="utf-8" />',
        `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`,
      ),
  };
}

/**
 * The review page's data (review.html) in `npm run dev` only, from
 * scripts/lib/review-server.ts, loaded through the dev server so a build never reads it.
 */
function reviewPage(): Plugin {
  return {
    name: 'frontline-review',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/__review/', (req, res, next) => {
        server
          .ssrLoadModule('/scripts/lib/review-server.ts')
          .then((m) => (m as typeof import('./scripts/lib/review-server')).reviewRequest(req, res), next);
      });
    },
  };
}

export default defineConfig({
  // relative asset paths: the built app works from any folder of any static host
  base: './',
  plugins: [svelte(), newsroomMessages(), snapshotTags(), cspMeta(), reviewPage()],
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
