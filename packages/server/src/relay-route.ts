import type { FastifyInstance } from "fastify";
import type { RawData, WebSocket } from "ws";
import { RELAY_PATH, SERVER_PARAM, droppedAnswer, httpRefusedRequest, relayPayloadProblem, type Frame, type RelayClientPayload, type RelayServerPayload } from "@mcp-inspect/core";
import { ErrorCodes } from "./errors";
import { MAX_MESSAGE_DEPTH, textNestsDeeperThan } from "./json-depth";
import { RelayIds, type Incoming } from "./relay-ids";
import { sendHistory } from "./relay-history";
import type { LiveServer, ServerHub } from "./server-hub";

/** Close code for a socket whose server does not exist or was closed: the browser should not reconnect to it. */
export const CLOSE_UNKNOWN_SERVER = 4404;

/** The tabs connected to one server, and the ids they use on its wire. */
interface Channel {
  ids: RelayIds;
  /** Tabs that have the whole history and get every frame as it passes. */
  sockets: Set<WebSocket>;
  /** Tabs still receiving the history (see sendHistory). */
  catchingUp: Set<WebSocket>;
  unsubscribe: () => void;
}

/**
 * The relay WebSocket of one server (`?server=<id>`, default the first): its history on connect,
 * then every frame as it passes. Each tab's request ids are rewritten to server-unique wire ids (see
 * `RelayIds`); frames show the wire ids.
 */
export async function relayRoute(app: FastifyInstance, options: { hub: ServerHub }): Promise<void> {
  const { hub } = options;
  const channels = new Map<LiveServer, Channel>();
  const send = (socket: WebSocket, payload: RelayServerPayload) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  };

  const channelOf = (server: LiveServer): Channel => {
    const existing = channels.get(server);
    if (existing) return existing;
    const channel: Channel = { ids: new RelayIds(), sockets: new Set(), catchingUp: new Set(), unsubscribe: () => {} };
    // One subscription for all tabs, so each server answer is routed (and forgotten) exactly once.
    channel.unsubscribe = server.session.subscribe((frame: Frame, line?: readonly Uint8Array[]) => {
      if (frame.kind === "process" && (frame.event === "exit" || frame.event === "restart")) channel.ids.serverGone();
      const route: Incoming = frame.kind === "message" && frame.dir === "server->client" ? channel.ids.incoming(frame.msg) : droppedRoute(channel.ids, frame);
      // Serialised once for every tab (the recorded line's bytes when there is one), not once per tab.
      const body = line ?? [Buffer.from(JSON.stringify(frame))];
      const owned = route.owner === undefined ? undefined : frameEnd(route.owner === null ? null : route.deliverId);
      const others = route.owner === undefined ? FRAME_END : frameEnd(null);
      for (const socket of channel.sockets) sendFrame(socket, body, owned !== undefined && route.owner === socket ? owned : others);
      // A tab that asked before its history was complete gets its answer now; the history repeats it
      // later as a plain frame, which the tab drops by seq.
      if ("restored" in route && channel.catchingUp.has(route.owner as WebSocket)) sendFrame(route.owner as WebSocket, body, owned!);
    });
    channels.set(server, channel);
    return channel;
  };

  const stopClose = hub.onClose((server) => {
    const channel = channels.get(server);
    if (!channel) return;
    channels.delete(server);
    channel.unsubscribe();
    for (const socket of channel.sockets) socket.close(CLOSE_UNKNOWN_SERVER, "server closed");
  });
  app.addHook("onClose", async () => {
    stopClose();
    for (const channel of channels.values()) channel.unsubscribe();
  });

  app.get<{ Querystring: Record<string, string | undefined> }>(RELAY_PATH, { websocket: true }, (socket, request) => {
    const wanted = request.query[SERVER_PARAM];
    const server = hub.get(wanted);
    if (!server) {
      const message = wanted === undefined ? "no server is running yet: pick one to start" : `no server "${wanted}" in this inspector (it was closed, or never existed)`;
      send(socket, { type: "error", code: ErrorCodes.UNKNOWN_SERVER, message });
      socket.close(CLOSE_UNKNOWN_SERVER, "unknown server");
      return;
    }
    const { session } = server;
    const channel = channelOf(server);
    // History first, in pieces (from the session file for what memory dropped); live frames after it.
    // Until the history is complete, the socket gets only the answers to its own requests as frames.
    channel.catchingUp.add(socket);
    const goLive = () => {
      channel.catchingUp.delete(socket);
      channel.sockets.add(socket);
    };
    const stillWanted = () => socket.readyState === socket.OPEN && channels.get(server) === channel;
    void sendHistory(socket, session, stillWanted, goLive).then(
      (live) => {
        if (!live && socket.readyState === socket.OPEN) socket.close(CLOSE_UNKNOWN_SERVER, "server closed");
      },
      (error: unknown) => {
        app.log.error({ err: error }, "could not send the session history");
        socket.close(1011, "history unavailable");
      },
    );
    socket.on("close", () => {
      channel.sockets.delete(socket);
      channel.catchingUp.delete(socket);
    });

    socket.on("message", (data: RawData, isBinary: boolean) => {
      // A proxied session belongs to its client: the inspector only watches it (no request, answer, restart or app message).
      if (server.feed) {
        send(socket, { type: "error", code: ErrorCodes.READ_ONLY_SERVER, message: `${server.name} is a live proxied session: its client drives the server, nothing can be sent from the inspector` });
        return;
      }
      const text = isBinary ? undefined : data.toString();
      // Depth is judged on the text, before parsing; the payload wraps the message in one more level.
      if (text !== undefined && textNestsDeeperThan(text, MAX_MESSAGE_DEPTH + 1)) {
        send(socket, { type: "error", code: ErrorCodes.BAD_RELAY_PAYLOAD, message: `the message nests deeper than ${MAX_MESSAGE_DEPTH} levels: not sent` });
        return;
      }
      let payload: unknown;
      try {
        payload = text === undefined ? undefined : JSON.parse(text);
      } catch {
        payload = undefined;
      }
      const problem = relayPayloadProblem(payload);
      if (problem !== undefined) {
        send(socket, { type: "error", code: ErrorCodes.BAD_RELAY_PAYLOAD, message: problem });
        return;
      }
      const valid = payload as RelayClientPayload;
      if (valid.type === "restart") {
        void session.restart();
        return;
      }
      // An app's message is the page's conversation with the app: recorded (and so sent to every tab), never sent on.
      if (valid.type === "app-message") {
        session.recordApp(valid.dir, valid.app, valid.message);
        return;
      }
      const outgoing = channel.ids.outgoing(socket, valid.message);
      if ("dropped" in outgoing) return;
      if ("error" in outgoing) send(socket, { type: "error", code: ErrorCodes.DUPLICATE_ANSWER, message: outgoing.error });
      else if (!session.send(outgoing.message)) {
        send(socket, { type: "error", code: ErrorCodes.SERVER_NOT_RUNNING, message: "the server is not running: restart it to send messages" });
      }
    });
  });
}

