import { dirname } from "node:path";
import type { AppSandbox } from "./app-sandbox";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { SERVER_PARAM, describeTarget } from "@mcp-inspect/core";
import { canonicalJson, fixtureFromSession, fixtureProtocol, generateVitestFile } from "@mcp-inspect/core/fixture";
import { ErrorCodes, errorBody } from "./errors";
import { SESSION_ID, listSessionFiles, readSessionFile } from "./recordings-folder";
import type { LiveServer, ServerHub } from "./server-hub";

const errorSchema = {
  type: "object",
  properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } },
} as const;

/** The server a request names with `?server=<id>` (default: the first); answers 404 itself when there is none. */
export function serverOf(hub: ServerHub, request: FastifyRequest, reply: FastifyReply): LiveServer | undefined {
  const wanted = (request.query as Record<string, string | undefined> | undefined)?.[SERVER_PARAM];
  const server = hub.get(wanted);
  if (!server) {
    void reply.code(404).send(errorBody(ErrorCodes.UNKNOWN_SERVER, wanted === undefined ? "no server is running yet: start one from GET /api/servers' launchers" : `no server "${wanted}" in this inspector`));
  }
  return server;
}

/** Token-protected HTTP routes about one server (`?server=`) and the recordings folder. */
export async function apiRoutes(app: FastifyInstance, options: { hub: ServerHub; recordingsFolder?: string; appSandbox?: () => AppSandbox | undefined }): Promise<void> {
  const { hub } = options;

  app.get(
    "/api/info",
    {
      schema: {
        response: {
          200: {
            type: "object",
            required: ["header"],
            properties: { header: { type: "object", additionalProperties: true }, sessionFile: { type: "string" }, appSandboxUrl: { type: "string" } },
          },
          401: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const server = serverOf(hub, request, reply);
      if (!server) return reply;
      // Where MCP Apps render: the sandbox proxy page with its own token (the page adds host and csp).
      const sandbox = options.appSandbox?.();
      return { header: server.session.header, sessionFile: server.session.sessionFile, ...(sandbox && { appSandboxUrl: `${sandbox.url}?t=${sandbox.token}` }) };
    },
  );

  app.post(
    "/api/restart",
    { schema: { response: { 202: { type: "object", properties: { restarting: { type: "boolean" } } }, 401: errorSchema, 404: errorSchema, 409: errorSchema } } },
    async (request, reply) => {
      const server = serverOf(hub, request, reply);
      if (!server) return reply;
      if (server.feed) return reply.code(409).send(errorBody(ErrorCodes.READ_ONLY_SERVER, `${server.name} is a live proxied session: its client starts and stops the server`));
      void server.session.restart();
      return reply.code(202).send({ restarting: true });
    },
  );

  // Past sessions live beside the first server's file: the recordings folder.
  const recordingsFolder = () => {
    if (options.recordingsFolder) return options.recordingsFolder;
    const file = hub.get()?.session.sessionFile;
    return file ? dirname(file) : undefined;
  };
  const sessionSummary = {
    type: "object",
    required: ["id", "size", "modifiedAt"],
    properties: {
      id: { type: "string" },
      size: { type: "number" },
      modifiedAt: { type: "string" },
      startedAt: { type: "string" },
      target: { type: "string" },
      current: { type: "boolean" },
      protocol: { type: "object", required: ["era", "version"], properties: { era: { type: "string", enum: ["modern", "legacy"] }, version: { type: "string" } } },
    },
  } as const;

  app.get(
    "/api/sessions",
    { schema: { response: { 200: { type: "object", required: ["sessions"], properties: { folder: { type: "string" }, sessions: { type: "array", items: sessionSummary } } }, 401: errorSchema } } },
    async () => {
      const folder = recordingsFolder();
      const live = new Set(hub.servers().map((s) => s.session.sessionFile));
      return { ...(folder ? { folder } : {}), sessions: folder ? listSessionFiles(folder, live) : [] };
    },
  );

  app.get<{ Params: { id: string } }>(
    "/api/sessions/:id",
    { schema: { params: { type: "object", required: ["id"], properties: { id: { type: "string", pattern: SESSION_ID } } }, response: { 401: errorSchema, 404: errorSchema } } },
    async (request, reply) => {
      const folder = recordingsFolder();
      // Only a regular session file of the folder: no symlink out of it, no FIFO to hang on.
      const text = folder ? readSessionFile(folder, request.params.id) : undefined;
      if (text === undefined) {
        return reply.code(404).send({ error: { code: "session-not-found", message: `no session file ${request.params.id} in the recordings folder` } });
      }
      return reply.type("application/x-ndjson; charset=utf-8").send(text);
    },
  );

  app.post<{ Body: { seqs?: number[]; name?: string } | undefined }>(
    "/api/export",
    {
      schema: {
        body: { type: ["object", "null"], additionalProperties: false, properties: { seqs: { type: "array", items: { type: "integer", minimum: 1 }, minItems: 1 }, name: { type: "string", pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]*$" } } },
        response: {
          200: { type: "object", required: ["name", "fixture", "fixtureText", "testFile"], properties: { name: { type: "string" }, fixture: { type: "object", additionalProperties: true }, fixtureText: { type: "string" }, testFile: { type: "string" } } },
          400: errorSchema,
          401: errorSchema,
          404: errorSchema,
        },
      },
    },
    async (request, reply) => {
      const server = serverOf(hub, request, reply);
      if (!server) return reply;
      const { session } = server;
      const target = session.header.target;
      if (target.type !== "stdio") return reply.code(400).send({ error: { code: "export-unsupported", message: `replay starts stdio servers; this session is of ${describeTarget(target)}` } });
      const name = request.body?.name ?? `session-${session.header.id.slice(0, 8)}`;
      let fixture;
      try {
        fixture = fixtureFromSession(session.header, await session.allFrames(), request.body?.seqs ? { only: request.body.seqs } : {});
      } catch (error) {
        return reply.code(400).send({ error: { code: "export-failed", message: (error as Error).message } });
      }
      const testFile = generateVitestFile({ fixtureFile: `${name}.fixture.json`, name: `${name} replays as recorded`, command: target.command, args: target.args, cwd: target.cwd, envKeys: target.envKeys, protocol: fixtureProtocol(fixture).version });
      return { name, fixture, fixtureText: canonicalJson(fixture), testFile };
    },
  );
}
