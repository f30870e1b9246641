// MCP Apps' sandbox origin: a second loopback listener that serves only the proxy page, guarded like the inspector.
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { cspProblems } from "@mcp-inspect/core/checks";
import { appSandboxPolicy, validSources } from "../app-sandbox-csp";
import { buildServer } from "../build-server";
import { InspectSession } from "../session";
import { testHeader } from "./fixtures";

const TOKEN = "inspector-token";
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function started() {
  app = await buildServer({ session: new InspectSession({ header: testHeader() }), token: TOKEN });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const info = await fetch(`${origin}/api/info`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((r) => r.json() as Promise<{ appSandboxUrl?: string }>);
  return { origin, sandboxUrl: new URL(info.appSandboxUrl!) };
}

/** A GET with a Host header of our choosing (fetch does not allow setting it). */
function get(url: URL, host = url.host): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the MCP Apps sandbox origin", () => {
  it("is another port than the inspector's, named by /api/info with a token of its own", async () => {
    const { origin, sandboxUrl } = await started();
    expect(sandboxUrl.origin).not.toBe(origin);
    expect(sandboxUrl.hostname).toBe("127.0.0.1");
    expect(sandboxUrl.searchParams.get("t")).toMatch(/^[\w-]{20,}$/);
    expect(sandboxUrl.searchParams.get("t")).not.toBe(TOKEN);
    // The inspector's own page may frame that origin, and nothing else.
    const page = await fetch(`${origin}/api/info`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(page.headers.get("content-security-policy")).toContain(`frame-src ${sandboxUrl.origin}`);
  });

  it("serves the proxy page only with its token, for the inspector's origin, under the inspector's Host names", async () => {
    const { origin, sandboxUrl } = await started();
    const page = new URL(sandboxUrl);
    page.searchParams.set("host", origin);
    page.searchParams.set("csp", JSON.stringify({ connectDomains: ["https://api.example.com"], resourceDomains: ["https://cdn.example.com"] }));
    const ok = await get(page);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain(`data-host="${origin}"`);
    const policy = String(ok.headers["content-security-policy"]);
    expect(policy).toContain("connect-src https://api.example.com");
    expect(policy).toContain("img-src 'self' data: blob: https://cdn.example.com");
    expect(policy).toContain(`frame-ancestors ${origin}`);

    const noToken = new URL(page);
    noToken.searchParams.delete("t");
    expect((await get(noToken)).status).toBe(401);
    const wrongToken = new URL(page);
    wrongToken.searchParams.set("t", TOKEN);
    expect((await get(wrongToken)).status).toBe(401);
    const foreignHost = new URL(page);
    foreignHost.searchParams.set("host", "http://evil.example");
    expect((await get(foreignHost)).status).toBe(403);
    expect((await get(page, `evil.example:${page.port}`)).status).toBe(403);
    expect((await get(new URL("/api/info", page))).status).toBe(404);
    expect((await get(new URL("/sandbox.js", page))).status).toBe(200);
  });

  it("stops with the inspector", async () => {
    const { sandboxUrl } = await started();
    await app!.close();
    app = undefined;
    await expect(get(new URL("/sandbox.js", sandboxUrl))).rejects.toThrow();
  });
});

describe("the app's content security policy", () => {
  it("takes only origins from the declared domains: nothing can be spliced into the policy", () => {
    expect(validSources(["https://a.example", "https://*.b.example", "wss://c.example:8443", "https://d.example; script-src *", "'unsafe-inline'", "*", "https://e.example/path", 7])).toEqual([
      "https://a.example",
      "https://*.b.example",
      "wss://c.example:8443",
    ]);
    const policy = appSandboxPolicy({ connectDomains: ["https://x.example; default-src *"] }, ["http://127.0.0.1:1"]);
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain("default-src *");
  });

  it("keeps exactly the entries the apps/csp check accepts, so a finding names every entry the sandbox drops", () => {
    const samples = ["https://a.example", "https://*.b.example", "wss://c.example:8443", "https://d.example/", "http://[::1]:3000", "https://e.example:*", "https://e.example/path", "ftp://f.example", "*", "'self'", 7];
    const accepted = samples.filter((_, i) => !cspProblems({ ui: { csp: { connectDomains: samples } } }, "").some((p) => p.path.endsWith(`/${i}`)));
    expect(validSources(samples)).toEqual(accepted);
    expect(accepted).toHaveLength(6);
  });

  it("lets nothing out by default: no connections, frames or base URL, inline scripts allowed (apps are one HTML file)", () => {
    const directives = Object.fromEntries(appSandboxPolicy({}, ["http://127.0.0.1:1"]).split("; ").map((d) => [d.split(" ")[0], d.slice(d.indexOf(" ") + 1)]));
    expect(directives).toMatchObject({ "default-src": "'none'", "connect-src": "'none'", "frame-src": "'none'", "base-uri": "'none'", "object-src": "'none'" });
    expect(directives["script-src"]).toContain("'unsafe-inline'");
  });
});
