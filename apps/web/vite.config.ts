import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The built UI is served by the mcp-inspect backend at any path, so assets use relative URLs.
// `npm run dev` proxies the API (HTTP and the relay WebSocket) to a backend on its default port
// (`mcp-inspect --no-open --port 6277`). The backend only accepts its own Host and Origin (DNS
// rebinding protection), so the proxy presents both as the backend's.
const BACKEND = "http://127.0.0.1:6277";

export default defineConfig({
  base: "./",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      "/api": { target: BACKEND, ws: true, changeOrigin: true, headers: { origin: BACKEND } },
    },
  },
});
