import { createServer } from "node:http";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runExportSession } from "../export-session-command";
import { checkCollectorUrl } from "../export-session-options";
import { UsageError } from "../../common/usage-error";

let dir: string;
let stdout: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mcpi-export-session-"));
  stdout = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const header = { format: "mcp-inspect-session", version: 1, id: "s-1", startedAt: "2026-12-05T00:00:00.000Z", inspector: { name: "mcp-inspect", version: "0.1.0" }, target: { type: "stdio", command: "node", args: ["server.js"], cwd: ".", envKeys: ["TOKEN"] } };
const frames = [
  { seq: 1, t: 1, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } } },
  { seq: 2, t: 5, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 0, result: { protocolVersion: "2025-06-18", capabilities: {}, serverInfo: { name: "s", version: "1" } } } },
  { seq: 3, t: 6, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "echo", arguments: {} } } },
  { seq: 4, t: 9, kind: "message", dir: "server->client", msg: { jsonrpc: "2.0", id: 1, error: { code: -32602, message: "bad <args>" } } },
];
function sessionFile(): string {
  const file = join(dir, "session.jsonl");
  writeFileSync(file, [header, ...frames].map((line) => JSON.stringify(line)).join("\n") + "\n");
  return file;
}

describe("mcp-inspect export-session", () => {
  it("writes the HTML report to -o and the Mermaid diagram to stdout", async () => {
    const out = join(dir, "report.html");
    expect(await runExportSession(sessionFile(), { format: "html", output: out })).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("bad &lt;args&gt;");
    expect(html).toContain("TOKEN (values not recorded)");
    expect(await runExportSession(sessionFile(), { format: "mermaid" })).toBe(0);
    expect(stdout).toContain("C->>S: tools/call echo [1]");
  });

  it("refuses HAR for a stdio session with a usage error saying HAR needs an HTTP session", async () => {
    await expect(runExportSession(sessionFile(), { format: "har" })).rejects.toThrow(/HAR needs an HTTP session/);
    await expect(runExportSession(sessionFile(), { format: "har" })).rejects.toThrow(UsageError);
  });

  it("POSTs the OTLP/JSON spans to a collector on loopback", async () => {
    const received: { url?: string; type?: string; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += String(chunk)));
      req.on("end", () => {
        received.push({ url: req.url, type: req.headers["content-type"], body });
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      expect(await runExportSession(sessionFile(), { format: "otlp", otlpUrl: `http://127.0.0.1:${port}/v1/traces` })).toBe(0);
    } finally {
      server.close();
    }
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe("/v1/traces");
    expect(received[0]!.type).toBe("application/json");
    const spans = JSON.parse(received[0]!.body).resourceSpans[0].scopeSpans[0].spans;
    expect(spans.map((s: { name: string }) => s.name)).toEqual(["initialize", "tools/call echo"]);
    expect(spans[1].status).toEqual({ code: 2, message: "bad <args>" });
  });

  it("refuses a collector that is not on loopback, and --otlp-url with another format", async () => {
    for (const url of ["http://example.com/v1/traces", "http://10.0.0.1:4318/v1/traces", "http://127.0.0.1.evil.test/v1/traces", "file:///etc/passwd"]) {
      expect(() => checkCollectorUrl(url)).toThrow(UsageError);
    }
    expect(checkCollectorUrl("http://[::1]:4318/v1/traces").port).toBe("4318");
    expect(checkCollectorUrl("http://localhost:4318/v1/traces").hostname).toBe("localhost");
    await expect(runExportSession(sessionFile(), { format: "otlp", otlpUrl: "http://example.com/v1/traces" })).rejects.toThrow(/loopback/);
    await expect(runExportSession(sessionFile(), { format: "html", otlpUrl: "http://127.0.0.1:4318/v1/traces" })).rejects.toThrow(/--format otlp/);
  });
});
