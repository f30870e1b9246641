import { chmodSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RecordingExistsError, createSessionRecorder } from "../recorder";
import { tempDir, testHeader } from "./fixtures";

const mode = (path: string) => statSync(path).mode & 0o777;

describe("session recorder (issue 18: --record appended silently, files were world-readable)", () => {
  it("refuses an existing file by default, and leaves it as it was", () => {
    const file = join(tempDir(), "mine.jsonl");
    writeFileSync(file, "someone's notes\n");
    expect(() => createSessionRecorder(file, testHeader())).toThrow(RecordingExistsError);
    expect(() => createSessionRecorder(file, testHeader())).toThrow(`${file} already exists: pass --append to add this session to it, or --force to overwrite it`);
    expect(readFileSync(file, "utf8")).toBe("someone's notes\n");
  });

  it("creates a new file 0600", () => {
    const file = join(tempDir(), "new.jsonl");
    createSessionRecorder(file, testHeader()).close();
    expect(mode(file)).toBe(0o600);
  });

  it("append keeps the old session, overwrite replaces it; both leave the file 0600", () => {
    const file = join(tempDir(), "old.jsonl");
    writeFileSync(file, "old\n");
    chmodSync(file, 0o644);
    createSessionRecorder(file, testHeader(), "append").close();
    expect(readFileSync(file, "utf8")).toMatch(/^old\n\{"format":"mcp-inspect-session"/);
    expect(mode(file)).toBe(0o600);
    chmodSync(file, 0o644);
    createSessionRecorder(file, testHeader(), "overwrite").close();
    expect(readFileSync(file, "utf8")).toMatch(/^\{"format":"mcp-inspect-session"[^\n]*\n$/);
    expect(mode(file)).toBe(0o600);
  });

  it("does not follow a symlink planted at the path", () => {
    const dir = tempDir();
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "keep me\n");
    symlinkSync(victim, join(dir, "link.jsonl"));
    expect(() => createSessionRecorder(join(dir, "link.jsonl"), testHeader(), "overwrite")).toThrow();
    expect(readFileSync(victim, "utf8")).toBe("keep me\n");
  });
});
