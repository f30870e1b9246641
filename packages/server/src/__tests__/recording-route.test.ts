import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import type { ServersResponse } from "@mcp-inspect/core";
import { buildServer } from "../build-server";
import { ServerHub } from "../server-hub";

const TOKEN = "r".repeat(32);
let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("a recorded session served read-only (mcp-inspect open)", () => {
  it("names the recording, serves its text to the token only, and can start nothing", async () => {
    const text = '{"format":"mcp-inspect-session"}\n{"seq":1}\n';
    app = await buildServer({ hub: new ServerHub([]), token: TOKEN, recording: { name: "run.jsonl", text } });
    const host = "127.0.0.1:80";
    const auth = { host: "127.0.0.1:0", authorization: `Bearer ${TOKEN}` };
    const list = await app.inject({ url: "/api/servers", headers: auth });
    expect(list.json<ServersResponse>()).toEqual({ servers: [], launchers: [], recording: { name: "run.jsonl" } });
    const file = await app.inject({ url: "/api/recording", headers: auth });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe(text);
    expect((await app.inject({ url: "/api/recording", headers: { host: "127.0.0.1:0" } })).statusCode).toBe(401);
    expect((await app.inject({ url: "/api/recording", headers: { host, authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(403);
    expect((await app.inject({ method: "POST", url: "/api/servers", headers: auth, payload: { launcher: "cli" } })).statusCode).toBe(404);
  });

  it("is not served without a recording", async () => {
    app = await buildServer({ hub: new ServerHub([]), token: TOKEN });
    const response = await app.inject({ url: "/api/recording", headers: { host: "127.0.0.1:0", authorization: `Bearer ${TOKEN}` } });
    expect(response.statusCode).toBe(404);
  });
});
