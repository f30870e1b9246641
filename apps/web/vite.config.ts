import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./scripts/precompress-plugin";
import { preloadFirstScreen } from "./scripts/preload-first-screen-plugin";

// The built UI is served by the mcp-inspect backend at any path, so assets use relative URLs.
// `npm run dev` proxies the API (HTTP and the relay WebSocket) to a backend on its default port
// (`mcp-inspect --no-open --port 6277`). The backend only accepts its own Host and Origin (DNS
// rebinding protection), so the proxy presents both as the backend's.
const BACKEND = "http://127.0.0.1:6277";

export default defineConfig({
  base: "./",
  plugins: [
    react(),
    // Lazy so that the first chunk stays small, but on the first screen: fetched beside it, not after it.
    preloadFirstScreen(["src/client/create-inspector-client.ts", "src/features/tools/ToolsPanel.tsx", "src/features/log/LogPanel.tsx"]),
    precompress(),
  ],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Chunks loaded on demand (forms, Markdown) may be big; the first chunk has a budget of its own, 400 KB,
    // checked after every build by scripts/bundle-budget.test.mjs.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      "/api": { target: BACKEND, ws: true, changeOrigin: true, headers: { origin: BACKEND } },
    },
  },
});
