import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildServer } from "../build-server";
import { InspectSession } from "../session";
import { tempDir, testHeader } from "./fixtures";

const TOKEN = "test-token-123";
let app: FastifyInstance;
let host: string;

beforeAll(async () => {
  const webRoot = join(tempDir(), "web");
  mkdirSync(webRoot);
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>mcp-inspect</title>");
  app = await buildServer({ session: new InspectSession({ header: testHeader() }), token: TOKEN, webRoot });
  await app.listen({ host: "127.0.0.1", port: 0 });
  host = `127.0.0.1:${(app.server.address() as { port: number }).port}`;
});
afterAll(() => app.close());

const routes = [
  { method: "GET", url: "/api/info" },
  { method: "POST", url: "/api/restart" },
  { method: "GET", url: "/api/relay" },
] as const;

describe("access guard on every API route", () => {
  for (const route of routes) {
    it(`${route.method} ${route.url} refuses a missing token`, async () => {
      const res = await app.inject({ ...route, headers: { host } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe("MCPI_MISSING_TOKEN");
    });

    it(`${route.method} ${route.url} refuses a wrong token, of any length`, async () => {
      for (const wrong of ["x", TOKEN + "x", TOKEN.slice(0, -1) + "4"]) {
        const res = await app.inject({ ...route, headers: { host, authorization: `Bearer ${wrong}` } });
        expect(res.statusCode).toBe(401);
        expect(res.json().error.code).toBe("MCPI_WRONG_TOKEN");
      }
    });

    it(`${route.method} ${route.url} refuses a foreign Origin even with the token`, async () => {
      const res = await app.inject({ ...route, headers: { host, authorization: `Bearer ${TOKEN}`, origin: "http://evil.example" } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("MCPI_FOREIGN_ORIGIN");
    });

    it(`${route.method} ${route.url} refuses a rebinding Host even with the token`, async () => {
      const port = host.split(":")[1];
      const res = await app.inject({ ...route, headers: { host: `evil.example:${port}`, authorization: `Bearer ${TOKEN}` } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe("MCPI_FOREIGN_HOST");
    });
  }

  it("serves /api/info with the token (header or query) and its own Origin", async () => {
    const byHeader = await app.inject({ method: "GET", url: "/api/info", headers: { host, authorization: `Bearer ${TOKEN}`, origin: `http://${host}` } });
    expect(byHeader.statusCode).toBe(200);
    expect(byHeader.json().header.id).toBe("test-session");
    const byQuery = await app.inject({ method: "GET", url: `/api/info?token=${TOKEN}`, headers: { host: host.replace("127.0.0.1", "localhost") } });
    expect(byQuery.statusCode).toBe(200);
  });

  it("serves the static UI without a token, but checks its Host", async () => {
    const ok = await app.inject({ method: "GET", url: "/", headers: { host } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain("mcp-inspect");
    expect(ok.headers["x-frame-options"]).toBe("DENY");
    const rebound = await app.inject({ method: "GET", url: "/", headers: { host: "attacker.example" } });
    expect(rebound.statusCode).toBe(403);
  });

  it("does not let a different port on loopback in", async () => {
    const res = await app.inject({ method: "GET", url: "/api/info", headers: { host: "127.0.0.1:1", authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(403);
  });
});
