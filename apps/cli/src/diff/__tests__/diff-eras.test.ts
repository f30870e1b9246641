// `mcp-inspect diff` of two real sessions of the dual-era demo server, one per era (recorded with the v2 Client).
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serializeSessionLine } from "@mcp-inspect/core";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { captureSession, type CapturedSession } from "../../replay/__tests__/capture-session";
import { runDiff } from "../diff-command";

const SERVER_V2 = fileURLToPath(new URL("../../../../../packages/demo-server/dist/server-v2.js", import.meta.url));
let files: { modern: string; legacy: string; modern2: string };
beforeAll(async () => {
  if (!existsSync(SERVER_V2)) throw new Error(`${SERVER_V2} is missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), "mcpi-diff-eras-"));
  const save = (name: string, session: CapturedSession) => {
    writeFileSync(join(dir, name), [session.header, ...session.frames].map(serializeSessionLine).join(""));
    return join(dir, name);
  };
  const echo = async (client: Parameters<NonNullable<Parameters<typeof captureSession>[3]>>[0]) => void (await client.callTool({ name: "echo", arguments: { message: "hi" } }));
  files = {
    modern: save("modern.jsonl", await captureSession(process.execPath, [SERVER_V2], { pin: "2026-07-28" }, echo)),
    modern2: save("modern2.jsonl", await captureSession(process.execPath, [SERVER_V2], { pin: "2026-07-28" }, echo)),
    legacy: save("legacy.jsonl", await captureSession(process.execPath, [SERVER_V2], "legacy", echo)),
  };
}, 60_000);
afterEach(() => vi.restoreAllMocks());

function diff(a: string, b: string, json = false) {
  const out: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  const code = runDiff(a, b, { json });
  vi.restoreAllMocks();
  return { code, text: out.join("") };
}

describe("mcp-inspect diff across eras", () => {
  it("names the era and revision difference first, and exits 1", () => {
    const run = diff(files.modern, files.legacy);
    expect(run.code).toBe(1);
    expect(run.text.split("\n")[2]).toBe("protocol: different eras: A 2026-07-28 (modern era), B 2025-11-25 (legacy era)");
  });

  it("in --json too; two sessions of one era have no protocol difference", () => {
    expect(JSON.parse(diff(files.modern, files.legacy, true).text).summary.protocol).toEqual({ a: { era: "modern", version: "2026-07-28" }, b: { era: "legacy", version: "2025-11-25" } });
    const same = diff(files.modern, files.modern2);
    expect(same.text).not.toContain("protocol:");
    expect(same.code).toBe(0);
  });
});
