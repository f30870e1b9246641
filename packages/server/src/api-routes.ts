import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FastifyInstance } from "fastify";
import { describeTarget } from "@mcp-inspect/core";
import { canonicalJson, fixtureFromSession, generateVitestFile } from "@mcp-inspect/core/fixture";
import type { InspectSession } from "./session";

const errorSchema = {
  type: "object",
  properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } },
} as const;

/** Token-protected HTTP routes. */
export async function apiRoutes(app: FastifyInstance, options: { session: InspectSession }): Promise<void> {
  const { session } = options;

  app.get(
    "/api/info",
    {
      schema: {
        response: {
          200: {
            type: "object",
            required: ["header"],
            properties: { header: { type: "object", additionalProperties: true }, sessionFile: { type: "string" } },
          },
          401: errorSchema,
        },
      },
    },
    async () => ({ header: session.header, sessionFile: session.sessionFile }),
  );

  app.post(
    "/api/restart",
    { schema: { response: { 202: { type: "object", properties: { restarting: { type: "boolean" } } }, 401: errorSchema } } },
    async (_request, reply) => {
      void session.restart();
      return reply.code(202).send({ restarting: true });
    },
  );

  // Past sessions live beside this one's file: the recordings folder.
  const folder = session.sessionFile ? dirname(session.sessionFile) : undefined;
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
      error: { type: "string" },
    },
  } as const;

  app.get(
    "/api/sessions",
    { schema: { response: { 200: { type: "object", required: ["sessions"], properties: { folder: { type: "string" }, sessions: { type: "array", items: sessionSummary } } }, 401: errorSchema } } },
    async () => ({ ...(folder ? { folder } : {}), sessions: folder ? listSessions(folder, session.sessionFile) : [] }),
  );

  app.get<{ Params: { id: string } }>(
    "/api/sessions/:id",
    { schema: { params: { type: "object", required: ["id"], properties: { id: { type: "string", pattern: SESSION_ID } } }, response: { 401: errorSchema, 404: errorSchema } } },
    async (request, reply) => {
      const file = folder && join(folder, request.params.id);
      let text: string;
      try {
        text = readFileSync(file ?? "", "utf8");
      } catch {
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
        },
      },
    },
    async (request, reply) => {
      const target = session.header.target;
      if (target.type !== "stdio") return reply.code(400).send({ error: { code: "export-unsupported", message: `replay starts stdio servers; this session is of ${describeTarget(target)}` } });
      const name = request.body?.name ?? `session-${session.header.id.slice(0, 8)}`;
      let fixture;
      try {
        fixture = fixtureFromSession(session.header, session.history(), request.body?.seqs ? { only: request.body.seqs } : {});
      } catch (error) {
        return reply.code(400).send({ error: { code: "export-failed", message: (error as Error).message } });
      }
      const testFile = generateVitestFile({ fixtureFile: `${name}.fixture.json`, name: `${name} replays as recorded`, command: target.command, args: target.args, cwd: target.cwd, envKeys: target.envKeys });
      return { name, fixture, fixtureText: canonicalJson(fixture), testFile };
    },
  );
}

const SESSION_ID = "^[A-Za-z0-9_][A-Za-z0-9_.-]*\\.jsonl$";

/** Session files in the folder, newest first, each with what its header line says. */
function listSessions(folder: string, current: string | undefined) {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => new RegExp(SESSION_ID).test(name));
  } catch {
    return [];
  }
  return names
    .map((id) => {
      const path = join(folder, id);
      const stat = statSync(path);
      const base = { id, size: stat.size, modifiedAt: stat.mtime.toISOString(), ...(path === current ? { current: true } : {}) };
      try {
        const header = JSON.parse(firstLine(path)) as { startedAt?: string; target?: Parameters<typeof describeTarget>[0] };
        return { ...base, ...(header.startedAt ? { startedAt: header.startedAt } : {}), ...(header.target ? { target: describeTarget(header.target) } : {}) };
      } catch (error) {
        return { ...base, error: `unreadable header: ${(error as Error).message}` };
      }
    })
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

/** The header line, without reading a large session whole. */
function firstLine(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString("utf8").split("\n")[0] ?? "";
  } finally {
    closeSync(fd);
  }
}
