import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

export interface UpstreamRequest {
  method: string;
  headers: OutgoingHttpHeaders;
  body?: Buffer;
  signal: AbortSignal;
}

/**
 * One request to the remote server with node:http(s), not fetch: the answer's bytes come as the server sent them
 * (nothing decoded, nothing followed), as a Node stream that needs no web-stream round trips per chunk, which is
 * most of what a proxied request costs. Keep-alive agents reuse connections as a client's own would.
 */
export function createUpstream(): { send(url: URL, request: UpstreamRequest): Promise<IncomingMessage>; close(): void } {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  return {
    send(url, { method, headers, body, signal }) {
      const secure = url.protocol === "https:";
      return new Promise((resolve, reject) => {
        const req = (secure ? httpsRequest : httpRequest)(url, { method, headers, signal, agent: secure ? agents.https : agents.http }, resolve);
        req.once("error", reject);
        // With the whole body given to end(), Node sends it with its Content-Length, as the client did.
        req.end(body);
      });
    },
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
