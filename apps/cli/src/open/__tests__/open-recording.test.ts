import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRecordingForUi } from "../open-recording";
import { UsageError } from "../../common/usage-error";

const dir = mkdtempSync(join(tmpdir(), "mcp-inspect-open-"));
const header = { format: "mcp-inspect-session", version: 1, id: "abc", target: { type: "stdio", command: "node", args: ["s.js"], cwd: "/x", envKeys: [] }, inspector: { name: "mcp-inspect", version: "0" }, startedAt: "2026-01-01T00:00:00.000Z" };

function file(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return path;
}

function refusal(path: string): string {
  try {
    readRecordingForUi(path);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("no error");
}

describe("readRecordingForUi", () => {
  it("reads a session, its name and the lines it skipped", () => {
    const path = file("good.jsonl", [header, { seq: 1, t: 0, kind: "stderr", line: "hi" }, "{broken"]);
    const read = readRecordingForUi(path);
    expect(read.name).toBe("good.jsonl");
    expect(read.parsed.frames).toHaveLength(1);
    expect(read.parsed.warnings[0]).toContain("line 3 skipped");
  });

  it("opens a session with app frames, and names the line of a malformed one", () => {
    const app = { seq: 2, t: 1, kind: "app", dir: "app->host", app: { instance: "app-1", uri: "ui://get-time/mcp-app.html", tool: "get-time" }, msg: { jsonrpc: "2.0", id: 1, method: "ui/initialize", params: {} } };
    const read = readRecordingForUi(file("apps.jsonl", [header, { seq: 1, t: 0, kind: "stderr", text: "hi" }, app, { ...app, seq: 3, app: { uri: "ui://x" } }]));
    expect(read.parsed.frames).toEqual([expect.objectContaining({ kind: "stderr" }), app]);
    expect(read.parsed.warnings).toEqual(['line 4 skipped: malformed app frame (seq 3): "app.instance" must be a non-empty string']);
  });

  it("refuses, in one line naming the file, what it cannot show", () => {
    const cases: [string, unknown[], string][] = [
      ["empty.jsonl", [""], "it is empty"],
      ["notjson.jsonl", ["hello"], "line 1 is not JSON"],
      ["foreign.jsonl", [{ format: "other" }], 'no "format"'],
      ["notarget.jsonl", [{ ...header, target: undefined }], 'field "target" is missing'],
      ["badtarget.jsonl", [{ ...header, target: { type: "stdio" } }], 'field "target.command" is missing'],
      ["nodate.jsonl", [{ ...header, startedAt: "yesterday" }], '"startedAt"'],
    ];
    for (const [name, lines, why] of cases) {
      const message = refusal(file(name, lines));
      expect(message).toContain(name);
      expect(message).toContain(why);
      expect(message).not.toContain("\n");
    }
    expect(refusal(join(dir, "missing.jsonl"))).toMatch(/missing\.jsonl: no such file$/);
    expect(refusal(dir)).toContain("is a folder");
  });
});
