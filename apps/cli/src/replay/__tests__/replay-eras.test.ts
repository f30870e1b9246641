// Replay in the era a session was recorded in, against the real demo servers: the dual-era one (v2 SDK) in both eras,
// and the legacy-only 1.x one. Sessions are recorded here and now with the v2 Client (capture-session.ts).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serializeSessionLine } from "@mcp-inspect/core";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { expectReplay, loadFixture } from "../../testing/index";
import { UsageError } from "../../common/usage-error";
import { runReplay, type ReplayFlags } from "../replay-command";
import { captureSession, type CapturedSession } from "./capture-session";

const SERVER_V2 = fileURLToPath(new URL("../../../../../packages/demo-server/dist/server-v2.js", import.meta.url));
const SERVER_V1 = fileURLToPath(new URL("../../../../../packages/demo-server/dist/server.js", import.meta.url));
const v2 = [process.execPath, SERVER_V2];
const v1 = [process.execPath, SERVER_V1];
const flags: ReplayFlags = { ignore: [], env: [], header: [], timeout: 30_000 } as unknown as ReplayFlags;

let dir: string;
let modernFile: string;
let legacyFile: string;
beforeAll(async () => {
  for (const file of [SERVER_V2, SERVER_V1]) if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), "mcpi-replay-eras-"));
  const save = (name: string, session: CapturedSession) => {
    const file = join(dir, name);
    writeFileSync(file, [session.header, ...session.frames].map(serializeSessionLine).join(""));
    return file;
  };
  modernFile = save("modern.jsonl", await captureSession(process.execPath, [SERVER_V2], { pin: "2026-07-28" }));
  legacyFile = save("legacy.jsonl", await captureSession(process.execPath, [SERVER_V2], "legacy"));
}, 60_000);

/** Runs replay as the command does, keeping what it printed. */
async function replay(file: string, server: string[], extra: Partial<ReplayFlags> = {}) {
  const out: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
  try {
    const code = await runReplay(file, server, { ...flags, ...extra });
    return { code, text: out.join("") };
  } finally {
    vi.restoreAllMocks();
  }
}
afterEach(() => vi.restoreAllMocks());

describe("mcp-inspect replay in the recorded era", { timeout: 60_000 }, () => {
  it("a 2026-07-28 session replays against the dual-era server: discover, envelope, the multi-round-trip calls with fresh requestState", async () => {
    expect(loadFixture(modernFile).protocol).toEqual({ era: "modern", version: "2026-07-28" });
    const run = await replay(modernFile, v2);
    expect(run.text).toContain("replay ok: 9 requests answered as recorded, in 2026-07-28");
    expect(run.code).toBe(0);
  });

  it("a 2025-11-25 session of the same server replays in the legacy era, answering its elicitations from the recording", async () => {
    const run = await replay(legacyFile, v2);
    expect(run.text).toContain("replay ok: 6 requests answered as recorded, in 2025-11-25");
    expect(run.code).toBe(0);
  });

  it("a 2026-07-28 session against the legacy-only 1.x server: exit 2, saying the server speaks only the legacy era", async () => {
    const run = await replay(modernFile, v1);
    expect(run.code).toBe(2);
    expect(run.text).toMatch(/recorded in the 2026-07-28 era .* answered server\/discover with .*: it speaks only the legacy era \(initialize\)/);
  });

  it("a legacy session against the 1.x server still replays in its era (the 1.x server has echo)", async () => {
    const session = await captureSession(process.execPath, [SERVER_V1], "auto", async (client) => void (await client.callTool({ name: "echo", arguments: { message: "hi" } })));
    const file = join(dir, "v1.jsonl");
    writeFileSync(file, [session.header, ...session.frames].map(serializeSessionLine).join(""));
    const run = await replay(file, v1);
    expect(run.text).toContain("replay ok: 1 request answered as recorded, in 2025-11-25");
  });

  it("--protocol overrides the revision within the era: the server agrees, and the revision it names is the difference", async () => {
    const run = await replay(legacyFile, v2, { protocol: "2025-06-18" });
    expect(run.text).toContain("replay differs: 1 difference in 6 request(s), in 2025-06-18");
    expect(run.text).toMatch(/initialize:\n {2}at \/result\/protocolVersion\n {4}expected: "2025-11-25"\n {4}actual: {3}"2025-06-18"/);
  });

  it("--protocol of the other era carries the recording over: 2026-07-28 chains as 2025 calls, 2025 server requests as input responses", async () => {
    const down = await replay(modernFile, v2, { protocol: "2025-11-25" });
    expect(down.text).toContain("replay ok: 9 requests answered as recorded, in 2025-11-25");
    const up = await replay(legacyFile, v2, { protocol: "2026-07-28" });
    expect(up.text).toContain("replay ok: 6 requests answered as recorded, in 2026-07-28");
    // Not onto a server that lacks the era, and --update keeps a fixture in the era it was recorded in.
    expect((await replay(legacyFile, v1, { protocol: "2026-07-28" })).text).toMatch(/--protocol 2026-07-28 asks for the 2026-07-28 era, but the server answered server\/discover with .*: it speaks only the legacy era/);
    await expect(runReplay(modernFile, v2, { ...flags, protocol: "2025-11-25", update: true })).rejects.toThrow(UsageError);
  });

  it("mcp-inspect/testing: expectReplay of a 2026-07-28 fixture passes, and fails with a readable diff when the server changed", async () => {
    await expectReplay(modernFile, { command: process.execPath, args: [SERVER_V2] });
    const fixture = loadFixture(modernFile);
    const echo = fixture.exchanges.find((e) => e.kind === "request" && e.params?.name === "echo")!;
    if (echo.kind === "request") (echo.response as { result: { content: { text: string }[] } }).result.content[0]!.text = "hi!";
    const failure = await expectReplay(fixture, { command: process.execPath, args: [SERVER_V2] }).then(() => undefined, (e: Error) => e);
    expect(failure?.message).toContain('request #2 tools/call echo {message: hi}:\n  at /result/content/0/text\n    expected: "hi!"\n    actual:   "hi"');
    expect(readFileSync(modernFile, "utf8")).toContain("server/discover");
  });
});
