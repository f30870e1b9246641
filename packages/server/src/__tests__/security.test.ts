import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildServer } from "../build-server";
import { InspectSession } from "../session";
import { tempDir, testHeader } from "./fixtures";

const TOKEN = "security-token-0123456789";
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

/**
 * Every registered route, read from Fastify's own route tree, so a route added later is checked
 * without anyone remembering to list it here.
 */
function registeredRoutes(tree: string): { method: string; url: string }[] {
  const routes: { method: string; url: string }[] = [];
  const stack: string[] = [];
  for (const line of tree.split("\n")) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    const path = (stack[depth - 1] ?? "") + match[2]!;
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of match[3]?.split(", ") ?? []) if (method !== "HEAD") routes.push({ method, url: path });
  }
  return routes;
}

/** A concrete URL for a route pattern: parameters get a value their schema accepts. */
const concrete = (url: string) => url.replace(/:(\w+)/g, "sample.jsonl");

describe("route enumeration", () => {
  it("finds every API route, the new ones included", () => {
    const urls = registeredRoutes(app.printRoutes({ commonPrefix: false })).map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(expect.arrayContaining(["GET /api/info", "POST /api/restart", "GET /api/relay", "GET /api/sessions", "GET /api/sessions/:id", "POST /api/export"]));
    // Only the static UI lives outside /api, and it holds no data.
    expect(urls.filter((u) => !u.includes(" /api/")).every((u) => u.includes("*"))).toBe(true);
  });
});

describe("every API route refuses", () => {
  const routes = () => registeredRoutes(app.printRoutes({ commonPrefix: false })).filter((r) => r.url.startsWith("/api/"));
  const call = (route: { method: string; url: string }, headers: Record<string, string>) =>
    app.inject({ method: route.method as "GET", url: concrete(route.url), headers: { host, ...headers }, ...(route.method === "POST" ? { payload: {} } : {}) });

  it("no token, a wrong token of any length, and a token only in a cookie", async () => {
    const checked = routes();
    expect(checked.length).toBeGreaterThanOrEqual(6);
    for (const route of checked) {
      const none = await call(route, {});
      expect(none.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(none.json().error.code).toBe("MCPI_MISSING_TOKEN");
      for (const wrong of ["x", TOKEN + "x", TOKEN.slice(0, -1) + "8", ""]) {
        const res = await call(route, { authorization: `Bearer ${wrong}` });
        expect(res.statusCode, `${route.method} ${route.url} with "${wrong}"`).toBe(401);
      }
      // No cookie auth: a cookie the browser would attach to a cross-site request carries no power.
      const cookie = await call(route, { cookie: `token=${TOKEN}; mcp-inspect-token=${TOKEN}` });
      expect(cookie.statusCode, `${route.method} ${route.url} with a cookie`).toBe(401);
      const crossSite = await call(route, { cookie: `token=${TOKEN}`, origin: "https://evil.example" });
      expect(crossSite.statusCode).toBe(403);
    }
  });

  it("a foreign Origin or a non-loopback Host, even with the right token", async () => {
    const port = host.split(":")[1];
    for (const route of routes()) {
      for (const origin of ["http://evil.example", "null", `http://localhost.evil.example:${port}`, `http://127.0.0.1:${Number(port) + 1}`]) {
        const res = await call(route, { authorization: `Bearer ${TOKEN}`, origin });
        expect(res.statusCode, `${route.method} ${route.url} from ${origin}`).toBe(403);
        expect(res.json().error.code).toBe("MCPI_FOREIGN_ORIGIN");
      }
      for (const badHost of [`evil.example:${port}`, `192.168.1.2:${port}`, `0.0.0.0:${port}`, "127.0.0.1"]) {
        const res = await app.inject({ method: route.method as "GET", url: concrete(route.url), headers: { host: badHost, authorization: `Bearer ${TOKEN}` } });
        expect(res.statusCode, `${route.method} ${route.url} Host ${badHost}`).toBe(403);
        expect(res.json().error.code).toBe("MCPI_FOREIGN_HOST");
      }
    }
  });

  it("lets the right token through on the same routes (the refusals are not the routes failing)", async () => {
    const relayFree = routes().filter((r) => !r.url.endsWith("/relay"));
    for (const route of relayFree) {
      const res = await call(route, { authorization: `Bearer ${TOKEN}`, origin: `http://${host}` });
      expect([401, 403], `${route.method} ${route.url}`).not.toContain(res.statusCode);
    }
  });
});
