import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionArgument } from "../read-session-argument";
import { UsageError } from "../usage-error";

const dir = mkdtempSync(join(tmpdir(), "mcp-inspect-session-arg-"));
const header = { format: "mcp-inspect-session", version: 1, id: "abc", target: { type: "stdio", command: "node", args: ["s.js"], cwd: "/x", envKeys: [] }, inspector: { name: "mcp-inspect", version: "0" }, startedAt: "2026-01-01T00:00:00.000Z" };

afterEach(() => vi.restoreAllMocks());

describe("readSessionArgument", () => {
  it("returns the session and says on stderr, under the command's name, which lines it skipped", () => {
    const path = join(dir, "cut.jsonl");
    writeFileSync(path, [JSON.stringify(header), JSON.stringify({ seq: 1, t: 0, kind: "stderr", line: "hi" }), '{"seq":2,"t":1,"ki'].join("\n"));
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const { session, text } = readSessionArgument(path, "export");
    expect(session.frames).toHaveLength(1);
    expect(text).toContain('"line":"hi"');
    expect(stderr.mock.calls.map(([chunk]) => String(chunk)).join("")).toMatch(new RegExp(`^mcp-inspect export: ${path}: line 3 skipped \\(truncated last line\\)`));
  });

  it("refuses a missing file, a folder and a file that is not a session with a usage error naming the file", () => {
    const notSession = join(dir, "notes.txt");
    writeFileSync(notSession, "hello\n");
    for (const [path, why] of [[join(dir, "missing.jsonl"), /missing\.jsonl: no such file$/], [dir, /it is a folder/], [notSession, /^.*notes\.txt: /]] as const) {
      expect(() => readSessionArgument(path, "diff")).toThrow(UsageError);
      expect(() => readSessionArgument(path, "diff")).toThrow(why);
    }
  });
});
