import { randomUUID } from "node:crypto";
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, type Frame, type SessionHeader } from "@mcp-inspect/core";
import type { InspectSession } from "@mcp-inspect/server";
import { SdkErrorCode, SdkHttpError, type JSONRPCMessage, type Transport } from "@modelcontextprotocol/client";
import type { RemoteTarget } from "./inspect-options";
import { VERSION } from "../common/version";

/**
 * A remote server for a one-shot command (call, replay), through the same target the UI uses
 * (transport detection, error bodies), unrecorded. `describe` words errors the target did not explain.
 */
export async function connectRemote(remote: RemoteTarget, timeoutMs: number, describe: (error: unknown) => string) {
  // Loaded only for --url: a stdio command does not pay for the backend.
  const { InspectSession } = await import("@mcp-inspect/server");
  const { attachRemote, remoteFailure, remoteSessionTarget, targetSettled } = await import("./remote-target");
  const header: SessionHeader = { format: SESSION_FORMAT, version: SESSION_FORMAT_VERSION, id: randomUUID(), target: remoteSessionTarget(remote), inspector: { name: "mcp-inspect", version: VERSION }, startedAt: new Date().toISOString() };
  const session = new InspectSession({ header, initTimeoutMs: timeoutMs });
  attachRemote(session, remote);
  session.start();
  // SSE connects before it can carry anything; initialize must wait for that (bounded by the SSE open itself).
  await targetSettled(session);
  return {
    transport: await remoteSessionTransport(session),
    why: (error: unknown) => remoteFailure(session.history()) ?? withBody(error) ?? describe(error),
    disconnect: () => session.stop(),
  };
}

/**
 * The v2 `Client`'s transport over a session with a remote target (doctor records one, call does not).
 *
 * The SDK decides the era from how the `server/discover` probe is answered, and over HTTP a legacy server answers it
 * with an HTTP error (400 without a session, 404/405 from an SSE-only server) and no JSON-RPC answer. Its own transport
 * hands that status to the probe by rejecting `send`; through the session the status is an `http` frame. So the probe's
 * `send` waits for the HTTP answer to its POST and rejects as the SDK's transport would (every other message is sent as
 * it always was). Without this, `auto` would wait out the whole timeout against every 2025-era HTTP server.
 */
export async function remoteSessionTransport(session: InspectSession): Promise<Transport> {
  const { SessionTransport } = await import("@mcp-inspect/server");
  // Typed against the 1.x SDK the backend uses; the messages are the same JSON-RPC.
  const inner = new SessionTransport(session) as unknown as Transport;
  const send = inner.send.bind(inner);
  inner.send = async (message: JSONRPCMessage) => {
    if (!("method" in message) || message.method !== "server/discover" || !("id" in message)) return send(message);
    const answered = httpAnswer(session, message.id);
    await send(message);
    const status = await answered;
    if (status && status.status >= 400) {
      throw new SdkHttpError(SdkErrorCode.ClientHttpNotImplemented, `Error POSTing to endpoint: HTTP ${status.status}`, { status: status.status, statusText: status.statusText, text: status.body });
    }
  };
  return inner;
}

/** An HTTP error the SDK turned into its own words (the server/discover probe's): add what the server's body said. */
function withBody(error: unknown): string | undefined {
  const text = error instanceof SdkHttpError ? (error.data as { text?: unknown } | undefined)?.text : undefined;
  return typeof text === "string" && text ? `${error instanceof Error ? error.message : String(error)}: ${text}` : undefined;
}

type HttpResponse = Extract<Frame, { kind: "http"; event: "response" }>;

/** The HTTP response to the POST of request `id`, or undefined once the request is answered by a message or the link ends. */
function httpAnswer(session: InspectSession, id: unknown): Promise<HttpResponse | undefined> {
  return new Promise((resolve) => {
    const unsubscribe = session.subscribe((frame) => {
      const done = (value: HttpResponse | undefined) => {
        unsubscribe();
        resolve(value);
      };
      // The frame names the request its POST carried; one without (an older frame shape) is taken as ours.
      if (frame.kind === "http" && frame.event === "response" && frame.method === "POST" && (frame.requestId === undefined || frame.requestId === id)) done(frame);
      else if (frame.kind === "message" && frame.dir === "server->client" && frame.msg.id === id) done(undefined);
      else if (frame.kind === "process" && (frame.event === "exit" || frame.event === "error")) done(undefined);
    });
  });
}
