import type { FastifyInstance } from "fastify";
import type { ServersResponse } from "@mcp-inspect/core";
import { ErrorCodes, errorBody } from "./errors";
import type { ServerHub } from "./server-hub";

const errorSchema = {
  type: "object",
  properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } },
} as const;
const serverSchema = { type: "object", required: ["id", "name", "launcher", "header"], additionalProperties: true, properties: { id: { type: "string" }, name: { type: "string" } } } as const;
const idParams = { type: "object", required: ["id"], properties: { id: { type: "string", pattern: "^s[0-9]+$" } } } as const;
/** RFC 9110 token characters: what fetch accepts as a header name. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the HTTP client or the MCP transport sets itself: a person's value would break the connection or the protocol. */
const RESERVED = new Set(["host", "content-length", "connection", "transfer-encoding", "keep-alive", "upgrade", "mcp-session-id", "mcp-protocol-version", "last-event-id"]);

/**
 * The servers of this inspector: list them, start one from a launcher the command line prepared,
 * close one, change a remote one's headers. Bodies are closed schemas: a launcher id is all a
 * request can say about what to start.
 */
export async function serversRoutes(app: FastifyInstance, options: { hub: ServerHub; configFile?: string; recording?: { name: string }; watching?: { proxyCommand: string } }): Promise<void> {
  const { hub } = options;

  app.get("/api/servers", { schema: { response: { 401: errorSchema } } }, async (): Promise<ServersResponse> => ({
    servers: hub.servers().map((server) => hub.info(server)),
    launchers: hub.launchers(),
    ...(options.configFile ? { configFile: options.configFile } : {}),
    ...(options.recording ? { recording: { name: options.recording.name } } : {}),
    ...(options.watching ? { watching: options.watching } : {}),
  }));

  app.post<{ Body: { launcher: string } }>(
    "/api/servers",
    {
      schema: {
        body: { type: "object", required: ["launcher"], additionalProperties: false, properties: { launcher: { type: "string", maxLength: 300 } } },
        response: { 201: { type: "object", required: ["server"], properties: { server: serverSchema } }, 400: errorSchema, 401: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const server = hub.launch(request.body.launcher);
      if (!server) {
        const known = hub.launchers().map((l) => l.id).join(", ") || "none";
        return reply.code(404).send(errorBody(ErrorCodes.UNKNOWN_LAUNCHER, `no launcher "${request.body.launcher}": this inspector can start only ${known}`));
      }
      return reply.code(201).send({ server: hub.info(server) });
    },
  );

  app.delete<{ Params: { id: string } }>(
    "/api/servers/:id",
    { schema: { params: idParams, response: { 200: { type: "object", properties: { closed: { type: "boolean" } } }, 401: errorSchema, 404: errorSchema } } },
    async (request, reply) => {
      if (!(await hub.close(request.params.id))) return reply.code(404).send(errorBody(ErrorCodes.UNKNOWN_SERVER, `no server "${request.params.id}" in this inspector`));
      return { closed: true };
    },
  );

  app.put<{ Params: { id: string }; Body: { headers: Record<string, string | null> } }>(
    "/api/servers/:id/headers",
    {
      schema: {
        params: idParams,
        body: {
          type: "object",
          required: ["headers"],
          additionalProperties: false,
          properties: { headers: { type: "object", maxProperties: 100, additionalProperties: { type: ["string", "null"], maxLength: 16384 } } },
        },
        response: { 200: { type: "object", required: ["headers"], properties: { headers: { type: "object", additionalProperties: { type: "string" } } } }, 400: errorSchema, 401: errorSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      const server = hub.get(request.params.id);
      if (!server) return reply.code(404).send(errorBody(ErrorCodes.UNKNOWN_SERVER, `no server "${request.params.id}" in this inspector`));
      for (const [name, value] of Object.entries(request.body.headers)) {
        if (!HEADER_NAME.test(name)) return reply.code(400).send(errorBody(ErrorCodes.BAD_HEADER, `"${name}" is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only)`));
        if (RESERVED.has(name.toLowerCase())) return reply.code(400).send(errorBody(ErrorCodes.BAD_HEADER, `"${name}" is set by the HTTP client or the MCP transport itself; it cannot be changed here`));
        // fetch refuses CR/LF and NUL in values; say so here rather than fail on the next request.
        if (value !== null && /[\r\n\0]/.test(value)) return reply.code(400).send(errorBody(ErrorCodes.BAD_HEADER, `the value of "${name}" contains a line break or NUL`));
      }
      const headers = await server.session.setHeaders(request.body.headers);
      if (!headers) return reply.code(400).send(errorBody(ErrorCodes.NOT_REMOTE, `${server.name} is a stdio server: headers apply to servers reached by URL`));
      return { headers };
    },
  );
}
