import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Two builds into one `dist/` (Firebase Hosting's public folder):
// - `client`: the pages — the staff dashboard at `/` (React; every route but the inbox is its own
//   chunk) and the customer chat page at `/chat/` — as hashed assets with shared chunks;
// - `widget`: one self-contained classic script, `/widget.js`, that other sites embed with a
//   <script> tag. It cannot load ES module chunks from our origin, so it is a library build (IIFE)
//   with a stable file name.
// `builder` makes a plain `vite build` run both; programmatic builds use createBuilder().buildApp().
export default defineConfig({
  root,
  appType: 'mpa',
  plugins: [react()],
  resolve: {
    // The dashboard imports the business model's schemas from functions/src (one definition for
    // the profile file, the forms and the callables); those files must use the dashboard's zod.
    dedupe: ['zod'],
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
  },
  environments: {
    client: {
      build: {
        emptyOutDir: true,
        // dist/.vite/manifest.json: which chunks each page loads first (scripts/bundle-budget.mjs).
        manifest: true,
        // Every browser the pages target supports <link rel=modulepreload>; skip the polyfill script.
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: {
            dashboard: fromRoot('./index.html'),
            chat: fromRoot('./chat/index.html'),
          },
        },
      },
    },
    widget: {
      consumer: 'client',
      build: {
        emptyOutDir: false,
        copyPublicDir: false,
        lib: {
          entry: fromRoot('./src/pages/widget.ts'),
          name: 'FrontdeskWidget',
          formats: ['iife'],
          fileName: () => 'widget.js',
        },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      const { client, widget } = builder.environments;
      if (!client || !widget) throw new Error('vite.config.ts: the client and widget environments must both exist');
      // In order: the client build empties dist/, the widget build adds widget.js beside it.
      await builder.build(client);
      await builder.build(widget);
    },
  },
  server: {
    // `npm run dev` next to `firebase emulators:start`: the Hosting emulator serves /api/** from functions.
    proxy: { '/api': 'http://127.0.0.1:5000' },
    // The dashboard imports shared code from ../functions/src.
    fs: { allow: [fromRoot('..')] },
  },
});
