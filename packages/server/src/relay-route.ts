import type { FastifyInstance } from "fastify";
import type { WebSocket } from "ws";
import { RELAY_PATH, isRelayClientPayload, type Frame, type RelayServerPayload } from "@mcp-inspect/core";
import { ErrorCodes } from "./errors";
import { MAX_MESSAGE_DEPTH, exceedsDepth } from "./json-depth";
import { RelayIds } from "./relay-ids";
import type { InspectSession } from "./session";

/**
 * The relay WebSocket: the session's history on connect, then every frame as it passes. Each tab's
 * request ids are rewritten to session-unique wire ids (see `RelayIds`); frames show the wire ids.
 */
export async function relayRoute(app: FastifyInstance, options: { session: InspectSession }): Promise<void> {
  const { session } = options;
  const ids = new RelayIds();
  const sockets = new Set<WebSocket>();
  const send = (socket: WebSocket, payload: RelayServerPayload) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  };

  // One subscription for all tabs, so each server answer is routed (and forgotten) exactly once.
  const unsubscribe = session.subscribe((frame: Frame) => {
    const route = frame.kind === "message" && frame.dir === "server->client" ? ids.incoming(frame.msg) : { owner: undefined };
    for (const socket of sockets) {
      if (!route.owner) send(socket, { type: "frame", frame });
      else send(socket, { type: "frame", frame, deliverId: route.owner === socket ? (route.restored.id as string | number) : null });
    }
  });
  app.addHook("onClose", async () => unsubscribe());

  app.get(RELAY_PATH, { websocket: true }, (socket) => {
    send(socket, { type: "hello", header: session.header, frames: [...session.history()] });
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));

    socket.on("message", (data, isBinary) => {
      let payload: unknown;
      try {
        payload = isBinary ? undefined : JSON.parse(data.toString());
      } catch {
        payload = undefined;
      }
      if (!isRelayClientPayload(payload)) {
        send(socket, { type: "error", code: ErrorCodes.BAD_RELAY_PAYLOAD, message: 'relay payloads are JSON text: {"type":"send","message":{...}} or {"type":"restart"}' });
        return;
      }
      if (payload.type === "restart") {
        void session.restart();
        return;
      }
      if (exceedsDepth(payload.message, MAX_MESSAGE_DEPTH)) {
        send(socket, { type: "error", code: ErrorCodes.BAD_RELAY_PAYLOAD, message: `the message nests deeper than ${MAX_MESSAGE_DEPTH} levels: not sent` });
        return;
      }
      const outgoing = ids.outgoing(socket, payload.message);
      if ("error" in outgoing) send(socket, { type: "error", code: ErrorCodes.DUPLICATE_ANSWER, message: outgoing.error });
      else if (!session.send(outgoing.message)) {
        send(socket, { type: "error", code: ErrorCodes.SERVER_NOT_RUNNING, message: "the server is not running: restart it to send messages" });
      }
    });
  });
}
