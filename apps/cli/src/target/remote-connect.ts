import { randomUUID } from "node:crypto";
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, type SessionHeader } from "@mcp-inspect/core";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { RemoteTarget } from "./inspect-options";
import { VERSION } from "../common/version";

/**
 * A remote server for a one-shot command (call, replay), through the same target the UI uses
 * (transport detection, error bodies), unrecorded. `describe` words errors the target did not explain.
 */
export async function connectRemote(remote: RemoteTarget, timeoutMs: number, describe: (error: unknown) => string) {
  // Loaded only for --url: a stdio command does not pay for the backend.
  const { InspectSession, SessionTransport } = await import("@mcp-inspect/server");
  const { attachRemote, remoteFailure, remoteSessionTarget, targetSettled } = await import("./remote-target");
  const header: SessionHeader = { format: SESSION_FORMAT, version: SESSION_FORMAT_VERSION, id: randomUUID(), target: remoteSessionTarget(remote), inspector: { name: "mcp-inspect", version: VERSION }, startedAt: new Date().toISOString() };
  const session = new InspectSession({ header, initTimeoutMs: timeoutMs });
  attachRemote(session, remote);
  session.start();
  // SSE connects before it can carry anything; initialize must wait for that (bounded by the SSE open itself).
  await targetSettled(session);
  return {
    transport: new SessionTransport(session) as Transport,
    why: (error: unknown) => remoteFailure(session.history()) ?? describe(error),
    disconnect: () => session.stop(),
  };
}
