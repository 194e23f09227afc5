import { defineConfig } from 'vite';

// The build writes into the API project's wwwroot (not committed), which the API serves at `/`.
// The API's MSBuild target sets EXPLORER_OUT_DIR; `npm run dev` proxies the API calls to a running API.
const api = process.env.KG_API_URL ?? 'http://localhost:5080';

export default defineConfig({
  base: './',
  build: {
    outDir: process.env.EXPLORER_OUT_DIR ?? '../KnowledgeGraph.Api/wwwroot',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: {
    proxy: {
      '/api': api,
      '/openapi': api,
      '/health': api,
      '/swagger': api,
    },
  },
});
