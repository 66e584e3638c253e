import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { parse as parseYaml } from 'yaml';

/** `import x from '…/data/file.yaml'`: the file's data as a JSON module, parsed at build time. */
function yamlData(): Plugin {
  return {
    name: 'yaml-data',
    transform(code, id) {
      if (!id.endsWith('.yaml')) return null;
      return { code: `export default ${JSON.stringify(parseYaml(code))};`, map: null };
    },
  };
}

/**
 * Terser over the bundler's minified chunks: a second minifier finds what the first left (about
 * 2 KB gzip less on the first visit, whose budget of 85 KB for everything `npm run bench`
 * measures; terser alone, instead of the bundler's minifier, saves a fifth of that).
 */
function terserAfterBundle(): Plugin {
  return {
    name: 'terser-after-bundle',
    // Not when a build asks for readable code (tests/bench/profile.ts: `minify: false`), whose
    // profiles name the app's functions.
    apply: (config, { command }) => command === 'build' && config.build?.minify !== false,
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, {
          module: true,
          ecma: 2020,
          compress: { passes: 2 },
        });
        if (result.code) chunk.code = result.code;
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative asset paths, so the built app works from any sub-path of a teaching site.
  base: './',
  // d3-scale's tickFormat is never used; its d3-format would cost 2 KB of the first visit. No
  // transition is ever handed to d3-zoom or d3-brush (zoomAnimation.ts animates): d3-transition,
  // with d3-timer and d3-ease, would cost 4 KB. No colour is ever interpolated: d3-color, which
  // d3-interpolate imports for that, would cost 4 KB.
  resolve: {
    alias: {
      'd3-color': fileURLToPath(new URL('src/d3ColorUnused.ts', import.meta.url)),
      'd3-format': fileURLToPath(new URL('src/d3FormatUnused.ts', import.meta.url)),
      'd3-transition': fileURLToPath(new URL('src/d3TransitionUnused.ts', import.meta.url)),
    },
  },
  plugins:
    mode === 'offline' ? [svelte(), yamlData()] : [svelte(), yamlData(), terserAfterBundle()],
  build:
    mode === 'offline'
      ? {
          // One script and one stylesheet, for src/offline/bundleOffline.ts to inline into a single
          // HTML file that works from disk (file://) or uploaded to a learning platform.
          target: 'es2022',
          outDir: 'dist/.offline',
          emptyOutDir: true,
          cssCodeSplit: false,
          modulePreload: false,
          rollupOptions: { output: { codeSplitting: false } },
        }
      : {
          target: 'es2022',
          // Every browser this app supports preloads modules itself: no polyfill in the first visit.
          modulePreload: { polyfill: false },
          // Keep the JSON data out of the bundle: the app fetches it, so a page can name another file.
          assetsInlineLimit: 0,
          // terserAfterBundle takes seconds by design: no notice that plugins are slow.
          rollupOptions: { checks: { pluginTimings: false } },
        },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  test: {
    // Generous: these machines are shared, and a slow run must not read as a failure.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
}));
