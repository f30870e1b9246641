import { describe, expect, it } from "vitest";
import { RequestPairer } from "../pairing";
import type { Frame, MessageFrame } from "../frame";

let seq = 0;
const msg = (dir: MessageFrame["dir"], t: number, body: Record<string, unknown>): MessageFrame => ({
  seq: ++seq,
  t,
  kind: "message",
  dir,
  msg: { jsonrpc: "2.0", ...body },
});

describe("RequestPairer", () => {
  it("pairs a client request with the server response of the same id, both ways", () => {
    const pairer = new RequestPairer();
    const request = msg("client->server", 10, { id: 1, method: "tools/list" });
    const response = msg("server->client", 35, { id: 1, result: {} });
    pairer.add(request);
    expect(pairer.pending()).toEqual([request]);
    pairer.add(response);
    expect(pairer.get(request.seq)).toEqual({ response, durationMs: 25 });
    expect(pairer.get(response.seq)).toEqual({ request, durationMs: 25 });
    expect(pairer.pending()).toEqual([]);
  });

  it("keeps directions apart: a server request and a client request may share an id", () => {
    const pairer = new RequestPairer();
    const clientReq = msg("client->server", 0, { id: 0, method: "tools/call" });
    const serverReq = msg("server->client", 1, { id: 0, method: "sampling/createMessage" });
    const clientAnswer = msg("client->server", 2, { id: 0, result: { content: [] } });
    for (const f of [clientReq, serverReq, clientAnswer]) pairer.add(f);
    expect(pairer.get(clientAnswer.seq)?.request).toBe(serverReq);
    expect(pairer.get(clientReq.seq)).toBeUndefined();
  });

  it("ignores notifications and forgets open requests when the server exits", () => {
    const pairer = new RequestPairer();
    pairer.add(msg("server->client", 0, { method: "notifications/message" }));
    pairer.add(msg("client->server", 1, { id: 7, method: "ping" }));
    const exit: Frame = { seq: ++seq, t: 2, kind: "process", event: "exit", code: 1, signal: null, stderrTail: [] };
    pairer.add(exit);
    expect(pairer.pending()).toEqual([]);
  });

  it("keeps a request sent just before the spawn frame was recorded", () => {
    const pairer = new RequestPairer();
    const init = msg("client->server", 0, { id: 0, method: "initialize" });
    pairer.add(init);
    pairer.add({ seq: ++seq, t: 1, kind: "process", event: "spawn", pid: 1, command: "x", args: [], cwd: "/" });
    const answer = msg("server->client", 3, { id: 0, result: {} });
    pairer.add(answer);
    expect(pairer.get(answer.seq)?.request).toBe(init);
  });
});
