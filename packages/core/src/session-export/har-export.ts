import type { Frame, HttpFrame, MessageFrame } from "../frame";
import type { SessionHeader } from "../session-header";
import { maskUrl } from "../mask-url";
import { RequestPairer, isRequest, messageId } from "../pairing";
import { maskHeader, maskJson } from "./session-view";

/** A session that cannot be a HAR: stdio, or HTTP without any recorded exchange. The message says why. */
export class ExportError extends Error {
  override name = "ExportError";
}

type HttpResponseFrame = Extract<HttpFrame, { event: "response" }>;

/**
 * HAR 1.2 of an HTTP session: one entry per recorded HTTP exchange (`http` frames of event `response`), with the
 * JSON-RPC message the POST carried as its body and, for a request, the server's answer as the response content.
 * Header values are already masked at recording; secret-named ones are masked again, URLs like everywhere else.
 */
export function sessionToHar(header: SessionHeader, frames: readonly Frame[], creator = { name: "mcp-inspect", version: header.inspector.version }): Record<string, unknown> {
  if (header.target.type !== "http") throw new ExportError(`HAR needs an HTTP session (a server reached by URL); this one ran a stdio server (${header.target.command})`);
  const responses = frames.filter((f): f is HttpResponseFrame => f.kind === "http" && f.event === "response");
  if (responses.length === 0) throw new ExportError("HAR needs an HTTP session with recorded HTTP exchanges; this one has none");
  const pairer = new RequestPairer();
  for (const frame of frames) pairer.add(frame);
  const start = Date.parse(header.startedAt);
  const used = new Set<number>();
  const entries = responses.map((http) => {
    const sent = carriedMessage(frames, http, used);
    if (sent) used.add(sent.seq);
    const answer = sent && isRequest(sent) ? pairer.get(sent.seq)?.response : undefined;
    const sentAt = sent?.t ?? http.t;
    const wait = Math.max(0, http.t - sentAt);
    const receive = answer && !http.stream ? Math.max(0, answer.t - http.t) : 0;
    const url = maskUrl(http.url);
    const requestHeaders = Object.entries(http.requestHeaders ?? {}).map(([name, value]) => ({ name, value: maskHeader(name, value) }));
    const requestBody = sent ? JSON.stringify(maskJson(sent.msg)) : undefined;
    const responseText = answer ? JSON.stringify(maskJson(answer.msg)) : http.body;
    const responseHeaders: { name: string; value: string }[] = [];
    if (http.contentType) responseHeaders.push({ name: "Content-Type", value: http.contentType });
    if (http.sessionId) responseHeaders.push({ name: "Mcp-Session-Id", value: http.sessionId });
    if (http.wwwAuthenticate) responseHeaders.push({ name: "WWW-Authenticate", value: http.wwwAuthenticate });
    return {
      startedDateTime: new Date(start + sentAt).toISOString(),
      time: wait + receive,
      request: {
        method: http.method,
        url,
        httpVersion: "HTTP/1.1",
        cookies: [],
        headers: requestHeaders,
        queryString: queryOf(url),
        ...(requestBody !== undefined ? { postData: { mimeType: "application/json", text: requestBody } } : {}),
        headersSize: -1,
        bodySize: requestBody !== undefined ? new TextEncoder().encode(requestBody).length : 0,
      },
      response: {
        status: http.status,
        statusText: http.statusText,
        httpVersion: "HTTP/1.1",
        cookies: [],
        headers: responseHeaders,
        content: {
          size: responseText !== undefined ? new TextEncoder().encode(responseText).length : 0,
          mimeType: http.contentType ?? (responseText !== undefined ? "application/json" : "x-unknown"),
          ...(responseText !== undefined ? { text: responseText } : {}),
          ...(http.stream && answer ? { comment: "the answer arrived on an SSE stream; its JSON-RPC message is shown as text" } : {}),
        },
        redirectURL: "",
        headersSize: -1,
        bodySize: -1,
      },
      cache: {},
      timings: { blocked: -1, dns: -1, connect: -1, send: 0, wait, receive, ssl: -1 },
      comment: `frame ${http.seq}${sent ? `, carried frame ${sent.seq}` : ""}`,
    };
  });
  return { log: { version: "1.2", creator, pages: [], entries, comment: `mcp-inspect session ${header.id}` } };
}

/** The client->server message a POST carried: the request its `requestId` names, else the latest unclaimed one before it. */
function carriedMessage(frames: readonly Frame[], http: HttpResponseFrame, used: Set<number>): MessageFrame | undefined {
  if (http.method !== "POST") return undefined;
  let fallback: MessageFrame | undefined;
  for (const frame of frames) {
    if (frame.seq >= http.seq) break;
    if (frame.kind !== "message" || frame.dir !== "client->server" || used.has(frame.seq)) continue;
    if (http.requestId !== undefined) {
      if (isRequest(frame) && messageId(frame) === http.requestId) fallback = frame;
    } else if (!isRequest(frame)) fallback = frame;
  }
  return fallback;
}

function queryOf(url: string): { name: string; value: string }[] {
  try {
    const out: { name: string; value: string }[] = [];
    new URL(url).searchParams.forEach((value, name) => out.push({ name, value }));
    return out;
  } catch {
    return [];
  }
}
