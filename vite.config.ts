import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { parse as parseYaml } from 'yaml';
import type { Plugin } from 'vite';

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

export default defineConfig(({ mode }) => ({
  // Relative asset paths, so the built app works from any sub-path of a teaching site.
  base: './',
  plugins: [svelte(), yamlData()],
  build:
    mode === 'offline'
      ? {
          // One script and one stylesheet, for src/build/bundleOffline.ts to inline into a single
          // HTML file that works from disk (file://) or uploaded to a learning platform.
          target: 'es2022',
          outDir: 'dist/.offline',
          emptyOutDir: true,
          cssCodeSplit: false,
          modulePreload: false,
          rollupOptions: { output: { inlineDynamicImports: true } },
        }
      : {
          target: 'es2022',
          // Keep the JSON data out of the bundle: the app fetches it, so a page can name another file.
          assetsInlineLimit: 0,
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
