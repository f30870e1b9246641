import type { FastifyInstance } from "fastify";

/** A session file shown read-only (`mcp-inspect open`): its name and its text, read once by the CLI. */
export interface Recording {
  name: string;
  text: string;
}

/** `GET /api/recording`: the session file, as the CLI read it (token-protected like the rest of the API). */
export async function recordingRoute(app: FastifyInstance, options: { recording: Recording }): Promise<void> {
  app.get("/api/recording", async (_request, reply) => reply.type("application/x-ndjson; charset=utf-8").send(options.recording.text));
}
