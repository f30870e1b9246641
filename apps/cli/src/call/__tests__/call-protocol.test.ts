// `mcp-inspect call` on the v2 client, driven as a user runs it: both eras of the dual-era server over stdio and
// Streamable HTTP print the same JSON; older servers still answer; --protocol pins a revision or says why it cannot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUAL_ERA_SERVER, GUIDE_SERVER_2024, LEGACY_DEMO_SERVER, RUN_TIMEOUT_MS, mcpInspect, requireBuild, startDualEraHttp } from "../../target/__tests__/cli-process";

const ADD = ["tools/call", "--name", "add", "--args-json", '{"a":2,"b":3}'];
/** What `call` printed for `add` before the v2 client, in the 2025 era: the shape scripts rely on. */
const SUM = { content: [{ type: "text", text: "5" }], structuredContent: { sum: 5 } };
/** The era the server says it was called in (its protocol_info tool reports the _meta envelope it received). */
const ERA = ["tools/call", "--name", "protocol_info"];
const eraOf = (stdout: string) => (JSON.parse(stdout) as { structuredContent: { era: string; envelope: Record<string, unknown> } }).structuredContent;

let http: Awaited<ReturnType<typeof startDualEraHttp>>;
beforeAll(async () => {
  requireBuild();
  http = await startDualEraHttp();
}, RUN_TIMEOUT_MS);
afterAll(() => http?.stop());

describe("mcp-inspect call --protocol", { timeout: 2 * RUN_TIMEOUT_MS }, () => {
  it("calls add on the dual-era server over stdio in 2026-07-28 (auto) and 2025-11-25, printing the same JSON", async () => {
    const [modern, legacy, modernEra, legacyEra] = await Promise.all([
      mcpInspect("call", ...ADD, "--", process.execPath, DUAL_ERA_SERVER),
      mcpInspect("call", ...ADD, "--protocol", "2025-11-25", "--", process.execPath, DUAL_ERA_SERVER),
      mcpInspect("call", ...ERA, "--", process.execPath, DUAL_ERA_SERVER),
      mcpInspect("call", ...ERA, "--protocol", "2025-11-25", "--", process.execPath, DUAL_ERA_SERVER),
    ]);
    expect(eraOf(modernEra.stdout)).toMatchObject({ era: "modern", envelope: { "io.modelcontextprotocol/protocolVersion": "2026-07-28" } });
    expect(eraOf(legacyEra.stdout)).toEqual({ era: "legacy", envelope: {} });
    expect(modern.code, modern.stderr).toBe(0);
    expect(legacy.code, legacy.stderr).toBe(0);
    expect(JSON.parse(modern.stdout)).toEqual(SUM);
    expect(JSON.parse(legacy.stdout)).toEqual(SUM);
  });

  it("calls add on the dual-era server over Streamable HTTP in both eras, printing the same JSON", async () => {
    const [auto, pinned, legacy] = await Promise.all([
      mcpInspect("call", ...ADD, "--url", http.url),
      mcpInspect("call", ...ADD, "--protocol", "2026-07-28", "--url", http.url),
      mcpInspect("call", ...ADD, "--protocol", "2025-11-25", "--url", http.url),
    ]);
    for (const run of [auto, pinned, legacy]) {
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(SUM);
    }
    const [autoEra, legacyEra] = await Promise.all([mcpInspect("call", ...ERA, "--url", http.url), mcpInspect("call", ...ERA, "--protocol", "2025-11-25", "--url", http.url)]);
    expect(eraOf(autoEra.stdout).era).toBe("modern");
    expect(eraOf(legacyEra.stdout).era).toBe("legacy");
  });

  it("still calls servers of the 2025 era with auto: the 1.x demo server and the guides' 2024-11-05 server", async () => {
    const [demo, guide] = await Promise.all([
      mcpInspect("call", ...ADD, "--", process.execPath, LEGACY_DEMO_SERVER),
      mcpInspect("call", ...ADD, "--", process.execPath, GUIDE_SERVER_2024),
    ]);
    expect(demo.code, demo.stderr).toBe(0);
    expect(JSON.parse(demo.stdout)).toEqual(SUM);
    expect(guide.code, guide.stderr).toBe(0);
    expect(JSON.parse(guide.stdout).content[0].text).toBe("2 + 3 = 5");
  });

  it("a server that exits on server/discover (as some SDKs do before initialize) is started again and answers", async () => {
    // Answers initialize and tools/call; any other request before initialize kills it.
    const strict = `
      let ready = false;
      require("node:readline").createInterface({ input: process.stdin }).on("line", (line) => {
        const m = JSON.parse(line);
        const answer = (result) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", id: m.id, result }) + "\\n");
        if (m.method === "initialize") { ready = true; return answer({ protocolVersion: "2025-06-18", capabilities: { tools: {} }, serverInfo: { name: "strict", version: "1.0.0" } }); }
        if (!ready) process.exit(1);
        if (m.id !== undefined) answer({ content: [{ type: "text", text: "still here" }] });
      });`;
    const run = await mcpInspect("call", ...ADD, "--", process.execPath, "-e", strict);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).content[0].text).toBe("still here");
  });

  it("a pinned revision the server does not offer: exit 2 and one line naming what it offers", async () => {
    const [modernPin, legacyPin] = await Promise.all([
      mcpInspect("call", ...ADD, "--protocol", "2026-07-28", "--", process.execPath, LEGACY_DEMO_SERVER),
      mcpInspect("call", ...ADD, "--protocol", "2025-11-25", "--", process.execPath, GUIDE_SERVER_2024),
    ]);
    expect(modernPin.code).toBe(2);
    expect(modernPin.stdout).toBe("");
    expect(modernPin.stderr.trim().split("\n")).toHaveLength(1);
    expect(modernPin.stderr).toContain("the server does not offer 2026-07-28; it offers only 2025-11-25 (through initialize; nothing of the 2026-07-28 era)");
    expect(legacyPin.code).toBe(2);
    expect(legacyPin.stderr).toContain("the server does not offer 2025-11-25; it offers only 2024-11-05");
  });

  it("--protocol nonsense is a usage error that names the accepted values", async () => {
    const run = await mcpInspect("call", "tools/list", "--protocol", "nonsense", "--", process.execPath, DUAL_ERA_SERVER);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--protocol: "nonsense" is not a protocol revision; use auto or one of 2024-11-05, 2025-03-26, 2025-06-18, 2025-11-25, 2026-07-28');
  });
});
