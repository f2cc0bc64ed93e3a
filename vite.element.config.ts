import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { codeSplitting, newsroomMessages } from './vite.config.ts';

/**
 * The <frontline-map> element: dist/frontline-map.js and dist/frontline-map.css at stable
 * names (hosts link them directly), its lazily loaded chunks under dist/element/. Runs after
 * the app's build, into the same folder.
 *
 * `--mode package` builds the same element for the npm package into pkg/element/, without
 * Vite's preload lists: a host's bundler renames our chunks, and lists of the old names
 * would send its readers' browsers after files that are not there.
 */
export default defineConfig(({ mode }) => {
  const pkg = mode === 'package';
  return {
    base: './',
    plugins: [svelte(), newsroomMessages()],
    publicDir: false,
    // MapLibre's worker script beside the element's other chunks: one folder to publish
    worker: { rolldownOptions: { output: { entryFileNames: 'element/[name]-[hash].js' } } },
    build: {
      outDir: pkg ? 'pkg/element' : 'dist',
      emptyOutDir: pkg,
      modulePreload: pkg ? false : undefined,
      chunkSizeWarningLimit: 1500,
      cssCodeSplit: false,
      assetsInlineLimit: 0,
      rollupOptions: {
        input: { 'frontline-map': 'src/hosts/element/frontline-map.ts' },
        preserveEntrySignatures: 'exports-only',
        output: {
          codeSplitting,
          entryFileNames: 'frontline-map.js',
          chunkFileNames: 'element/[name]-[hash].js',
          assetFileNames: (asset) =>
            asset.names.some((n) => n.endsWith('.css'))
              ? 'frontline-map.css'
              : 'element/[name]-[hash][extname]',
        },
      },
    },
  };
});
