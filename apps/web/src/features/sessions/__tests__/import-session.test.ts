import { describe, expect, it } from "vitest";
import { importSessionFile, importSessionText, MAX_IMPORT_BYTES } from "../import-session";
import { formatSize } from "../format-size";
import { sessionText } from "./session-text";

const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text });

describe("importSessionText", () => {
  it("opens a valid file under its name", () => {
    const result = importSessionText("a.jsonl", sessionText());
    expect(result.ok && result.session.source).toBe("a.jsonl");
    expect(result.ok && result.session.parsed.frames).toHaveLength(8);
    expect(result.ok && result.session.parsed.warnings).toEqual([]);
  });

  it("still opens a file whose last line was cut by a crash, with the reader's warning", () => {
    const text = sessionText() + '{"seq":9,"t":70,"kind":"mess';
    const result = importSessionText("crash.jsonl", text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.parsed.frames).toHaveLength(8);
    expect(result.session.parsed.warnings).toEqual([expect.stringMatching(/^line 10 skipped \(truncated last line\): /)]);
  });

  it("refuses a file that is not a session, naming the file and the reason", () => {
    expect(importSessionText("notes.txt", "hello world\n")).toEqual({ ok: false, error: expect.stringMatching(/^notes\.txt: not a session file: line 1 is not JSON/) });
    expect(importSessionText("pkg.json", '{"name":"x"}\n')).toEqual({ ok: false, error: 'pkg.json: not a session file: line 1 has no "format": "mcp-inspect-session"' });
    expect(importSessionText("empty.jsonl", "")).toEqual({ ok: false, error: "empty.jsonl: not a session file: it is empty" });
  });

  it("refuses a newer format version with the upgrade hint", () => {
    const text = JSON.stringify({ format: "mcp-inspect-session", version: 99 }) + "\n";
    const result = importSessionText("future.jsonl", text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/version 99 is newer .*upgrade mcp-inspect/);
  });
});

describe("importSessionFile", () => {
  it("reads and parses a file", async () => {
    const result = await importSessionFile(file("b.jsonl", sessionText()));
    expect(result.ok).toBe(true);
  });

  it("refuses a file too large to read in the browser without reading it", async () => {
    let read = false;
    const huge = { name: "huge.jsonl", size: MAX_IMPORT_BYTES + 1, text: async () => ((read = true), "") };
    const result = await importSessionFile(huge);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^huge\.jsonl: too large to open in the browser/) });
    expect(read).toBe(false);
  });

  it("reports a file the browser cannot read", async () => {
    const broken = { name: "gone.jsonl", size: 10, text: () => Promise.reject(new Error("NotReadableError")) };
    expect(await importSessionFile(broken)).toEqual({ ok: false, error: "gone.jsonl: could not be read (NotReadableError)" });
  });
});

describe("formatSize", () => {
  it("is short and human", () => {
    expect([formatSize(512), formatSize(3500), formatSize(12 * 1024 * 1024)]).toEqual(["512 B", "3.4 KB", "12 MB"]);
  });
});
