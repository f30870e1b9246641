import { existsSync } from "node:fs";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import fastifyWebsocket from "@fastify/websocket";
import { createAccessGuard } from "./access-guard";
import { lazySchemaCompilers } from "./lazy-schema-compilers";
import { apiRoutes } from "./api-routes";
import { startAppSandbox, type AppSandbox } from "./app-sandbox";
import { ErrorCodes, errorBody } from "./errors";
import { oauthCallbackRoute } from "./oauth-callback-route";
import type { PendingAuthorizations } from "./oauth-pending";
import { recordingRoute, type Recording } from "./recording-route";
import { proxyFeedRoute, type FeedLimits } from "./proxy-feed-route";
import { relayRoute } from "./relay-route";
import { ServerHub } from "./server-hub";
import { serversRoutes } from "./servers-routes";
import { registerStaticAssets } from "./static-assets";
import type { InspectSession } from "./session";

export interface BuildServerOptions {
  /** The servers to serve; or `session`, for one server and nothing to launch. */
  hub?: ServerHub;
  session?: InspectSession;
  /** The `--config` file the hub's config launchers come from, for the UI to name. */
  configFile?: string;
  /** Authorizations of remote servers waiting for `/oauth/callback`; without it the route is not served. */
  authorizations?: PendingAuthorizations;
  /** Where past sessions are listed from. @default the folder of the first server's recording */
  recordingsFolder?: string;
  token: string;
  /** The address to bind; only loopback unless the user says otherwise. @default "127.0.0.1" */
  host?: string;
  /** Folder of the built web UI; without it only the API is served. */
  webRoot?: string;
  /**
   * A recorded session to show read-only (`mcp-inspect open`): served to the UI by `GET /api/recording`,
   * named in `GET /api/servers`. The hub is then empty: nothing can be started.
   */
  recording?: Recording;
  /** Largest WebSocket message accepted from a browser. @default 64 MiB */
  maxClientPayload?: number;
  /** Bounds of each proxied session's live feed (`/api/proxy-feed`). */
  feedLimits?: FeedLimits;
  /** `mcp-inspect watch`: no target of its own; `GET /api/servers` tells the page how to send it a proxied session. */
  watching?: { proxyCommand: string };
  /** Serve MCP Apps' sandbox on an origin of its own once listening (see app-sandbox.ts). @default true */
  appSandbox?: boolean;
}

/**
 * What the UI may load: its own script files only (so injected markup could not run or pull in code), network only to
 * its own origin (the API and the relay WebSocket: a stolen token has nowhere to go by fetch), inline
 * styles (Mantine injects them), images from itself, data: and blob: URLs, and https: for the remote
 * images a person chose to load (server content never loads one by itself, see the web's MarkdownView).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // unsafe-eval: Ajv compiles the server's JSON Schemas to functions (forms, results, the SDK client); inline
  // scripts stay forbidden, so injected markup still cannot run anything.
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The UI's policy, with MCP Apps' sandbox origin as the one place it may frame. */
export function contentSecurityPolicy(sandboxOrigin: string | undefined): string {
  return sandboxOrigin ? `${CONTENT_SECURITY_POLICY}; frame-src ${sandboxOrigin}` : CONTENT_SECURITY_POLICY;
}

/** The backend as a Fastify instance, not yet listening: tests use `inject()`, the CLI `listen()`. */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const host = options.host ?? "127.0.0.1";
  const hub = options.hub ?? (options.session ? ServerHub.of(options.session) : new ServerHub());
  // A body property no schema declares is an error, not silently dropped: the caller learns it was not used.
  const app = Fastify({
    logger: false,
    forceCloseConnections: true,
    ajv: { customOptions: { removeAdditional: false } },
    // Route schemas compile on first use, not before the page can be served.
    schemaController: { compilersFactory: lazySchemaCompilers() },
  });
  const guard = createAccessGuard({ token: options.token, host, port: () => boundPort(app) });
  let sandbox: AppSandbox | undefined;
  if (options.appSandbox !== false) {
    app.addHook("onListen", async () => {
      const port = boundPort(app);
      const names = [host.includes(":") ? `[${host}]` : host, "127.0.0.1", "localhost"];
      sandbox = await startAppSandbox({ host, inspectorOrigins: () => names.map((name) => `http://${name}:${port}`) });
    });
    app.addHook("onClose", async () => sandbox?.close());
  }

  app.addHook("onRequest", guard.checkHostAndOrigin);
  // Every refusal has the same shape, `{ error: { code, message } }`, schema validation's included.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.validation) return reply.code(400).send(errorBody(ErrorCodes.BAD_REQUEST, `${error.validationContext ?? "request"} ${error.message.replace(/^(body|params|querystring) ?/, "")}`));
    return reply.send(error);
  });
  app.addHook("onSend", async (_request, reply) => {
    // The UI must never be framed by another page, nor leak its URL.
    reply.header("X-Frame-Options", "DENY");
    reply.header("Content-Security-Policy", contentSecurityPolicy(sandbox && new URL(sandbox.url).origin));
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Content-Type-Options", "nosniff");
  });

  await app.register(fastifyWebsocket, { options: { maxPayload: options.maxClientPayload ?? 64 * 1024 * 1024 } });
  await app.register(async (api) => {
    api.addHook("onRequest", guard.checkToken);
    await api.register(apiRoutes, { hub, appSandbox: () => sandbox, ...(options.recordingsFolder ? { recordingsFolder: options.recordingsFolder } : {}) });
    await api.register(serversRoutes, {
      hub,
      ...(options.configFile ? { configFile: options.configFile } : {}),
      ...(options.recording ? { recording: options.recording } : {}),
      ...(options.watching ? { watching: options.watching } : {}),
    });
    if (options.recording) await api.register(recordingRoute, { recording: options.recording });
    await api.register(relayRoute, { hub });
    // A recording shown read-only has no hub to add a proxied session to.
    if (!options.recording) await api.register(proxyFeedRoute, { hub, ...(options.feedLimits ? { limits: options.feedLimits } : {}) });
  });

  // Outside the token scope: the authorization server's redirect cannot carry the token; the state is the key.
  if (options.authorizations) await app.register(oauthCallbackRoute, { pending: options.authorizations });

  if (options.webRoot && existsSync(options.webRoot)) await registerStaticAssets(app, options.webRoot);
  return app;
}

function boundPort(app: FastifyInstance): number {
  const address = app.server.address();
  return typeof address === "object" && address ? address.port : 0;
}
