import type { FastifyInstance } from "fastify";
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
}
