import { existsSync } from "node:fs";
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import fastifyWebsocket from "@fastify/websocket";
import { createAccessGuard } from "./access-guard";
import { apiRoutes } from "./api-routes";
import { relayRoute } from "./relay-route";
import type { InspectSession } from "./session";

export interface BuildServerOptions {
  session: InspectSession;
  token: string;
  /** The address to bind; only loopback unless the user says otherwise. @default "127.0.0.1" */
  host?: string;
  /** Folder of the built web UI; without it only the API is served. */
  webRoot?: string;
  /** Largest WebSocket message accepted from a browser. @default 64 MiB */
  maxClientPayload?: number;
}

/** The backend as a Fastify instance, not yet listening: tests use `inject()`, the CLI `listen()`. */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const host = options.host ?? "127.0.0.1";
  const app = Fastify({ logger: false, forceCloseConnections: true });
  const guard = createAccessGuard({ token: options.token, host, port: () => boundPort(app) });

  app.addHook("onRequest", guard.checkHostAndOrigin);
  app.addHook("onSend", async (_request, reply) => {
    // The UI must never be framed by another page, nor leak its URL.
    reply.header("X-Frame-Options", "DENY");
    reply.header("Content-Security-Policy", "frame-ancestors 'none'");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Content-Type-Options", "nosniff");
  });

  await app.register(fastifyWebsocket, { options: { maxPayload: options.maxClientPayload ?? 64 * 1024 * 1024 } });
  await app.register(async (api) => {
    api.addHook("onRequest", guard.checkToken);
    await api.register(apiRoutes, { session: options.session });
    await api.register(relayRoute, { session: options.session });
  });

  if (options.webRoot && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, { root: options.webRoot, index: "index.html", maxAge: 0 });
  }
  return app;
}

function boundPort(app: FastifyInstance): number {
  const address = app.server.address();
  return typeof address === "object" && address ? address.port : 0;
}
