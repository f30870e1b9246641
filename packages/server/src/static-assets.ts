import { sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Hashed build output: a name never changes content, so a browser may keep it for a year without asking. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html names the current hashes: always revalidated (cheap, by ETag), so a new build is picked up at once. */
export const REVALIDATE = "no-cache";

/**
 * Serves the built web UI (`webRoot`, Vite's output): files under `assets/` are content-hashed and cached for
 * good, everything else (index.html) is revalidated on every load. The web build writes `.br` and `.gz` beside
 * each text file (apps/web/scripts/precompress-plugin.ts), and the one the browser accepts is sent as is: no
 * compression work per request, and brotli at its best level, which would be too slow to do on the fly.
 * Registered in the root context, so the access guard's Host/Origin check applies and the token check does
 * not: the page holds no data and reads the token from its URL fragment (see access-guard.ts).
 */
export async function registerStaticAssets(app: FastifyInstance, webRoot: string): Promise<void> {
  const assetsFolder = `${sep}assets${sep}`;
  await app.register(fastifyStatic, {
    root: webRoot,
    // An array: with preCompressed, @fastify/static finds "/"'s compressed index only from a list (9.3.0).
    index: ["index.html"],
    preCompressed: true,
    cacheControl: false,
    setHeaders(res, path) {
      res.setHeader("Cache-Control", path.includes(assetsFolder) ? IMMUTABLE : REVALIDATE);
      // The body depends on Accept-Encoding: a shared cache must not give a gzip-less client the brotli copy.
      res.setHeader("Vary", "Accept-Encoding");
    },
  });
}
