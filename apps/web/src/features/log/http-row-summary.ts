import type { HttpFrame } from "@mcp-inspect/core";
import type { LogRowSummary } from "./row-summary";

/** One log row for an HTTP-level fact of a remote target (user header values arrive already masked). */
export function summarizeHttpFrame(frame: HttpFrame): LogRowSummary {
  switch (frame.event) {
    case "response": {
      // MCP's own headers repeat on every request: the row names them when they change, the detail view has them all.
      const { "mcp-session-id": sentSession, "mcp-protocol-version": _version, "last-event-id": _last, ...user } = frame.requestHeaders;
      const headers = Object.entries(user).map(([name, value]) => `${name}: ${value}`);
      const detail = [
        pathOf(frame.url),
        frame.contentType,
        frame.stream ? "stream open" : undefined,
        frame.sessionId && frame.sessionId !== sentSession ? `new session ${frame.sessionId}` : undefined,
        frame.resumedFrom ? `resumed after event ${frame.resumedFrom}` : undefined,
        ...headers,
        frame.wwwAuthenticate ? `WWW-Authenticate: ${frame.wwwAuthenticate}` : undefined,
        frame.body ? `body: ${frame.body}` : undefined,
      ].filter(Boolean);
      return { arrow: "", label: `HTTP ${frame.method} ${frame.status}`, detail: detail.join(" · "), tone: frame.status >= 400 ? "process-bad" : "process" };
    }
    case "stream-end":
      return { arrow: "", label: "HTTP stream end", detail: `${frame.method} ${pathOf(frame.url)}: ${frame.reason}`, tone: frame.reason.startsWith("dropped") ? "warning" : "process" };
    case "failed":
      return { arrow: "", label: `HTTP ${frame.method} failed`, detail: `${pathOf(frame.url)}: ${frame.message}`, tone: "process-bad" };
    case "fallback":
      return { arrow: "", label: "HTTP fallback to SSE", detail: `the Streamable HTTP POST was answered ${frame.status}: using the older HTTP+SSE transport`, tone: "warning" };
    case "error":
      return { arrow: "", label: "HTTP error", detail: frame.message, tone: "process-bad" };
    case "auth":
      return { arrow: "", label: `OAuth ${frame.step}`, detail: frame.message, tone: frame.step === "failed" ? "process-bad" : frame.step === "authorize" || frame.step === "required" ? "warning" : "process" };
    case "headers": {
      const headers = Object.entries(frame.headers).map(([name, value]) => `${name}: ${value}`);
      return { arrow: "", label: "HTTP headers changed", detail: headers.length > 0 ? headers.join(" · ") : "no custom headers", tone: "process" };
    }
  }
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}
