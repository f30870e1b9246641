import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildServer } from "../build-server";

describe("Content-Security-Policy of the UI", () => {
  it("allows only the UI's own scripts and connections, no framing, no plugins, no base URL", async () => {
    const webRoot = mkdtempSync(join(tmpdir(), "mcp-inspect-web-"));
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>ui</title>");
    const app = await buildServer({ token: "t", webRoot });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const host = `127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const response = await app.inject({ method: "GET", url: "/", headers: { host } });
    expect(response.statusCode).toBe(200);
    const policy = Object.fromEntries(String(response.headers["content-security-policy"]).split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(policy).toMatchObject({
      "default-src": "'self'",
      "script-src": "'self' 'unsafe-eval'",
      "connect-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'none'",
      "frame-ancestors": "'none'",
    });
    // Remote images only when a person asks (https:), never scripts or connections elsewhere.
    expect(policy["img-src"]).toBe("'self' data: blob: https:");
    // Ajv needs eval to compile schemas; inline scripts (what injected markup would be) stay forbidden.
    expect(policy["script-src"]).not.toContain("unsafe-inline");
    await app.close();
  });
});
