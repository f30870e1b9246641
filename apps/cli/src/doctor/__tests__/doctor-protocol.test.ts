// `mcp-inspect doctor` on the v2 client, driven as a user runs it: it reports the revision and era it negotiated,
// 2026-07-28 by default against the dual-era server (stdio and Streamable HTTP), the pinned one with --protocol, and
// the server's own revision against older servers; a pinned revision the server does not offer is a clear failure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUAL_ERA_SERVER, GUIDE_SERVER_2024, LEGACY_DEMO_SERVER, RUN_TIMEOUT_MS, mcpInspect, requireBuild, startDualEraHttp, type Run } from "../../target/__tests__/cli-process";

interface Report {
  initialized: boolean;
  exitCode: number;
  server?: { name: string; protocolVersion: string; era: string };
  steps: { name: string; ok: boolean; detail: string }[];
  findings: { rule: string; severity: string; message: string }[];
}
const report = (run: Run) => JSON.parse(run.stdout) as Report;

let http: Awaited<ReturnType<typeof startDualEraHttp>>;
beforeAll(async () => {
  requireBuild();
  http = await startDualEraHttp();
}, RUN_TIMEOUT_MS);
afterAll(() => http?.stop());

describe("mcp-inspect doctor --protocol", { timeout: 2 * RUN_TIMEOUT_MS }, () => {
  it("over stdio: --json reports 2026-07-28 by default and 2025-11-25 with --protocol 2025-11-25", async () => {
    const [auto, pinned] = await Promise.all([
      mcpInspect("doctor", "--json", "--", process.execPath, DUAL_ERA_SERVER),
      mcpInspect("doctor", "--json", "--protocol", "2025-11-25", "--", process.execPath, DUAL_ERA_SERVER),
    ]);
    expect(report(auto)).toMatchObject({ initialized: true, server: { name: "mcp-inspect-demo-v2", protocolVersion: "2026-07-28", era: "modern" } });
    expect(report(auto).steps[0]).toMatchObject({ name: "server/discover", ok: true });
    expect(report(pinned)).toMatchObject({ initialized: true, server: { protocolVersion: "2025-11-25", era: "legacy" } });
    expect(report(pinned).steps[0]).toMatchObject({ name: "initialize", ok: true });
    for (const run of [auto, pinned]) expect(run.code, run.stdout).toBe(0);
  });

  it("over Streamable HTTP: --json reports 2026-07-28 by default and 2025-11-25 with --protocol 2025-11-25", async () => {
    const [auto, pinned] = await Promise.all([
      mcpInspect("doctor", "--json", "--url", http.url),
      mcpInspect("doctor", "--json", "--protocol", "2025-11-25", "--url", http.url),
    ]);
    expect(report(auto)).toMatchObject({ initialized: true, server: { protocolVersion: "2026-07-28", era: "modern" } });
    expect(report(pinned)).toMatchObject({ initialized: true, server: { protocolVersion: "2025-11-25", era: "legacy" } });
    for (const run of [auto, pinned]) expect(run.code, run.stdout).toBe(0);
  });

  it("the report names the era and the revision", async () => {
    const run = await mcpInspect("doctor", "--", process.execPath, DUAL_ERA_SERVER);
    expect(run.stdout).toMatch(/^server: mcp-inspect dual-era demo server 0\.1\.0 \(protocol 2026-07-28, 2026 era, server\/discover; declares /m);
    expect(run.stdout).toContain("✓ server/discover: mcp-inspect-demo-v2 0.1.0, protocol 2026-07-28");
  });

  it("auto still negotiates an older server's own revision: the guides' 2024-11-05 server and the 1.x demo server", async () => {
    const [guide, demo] = await Promise.all([
      mcpInspect("doctor", "--json", "--", process.execPath, GUIDE_SERVER_2024),
      mcpInspect("doctor", "--json", "--", process.execPath, LEGACY_DEMO_SERVER),
    ]);
    expect(report(guide)).toMatchObject({ initialized: true, exitCode: 0, server: { protocolVersion: "2024-11-05", era: "legacy" } });
    expect(report(demo)).toMatchObject({ initialized: true, server: { protocolVersion: "2025-11-25", era: "legacy" } });
    // The era was learned aside: the recorded session of a 2025-era server holds no probe to judge.
    expect(report(demo).findings.map((f) => f.rule)).not.toContain("timing/never-answered");
  });

  it("--protocol 2026-07-28 against the 1.x demo server: exit 2 and a finding naming what the server offers", async () => {
    const run = await mcpInspect("doctor", "--json", "--protocol", "2026-07-28", "--", process.execPath, LEGACY_DEMO_SERVER);
    expect(run.code).toBe(2);
    const refused = report(run).findings.find((f) => f.rule === "start/protocol-not-offered");
    expect(refused).toMatchObject({ severity: "error" });
    expect(refused!.message).toContain("the server does not offer 2026-07-28; it offers only 2025-11-25");
    // Not misread as a broken start.
    expect(report(run).findings.map((f) => f.rule)).not.toContain("start/no-initialize-answer");
  });

  it("--protocol nonsense is a usage error", async () => {
    const run = await mcpInspect("doctor", "--protocol", "nonsense", "--", process.execPath, DUAL_ERA_SERVER);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--protocol: "nonsense" is not a protocol revision');
  });
});
