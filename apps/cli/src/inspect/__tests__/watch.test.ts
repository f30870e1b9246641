import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isIgnoredChange, watchForChanges } from "../watch";

describe("isIgnoredChange", () => {
  it("ignores node_modules, .git and dotfiles at any depth", () => {
    expect(isIgnoredChange("node_modules/x/index.js")).toBe(true);
    expect(isIgnoredChange(".git/index")).toBe(true);
    expect(isIgnoredChange("src/.server.js.swp")).toBe(true);
    expect(isIgnoredChange("dist/server.js")).toBe(false);
  });
});

describe("watchForChanges", () => {
  it("reports one change per burst, after the quiet period, and skips ignored files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpi-watch-"));
    mkdirSync(join(dir, "node_modules"));
    const seen: string[] = [];
    const watching = watchForChanges(dir, (file) => seen.push(file), { debounceMs: 100, ignoreFiles: () => [join(dir, "session.jsonl")] });
    await watching.ready;
    writeFileSync(join(dir, "node_modules", "dep.js"), "x");
    writeFileSync(join(dir, "session.jsonl"), "x");
    await new Promise((r) => setTimeout(r, 300));
    expect(seen).toEqual([]);
    writeFileSync(join(dir, "a.js"), "1");
    writeFileSync(join(dir, "b.js"), "2");
    await expect.poll(() => seen).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300));
    await watching.close();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/b\.js$/);
  });

  it("keeps seeing a single file that editors save by renaming a new copy over it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mcpi-watch-"));
    const file = join(dir, "server.py");
    writeFileSync(file, "v1");
    const seen: string[] = [];
    const watching = watchForChanges(file, (changed) => seen.push(changed), { debounceMs: 50 });
    await watching.ready;
    for (const version of ["v2", "v3", "v4"]) {
      writeFileSync(`${file}.tmp`, version);
      renameSync(`${file}.tmp`, file);
      const before = seen.length;
      await expect.poll(() => seen.length, { timeout: 5000 }).toBe(before + 1);
    }
    writeFileSync(file, "v5"); // and an in-place write after them
    await expect.poll(() => seen.length, { timeout: 5000 }).toBe(4);
    await watching.close();
    expect(seen.every((changed) => changed.endsWith("server.py"))).toBe(true);
  });

  it("refuses a path that does not exist", () => {
    expect(() => watchForChanges("/nonexistent/dir", () => {})).toThrow(/--watch \/nonexistent\/dir: no such file or folder/);
  });
});
