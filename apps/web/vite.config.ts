import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The staff console and the public portal (architecture.md "Interfaces"): built into dist/web, which
// the server serves at `/` and `/portal` with SPA fallbacks. In development `/api` goes to the server on port 3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, '../../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Two pages: the staff console (index.html, served at `/`) and the public portal (portal.html,
      // served at `/portal`, issue 5) — each its own bundle, sharing only the library chunks.
      input: { index: path.resolve(import.meta.dirname, 'index.html'), portal: path.resolve(import.meta.dirname, 'portal.html') },
      // The label tables come from the domain (through @zhixing/contracts/labels), whose index also
      // exports the rules. The domain does no I/O (architecture.md), so a module of it whose exports
      // are unused is dropped whole, its top-level tables (the holiday calendar) with it.
      treeshake: { moduleSideEffects: [{ test: /[\\/]packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }] },
      output: {
        // antd and its rc-components change far less often than our code: cache them apart.
        codeSplitting: {
          groups: [
            // React first: antd imports react-dom, and a group takes its dependencies along.
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|dayjs)[\\/]/, priority: 20 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
