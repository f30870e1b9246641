import { describe, expect, it } from "vitest";
import { eraOf, parseProtocolMode, SessionFileError } from "../index";
import { validateSessionHeader } from "../session-header";

const header = { format: "mcp-inspect-session", version: 1, target: { type: "stdio", command: "node", args: [], cwd: ".", envKeys: [] } };

describe("protocol mode", () => {
  it("accepts auto and every revision, and names them when the value is wrong", () => {
    expect(parseProtocolMode("auto")).toBe("auto");
    expect(parseProtocolMode("2024-11-05")).toBe("2024-11-05");
    expect(() => parseProtocolMode("2026-01-01")).toThrow(/"2026-01-01" is not a protocol revision; use auto or one of 2024-11-05, .*2026-07-28/);
  });

  it("tells the eras apart", () => {
    expect(eraOf("2026-07-28")).toBe("modern");
    expect(eraOf("2025-11-25")).toBe("legacy");
    expect(eraOf("2024-11-05")).toBe("legacy");
  });

  it("a session header keeps its protocol and rejects one that is not a revision", () => {
    expect(validateSessionHeader({ ...header, protocol: "2025-11-25" }).protocol).toBe("2025-11-25");
    expect(validateSessionHeader(header).protocol).toBeUndefined();
    expect(() => validateSessionHeader({ ...header, protocol: "latest" })).toThrow(SessionFileError);
    expect(() => validateSessionHeader({ ...header, protocol: "latest" })).toThrow(/field "protocol" is not auto or a protocol revision/);
  });
});
