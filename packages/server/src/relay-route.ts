import type { FastifyInstance } from "fastify";
import { RELAY_PATH, isRelayClientPayload, type RelayServerPayload } from "@mcp-inspect/core";
import { ErrorCodes } from "./errors";
import type { InspectSession } from "./session";

/** The relay WebSocket: the session's history on connect, then every frame as it passes. */
export async function relayRoute(app: FastifyInstance, options: { session: InspectSession }): Promise<void> {
  const { session } = options;
  app.get(RELAY_PATH, { websocket: true }, (socket) => {
    const send = (payload: RelayServerPayload) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
    };
    send({ type: "hello", header: session.header, frames: [...session.history()] });
    const unsubscribe = session.subscribe((frame) => send({ type: "frame", frame }));
    socket.on("close", unsubscribe);

    socket.on("message", (data, isBinary) => {
      let payload: unknown;
      try {
        payload = isBinary ? undefined : JSON.parse(data.toString());
      } catch {
        payload = undefined;
      }
      if (!isRelayClientPayload(payload)) {
        send({ type: "error", code: ErrorCodes.BAD_RELAY_PAYLOAD, message: 'relay payloads are JSON text: {"type":"send","message":{...}} or {"type":"restart"}' });
        return;
      }
      if (payload.type === "restart") {
        void session.restart();
      } else if (!session.send(payload.message)) {
        send({ type: "error", code: ErrorCodes.SERVER_NOT_RUNNING, message: "the server is not running: restart it to send messages" });
      }
    });
  });
}
