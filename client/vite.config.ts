import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The Nest server (port 3000) serves client/dist at `/` with an SPA fallback; in development
// Vite serves the client and forwards the API to it (`/dev/` is the development outbox,
// `/api/` takes uploads, `/media/` serves uploaded images, `/admin/` the audit log's CSV and
// `/open-data/` the open datasets; the page `/open-data` itself, without the slash, is the
// client's).
const api = 'http://localhost:3000';
const proxy = {
  // Subscriptions share the path over a WebSocket.
  '/graphql': { target: api, ws: true },
  '/health': api,
  '/dev/': api,
  '/api/': api,
  '/media/': api,
  '/admin/': api,
  '/open-data/': api,
};

export default defineConfig({
  plugins: [react()],
  base: '/',
  server: {
    port: 5173,
    strictPort: true,
    proxy,
  },
  preview: {
    port: 4173,
    proxy,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
