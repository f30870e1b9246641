import type { Fixture } from "@mcp-inspect/core/fixture";
import { describe, expect, it } from "vitest";
import { expectReplay } from "../index";

const fixture: Fixture = {
  format: "mcp-inspect-fixture",
  version: 1,
  initialize: { params: { protocolVersion: "2025-06-18", capabilities: {} }, response: { result: { protocolVersion: "2025-06-18", capabilities: {}, serverInfo: { name: "s", version: "1" } } } },
  exchanges: [],
  serverRequests: [],
} as unknown as Fixture;

describe("expectReplay", () => {
  it("shows the server's stderr when the server fails to start, as `replay` does", async () => {
    const crash = { command: process.execPath, args: ["-e", "console.error('Error: API_KEY is not set'); process.exit(3)"] };
    const failure = await expectReplay(fixture, crash, { timeoutMs: 10_000 }).then(() => undefined, (error: Error) => error);
    expect(failure?.name).toBe("ReplayStartError");
    expect(failure?.message).toContain("stderr (last lines):\n  Error: API_KEY is not set");
  });
});
