import { defineConfig } from 'vite';

// `vite build viewer` → viewer/dist, served by `newsgraph serve`. `vite viewer` (dev) proxies the
// API to a running `newsgraph serve` on port 5173.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { port: 5174, proxy: { '/api': 'http://127.0.0.1:5173', '/sparql': 'http://127.0.0.1:5173' } },
});
