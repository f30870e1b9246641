// `mcp-inspect conformance --protocol`: the preflight opens the connection as asked and says why it cannot; the suite
// itself cannot be told a revision (its server scenarios open with initialize), so 2026-07-28 is refused up front.
import { beforeAll, describe, expect, it } from "vitest";
import { GUIDE_SERVER_2024, RUN_TIMEOUT_MS, mcpInspect, requireBuild } from "../../target/__tests__/cli-process";

beforeAll(requireBuild);

describe("mcp-inspect conformance --protocol", { timeout: 2 * RUN_TIMEOUT_MS }, () => {
  it("a 2025-era revision the server does not offer stops at the preflight, naming what it offers", async () => {
    const run = await mcpInspect("conformance", "--protocol", "2025-11-25", "--", process.execPath, GUIDE_SERVER_2024);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the server could not be initialized: --protocol 2025-11-25: the server does not offer 2025-11-25; it offers only 2024-11-05");
  });

  it("2026-07-28 is a usage error: the pinned suite tests the 2025 era only", async () => {
    const run = await mcpInspect("conformance", "--protocol", "2026-07-28", "--", process.execPath, GUIDE_SERVER_2024);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("tests servers in the 2025 era only");
  });
});
