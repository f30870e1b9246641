import { describe, expect, it } from "vitest";
import { sessionProtocol } from "../protocol-era";
import { RequestPairer } from "../pairing";
import { parseSessionFile, serializeSessionLine } from "../session-file";
import type { Frame } from "../frame";
import { APP_URI, appHeader, appSessionFrames } from "./app-session";

const { frames } = appSessionFrames();
const fileOf = (lines: unknown[]) => [appHeader, ...lines].map((l) => (typeof l === "string" ? `${l}\n` : serializeSessionLine(l as Frame))).join("");

describe("a session file with app frames", () => {
  it("loads them as they were recorded, in order, without warnings", () => {
    const parsed = parseSessionFile(fileOf(frames));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.frames).toEqual(frames);
    expect(parsed.frames.filter((f) => f.kind === "app")).toHaveLength(7);
  });

  it("keeps fields of an app frame it does not know (a later version may add some)", () => {
    const app = frames.find((f) => f.kind === "app")!;
    const parsed = parseSessionFile(fileOf([{ ...app, future: 1, app: { instance: "a", uri: "ui://x", later: true } }]));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.frames[0]).toMatchObject({ future: 1, app: { later: true } });
  });

  it("skips a malformed app frame with a warning naming its line and the field", () => {
    const good = frames.find((f) => f.kind === "app")!;
    const lines = [
      good,
      { ...good, seq: 20, dir: "app->server" },
      { ...good, seq: 21, app: undefined },
      { ...good, seq: 22, app: { instance: "", uri: APP_URI } },
      { ...good, seq: 23, app: { instance: "a", uri: "ui://" + "x".repeat(3000) } },
      { ...good, seq: 24, app: { instance: "a", uri: APP_URI, tool: 7 } },
      { ...good, seq: 25, msg: "hello" },
      { ...good, seq: 26, msg: undefined },
    ];
    const parsed = parseSessionFile(fileOf(lines));
    expect(parsed.frames).toEqual([good]);
    expect(parsed.warnings).toEqual([
      'line 3 skipped: malformed app frame (seq 20): "dir" must be "app->host" or "host->app"',
      'line 4 skipped: malformed app frame (seq 21): "app" must be an object { instance, uri, tool? }',
      'line 5 skipped: malformed app frame (seq 22): "app.instance" must be a non-empty string',
      'line 6 skipped: malformed app frame (seq 23): "app.uri" is longer than 2048 bytes',
      'line 7 skipped: malformed app frame (seq 24): "app.tool" must be a string of at most 2048 bytes when present',
      'line 8 skipped: malformed app frame (seq 25): "msg" must be a JSON object (one JSON-RPC message)',
      'line 9 skipped: malformed app frame (seq 26): "msg" must be a JSON object (one JSON-RPC message)',
    ]);
  });
});

describe("what reads a session's frames, given app frames", () => {
  it("pairing: an app's ids are its own; the server's answers still pair with the client's requests", () => {
    const pairer = new RequestPairer();
    for (const f of frames) pairer.add(f);
    // Client request id 1 (tools/list, seq 5) and the app's ui/initialize (id 1) do not meet.
    expect(pairer.get(5)?.response?.seq).toBe(6);
    const proxied = frames.find((f) => f.kind === "message" && f.msg.id === 4 && f.dir === "client->server")!;
    expect(pairer.get(proxied.seq)?.response?.msg.result).toMatchObject({ structuredContent: { time: expect.any(String) } });
  });

  it("the session's protocol (sessions list, summary) comes from the server conversation only", () => {
    expect(sessionProtocol(frames)).toEqual({ era: "legacy", version: "2025-11-25" });
    // The app's ui/initialize names its own protocolVersion: an app alone negotiates nothing with the server.
    expect(sessionProtocol(frames.filter((f) => f.kind !== "message" || f.msg.method === "initialize"))).toBeUndefined();
  });

});
