import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findInspector, readRuntimeFiles, runtimeDir, writeRuntimeFile, type RuntimeInfo } from "../runtime-file";

const fresh = () => join(mkdtempSync(join(tmpdir(), "mcpi-runtime-")), "rt");
const info = (over: Partial<RuntimeInfo> = {}): RuntimeInfo => ({ pid: process.pid, url: "http://127.0.0.1:6277", token: "secret-token", startedAt: "2026-12-05T07:00:00.000Z", version: "0.1.0", ...over });
/** A pid that is certainly not running: a child that already exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid!;

describe("the runtime file", () => {
  it("picks MCP_INSPECT_RUNTIME_DIR, else $XDG_RUNTIME_DIR/mcp-inspect, else a per-user temp folder", () => {
    expect(runtimeDir({ MCP_INSPECT_RUNTIME_DIR: "/x/y", XDG_RUNTIME_DIR: "/run/user/1" })).toBe("/x/y");
    expect(runtimeDir({ XDG_RUNTIME_DIR: "/run/user/1" })).toBe("/run/user/1/mcp-inspect");
    expect(runtimeDir({})).toContain("mcp-inspect");
  });

  it("writes one 0600 file per pid in a 0700 folder, is found, and is gone once removed", () => {
    const env = { MCP_INSPECT_RUNTIME_DIR: fresh() };
    const written = writeRuntimeFile(info(), env);
    expect(written.path).toBe(join(env.MCP_INSPECT_RUNTIME_DIR, `${process.pid}.json`));
    expect(statSync(env.MCP_INSPECT_RUNTIME_DIR).mode & 0o777).toBe(0o700);
    expect(statSync(written.path).mode & 0o777).toBe(0o600);
    expect(findInspector(env)).toEqual(info());
    written.remove();
    expect(readdirSync(env.MCP_INSPECT_RUNTIME_DIR)).toEqual([]);
    expect(findInspector(env)).toBeUndefined();
  });

  it("tightens an existing folder to 0700", () => {
    const env = { MCP_INSPECT_RUNTIME_DIR: fresh() };
    writeRuntimeFile(info(), env).remove();
    chmodSync(env.MCP_INSPECT_RUNTIME_DIR, 0o755);
    writeRuntimeFile(info(), env).remove();
    expect(statSync(env.MCP_INSPECT_RUNTIME_DIR).mode & 0o777).toBe(0o700);
  });

  it("ignores and removes the file of a dead pid; the newest live one wins", () => {
    const env = { MCP_INSPECT_RUNTIME_DIR: fresh() };
    const dead = deadPid();
    writeRuntimeFile(info({ pid: dead, startedAt: "2026-12-05T08:00:00.000Z" }), env);
    writeRuntimeFile(info({ startedAt: "2026-12-05T06:00:00.000Z" }), env);
    expect(readRuntimeFiles(env).map((i) => i.pid)).toEqual([process.pid]);
    expect(readdirSync(env.MCP_INSPECT_RUNTIME_DIR)).toEqual([`${process.pid}.json`]);
  });

  it("ignores files readable by others, symlinks, junk, and inspectors that are not on loopback", () => {
    const env = { MCP_INSPECT_RUNTIME_DIR: fresh() };
    writeRuntimeFile(info({ pid: 1 }), env).remove();
    const dir = env.MCP_INSPECT_RUNTIME_DIR;
    writeFileSync(join(dir, "11.json"), JSON.stringify(info()), { mode: 0o644 });
    chmodSync(join(dir, "11.json"), 0o644);
    writeFileSync(join(dir, "12.json"), "{not json", { mode: 0o600 });
    writeFileSync(join(dir, "13.json"), JSON.stringify(info({ url: "http://evil.example:6277" })), { mode: 0o600 });
    const target = join(dir, "real");
    writeFileSync(target, JSON.stringify(info()), { mode: 0o600 });
    symlinkSync(target, join(dir, `${process.pid}.json`));
    expect(readRuntimeFiles(env)).toEqual([]);
  });
});
