import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { buildServer, contentSecurityPolicy } from "../build-server";
import { InspectSession } from "../session";
import { tempDir, testHeader } from "./fixtures";

// A web root as the web build leaves it: a hashed chunk with its .br and .gz twins, and index.html with its own.
const TOKEN = "static-token-1";
const SCRIPT = `export const hello = ${JSON.stringify("mcp-inspect ".repeat(400))};\n`;
const PAGE = `<!doctype html><title>mcp-inspect</title><script type="module" src="./assets/index-AbC123.js"></script>${" ".repeat(2000)}`;
let app: FastifyInstance;
let host: string;

beforeAll(async () => {
  const webRoot = join(tempDir(), "web");
  mkdirSync(join(webRoot, "assets"), { recursive: true });
  for (const [file, text] of [["index.html", PAGE], ["assets/index-AbC123.js", SCRIPT]] as const) {
    writeFileSync(join(webRoot, file), text);
    writeFileSync(join(webRoot, `${file}.br`), brotliCompressSync(text));
    writeFileSync(join(webRoot, `${file}.gz`), gzipSync(text));
  }
  app = await buildServer({ session: new InspectSession({ header: testHeader() }), token: TOKEN, webRoot, appSandbox: false });
  await app.listen({ host: "127.0.0.1", port: 0 });
  host = `127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers: { host, ...headers } });

describe("the web UI's static files", () => {
  it("serves a hashed asset as brotli when the browser accepts it, cached for a year", async () => {
    const res = await get("/assets/index-AbC123.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["vary"]).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
  });

  it("serves gzip to a browser without brotli", async () => {
    const res = await get("/assets/index-AbC123.js", { "accept-encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("serves the file itself when no encoding is accepted", async () => {
    const res = await get("/assets/index-AbC123.js");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body).toBe(SCRIPT);
  });

  it("revalidates the page on every load (it names the current hashes), compressed too, with the CSP", async () => {
    for (const url of ["/", "/index.html"]) {
      const res = await get(url, { "accept-encoding": "br" });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-encoding"]).toBe("br");
      expect(res.headers["content-type"]).toMatch(/text\/html/);
      expect(res.headers["cache-control"]).toBe("no-cache");
      expect(res.headers["content-security-policy"]).toBe(contentSecurityPolicy(undefined));
      expect(res.headers["x-frame-options"]).toBe("DENY");
    }
  });

  it("needs no token for the page, but the API still refuses a request without one", async () => {
    expect((await get("/")).statusCode).toBe(200);
    const api = await get("/api/info", { "accept-encoding": "br" });
    expect(api.statusCode).toBe(401);
    expect(api.json().error.code).toBe("MCPI_MISSING_TOKEN");
    expect((await get("/api/info", { authorization: `Bearer ${TOKEN}` })).statusCode).toBe(200);
  });

  it("still refuses a foreign Host for the static files", async () => {
    const res = await app.inject({ method: "GET", url: "/assets/index-AbC123.js", headers: { host: "evil.example:80", "accept-encoding": "br" } });
    expect(res.statusCode).toBe(403);
  });
});
