import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { codeSplitting, newsroomMessages } from './vite.config.ts';

/**
 * The <frontline-map> element: dist/frontline-map.js and dist/frontline-map.css at stable
 * names (hosts link them directly), its lazily loaded chunks under dist/element/. Runs after
 * the app's build, into the same folder.
 */
export default defineConfig({
  base: './',
  plugins: [svelte(), newsroomMessages()],
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
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
});