/**
 * A stdout line that answers a request in a form clients drop ("jsonrpc": "1.0") is recorded as noise, yet it is
 * the answer: it goes to the tab that asked, which fails the call with what the server sent instead of waiting
 * for a timeout. So does an HTTP error status to the POST that carried a request: no JSON-RPC answer will come
 * (it is how a 2025-era HTTP server refuses the server/discover probe, and the client then falls back to
 * initialize). Every other frame that is not a server message is everyone's.
 */
function droppedRoute(ids: RelayIds, frame: Frame): Incoming {
  const dropped = frame.kind === "stdout-noise" ? droppedAnswer(frame) : undefined;
  if (dropped) return ids.incoming({ jsonrpc: "2.0", id: dropped.id, result: {} });
  const refused = frame.kind === "http" ? httpRefusedRequest(frame) : undefined;
  return refused === undefined ? { owner: undefined } : ids.incoming({ jsonrpc: "2.0", id: refused, result: {} });
}

const FRAME_START = Buffer.from('{"type":"frame","frame":');
const FRAME_END = Buffer.from("}");
const frameEnd = (deliverId: string | number | null) => Buffer.from(`,"deliverId":${JSON.stringify(deliverId)}}`);
/** Up to this size a frame payload goes out as one WebSocket message buffer; larger ones are sent as fragments. */
const WHOLE_PAYLOAD_BYTES = 64 * 1024;

/**
 * Sends `{"type":"frame","frame":<body>,...}` (the same JSON as serialising the payload) spliced from bytes. A large
 * frame goes as fragments of one text message, so a 50 MB answer is neither copied nor turned into a string again.
 */
function sendFrame(socket: WebSocket, body: readonly Uint8Array[], end: Buffer): void {
  if (socket.readyState !== socket.OPEN) return;
  let size = FRAME_START.length + end.length;
  for (const piece of body) size += piece.length;
  if (size <= WHOLE_PAYLOAD_BYTES) {
    socket.send(Buffer.concat([FRAME_START, ...body, end], size), { binary: false });
    return;
  }
  socket.send(FRAME_START, { binary: false, fin: false });
  for (const piece of body) socket.send(piece, { binary: false, fin: false });
  socket.send(end, { binary: false, fin: true });
}
