import { describe, expect, it } from "vitest";
import { SessionFileError, parseSessionFile, serializeSessionLine, type SessionHeader } from "../session-file";
import type { Frame } from "../frame";

const header: SessionHeader = {
  format: "mcp-inspect-session",
  version: 1,
  id: "abc",
  target: { type: "stdio", command: "node", args: ["server.js"], cwd: "/tmp", envKeys: ["API_KEY"] },
  inspector: { name: "mcp-inspect", version: "0.1.0" },
  startedAt: "2026-11-22T00:00:00.000Z",
};
const frames: Frame[] = [
  { seq: 1, t: 0, kind: "process", event: "spawn", pid: 42, command: "node", args: ["server.js"], cwd: "/tmp" },
  { seq: 2, t: 1.5, kind: "message", dir: "client->server", msg: { jsonrpc: "2.0", id: 0, method: "initialize" } },
  { seq: 3, t: 2, kind: "stderr", text: "hello" },
];

describe("session file", () => {
  it("round-trips a header and frames, one JSON line each", () => {
    const text = [header, ...frames].map(serializeSessionLine).join("");
    expect(text.split("\n")).toHaveLength(5);
    expect(parseSessionFile(text)).toEqual({ header, frames, warnings: [] });
  });

  it("skips a truncated last line with a warning", () => {
    const text = [header, ...frames].map(serializeSessionLine).join("") + '{"seq":4,"t":3,"kind":"mess';
    const parsed = parseSessionFile(text);
    expect(parsed.frames).toEqual(frames);
    expect(parsed.warnings).toEqual([expect.stringMatching(/^line 5 skipped \(truncated last line\)/)]);
  });

  it("keeps fields it does not know", () => {
    const text = serializeSessionLine(header) + JSON.stringify({ ...frames[2], future: true }) + "\n";
    expect(parseSessionFile(text).frames[0]).toMatchObject({ future: true });
  });

  it("refuses files that are not sessions, saying why", () => {
    expect(() => parseSessionFile("")).toThrow(new SessionFileError("not a session file: it is empty"));
    expect(() => parseSessionFile("hello\n")).toThrow(/line 1 is not JSON/);
    expect(() => parseSessionFile('{"format":"other"}\n')).toThrow(/no "format": "mcp-inspect-session"/);
    expect(() => parseSessionFile(JSON.stringify({ ...header, version: 99 }))).toThrow(/upgrade mcp-inspect/);
  });
});
