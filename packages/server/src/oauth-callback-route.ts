import type { FastifyInstance } from "fastify";
import type { PendingAuthorizations } from "./oauth-pending";

/** Where the authorization server sends the browser back; relative to the inspector's origin. */
export const OAUTH_CALLBACK_PATH = "/oauth/callback";

/**
 * `GET /oauth/callback?code&state`: the end of an authorization in the browser. It carries no
 * inspector token (the authorization server does not know it); the single-use `state` of an
 * authorization this inspector started is what lets it through, and all it can do is finish that one.
 */
export async function oauthCallbackRoute(app: FastifyInstance, options: { pending: PendingAuthorizations }): Promise<void> {
  app.get<{ Querystring: { code?: string; state?: string; error?: string; error_description?: string } }>(
    OAUTH_CALLBACK_PATH,
    {
      schema: {
        querystring: {
          type: "object",
          properties: { code: { type: "string", maxLength: 4096 }, state: { type: "string", maxLength: 512 }, error: { type: "string", maxLength: 200 }, error_description: { type: "string", maxLength: 2000 } },
        },
      },
    },
    async (request, reply) => {
      const { code, state, error, error_description: description } = request.query;
      const authorization = state ? options.pending.take(state) : undefined;
      const page = (status: number, title: string, text: string) => reply.code(status).type("text/html; charset=utf-8").send(html(title, text, status === 200));
      if (!authorization) return page(400, "Unknown authorization", "This inspector is not waiting for this authorization (unknown or already used state). Start it again with Authorize in mcp-inspect.");
      if (error || !code) {
        const reason = error ? `${error}${description ? `: ${description}` : ""}` : "no code in the redirect";
        authorization.fail(reason);
        return page(400, "Not authorized", `The authorization server said: ${reason}`);
      }
      try {
        await authorization.finish(code);
      } catch (e) {
        return page(502, "Not authorized", `Exchanging the code for a token failed: ${(e as Error).message}`);
      }
      return page(200, "Authorized", "mcp-inspect has a token and is reconnecting to the server. You can close this tab.");
    },
  );
}

function html(title: string, text: string, ok: boolean): string {
  return `<!doctype html><meta charset="utf-8"><title>${escape(title)} · mcp-inspect</title>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color-scheme:light dark">
<h1 data-testid="oauth-callback-result" style="color:${ok ? "#2b8a3e" : "#c92a2a"}">${escape(title)}</h1><p>${escape(text)}</p></body>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
