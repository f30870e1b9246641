import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { RawData, WebSocket } from "ws";
import {
  FEED_CLOSE_REFUSED,
  PROXY_FEED_PATH,
  envelopeClientName,
  initializeClientName,
  parseFeedFrame,
  parseFeedSession,
  proxiedSessionLabel,
  type ProxyFeedRefusal,
} from "@mcp-inspect/core";
import { ErrorCodes, errorBody, type ErrorCode } from "./errors";
import type { LiveServer, ServerHub } from "./server-hub";
import { InspectSession } from "./session";

export interface FeedLimits {
  /** Largest single feed message (one frame), in characters. @default 16 MiB */
  messageBytes?: number;
  /** Most text one feed may send in all: the inspector keeps a feed's frames in memory. @default 64 MiB */
  totalBytes?: number;
  /** Most feeds live at once. @default 32 */
  feeds?: number;
  /** How long a new feed has to send its `session` message. @default 10000 */
  helloMs?: number;
}

const LOOPBACK_ADDRESSES = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\]):\d+$/i;

/**
 * `GET /api/proxy-feed` (WebSocket, behind the token like every API route): a `mcp-inspect proxy` publishes its session
 * here, and it becomes a read-only server tab labelled "<client> → <server>". Only from this machine: the Host must be
 * a loopback name and the peer a loopback address even under --allow-remote (a proxy finds the inspector through a
 * per-user file). A feed that sends junk, frames out of order or more than the limits is cut with a code saying why;
 * its tab stays, ended, with what it had sent.
 */
export async function proxyFeedRoute(app: FastifyInstance, options: { hub: ServerHub; limits?: FeedLimits }): Promise<void> {
  const { hub } = options;
  const limits = { messageBytes: 16 * 2 ** 20, totalBytes: 64 * 2 ** 20, feeds: 32, helloMs: 10_000, ...options.limits };
  const open = new Set<WebSocket>();

  const onlyLoopback = async (request: FastifyRequest, reply: FastifyReply) => {
    if (LOOPBACK_ADDRESSES.has(request.socket.remoteAddress ?? "") && LOOPBACK_HOST.test(request.headers.host ?? "")) return;
    reply.header("connection", "close");
    return reply.code(403).send(errorBody(ErrorCodes.NOT_LOOPBACK, "proxied sessions are accepted from this machine only (loopback address and Host)"));
  };

  app.get(PROXY_FEED_PATH, { websocket: true, preValidation: onlyLoopback }, (socket) => {
    let server: LiveServer | undefined;
    let lastSeq = 0;
    let received = 0;
    let serverName = "";
    const cut = (code: ErrorCode, message: string) => {
      const refusal: ProxyFeedRefusal = { type: "error", code, message };
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(refusal));
      if (server?.feed) Object.assign(server.feed, { state: "ended", error: `${code}: ${message}` });
      socket.close(FEED_CLOSE_REFUSED, code);
    };
    if (open.size >= limits.feeds) return cut(ErrorCodes.TOO_MANY_FEEDS, `this inspector already shows ${limits.feeds} live proxied sessions`);
    open.add(socket);
    const hello = setTimeout(() => server || cut(ErrorCodes.BAD_FEED, `no "session" message within ${limits.helloMs} ms`), limits.helloMs);
    hello.unref();

    socket.on("message", (data: RawData, isBinary: boolean) => {
      if (socket.readyState !== socket.OPEN) return;
      const size = isBinary ? -1 : (data as Buffer).length;
      if (size < 0) return cut(ErrorCodes.BAD_FEED, "feed messages are JSON text, not binary");
      if (size > limits.messageBytes) return cut(ErrorCodes.FEED_TOO_LARGE, `a feed message of ${size} bytes is over the ${limits.messageBytes} allowed`);
      received += size;
      if (received > limits.totalBytes) {
        return cut(ErrorCodes.FEED_TOO_LARGE, `the live view keeps at most ${limits.totalBytes} bytes of a proxied session; the proxy's own recording has all of it`);
      }
      let payload: unknown;
      try {
        payload = JSON.parse(data.toString());
      } catch {
        return cut(ErrorCodes.BAD_FEED, "a feed message is not JSON");
      }
      if (!server) {
        const session = parseFeedSession(payload);
        if ("problem" in session) return cut(ErrorCodes.BAD_FEED, session.problem);
        serverName = session.name;
        server = hub.addFeed(new InspectSession({ header: session.header }), serverName, () => socket.close(1000, "closed in the inspector"));
        return;
      }
      const parsed = parseFeedFrame(payload, lastSeq);
      if ("problem" in parsed) return cut(ErrorCodes.BAD_FEED, parsed.problem);
      lastSeq = parsed.frame.seq;
      const client = initializeClientName(parsed.frame) ?? (server.feed!.client ? undefined : envelopeClientName(parsed.frame));
      if (client) {
        server.feed!.client = client;
        server.name = proxiedSessionLabel(serverName, client);
      }
      server.session.mirror(parsed.frame);
    });
    socket.on("close", () => {
      clearTimeout(hello);
      open.delete(socket);
      if (server?.feed) server.feed.state = "ended";
    });
  });
}
