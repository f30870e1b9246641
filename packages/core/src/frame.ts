/** Who sent a JSON-RPC message. */
export type Direction = "client->server" | "server->client";

/** A JSON-RPC message as it crossed the wire; the relay does not interpret it beyond its shape. */
export type JsonRpcMessage = Record<string, unknown>;

interface FrameBase {
  /** Sequence number, from 1, unique within a session. */
  seq: number;
  /** Milliseconds since the session started. */
  t: number;
}

export interface MessageFrame extends FrameBase {
  kind: "message";
  dir: Direction;
  msg: JsonRpcMessage;
  /** Size of the line on the wire, in bytes. */
  bytes?: number;
  /** The server wrote this line without its terminating newline (flushed at exit or after a pause). */
  unterminated?: true;
}

export interface StderrFrame extends FrameBase {
  kind: "stderr";
  text: string;
}

/** A stdout line that is not a JSON-RPC message: the most common way servers break their clients. */
export interface StdoutNoiseFrame extends FrameBase {
  kind: "stdout-noise";
  text: string;
  /** Why it is not a message, e.g. "not JSON: Unexpected token 'S'". */
  reason: string;
  invalidUtf8?: boolean;
  /** The server wrote this line without its terminating newline (flushed at exit or after a pause). */
  unterminated?: true;
}

export type ProcessEvent =
  | { event: "spawn"; pid: number; command: string; args: string[]; cwd: string }
  | { event: "exit"; code: number | null; signal: string | null; stderrTail: string[] }
  | { event: "error"; code: string; message: string; stderrTail: string[] }
  | { event: "init-timeout"; timeoutMs: number; stderrTail: string[]; /** The unanswered handshake request (absent in older recordings: initialize). */ method?: string }
  /** `reason` says why when it was not the person's Restart button, e.g. "change in src/tools.ts" (--watch). */
  | { event: "restart"; reason?: string };

export type ProcessFrame = FrameBase & { kind: "process" } & ProcessEvent;

/**
 * What happened at the HTTP level of a remote target (Streamable HTTP or SSE). The messages themselves
 * are `message` frames; these are the facts around them. Values of headers the user added are masked.
 */
export type HttpEvent =
  /** One HTTP exchange, recorded when the response headers arrive. */
  | {
      event: "response";
      method: string;
      url: string;
      status: number;
      statusText: string;
      contentType?: string;
      /**
       * The request's notable headers: MCP's own (session id, protocol version, Last-Event-ID; from 2026-07-28
       * Mcp-Method, Mcp-Name and Mcp-Param-*) and the user's, masked.
       */
      requestHeaders: Record<string, string>;
      /** The JSON-RPC id of the request the POST carried, so its headers can be checked against its body. */
      requestId?: string | number;
      /** `Mcp-Session-Id` the server sent back. */
      sessionId?: string;
      /** Set when the request resumed a dropped stream (`Last-Event-ID`). */
      resumedFrom?: string;
      /** True when the response is an SSE stream (text/event-stream). */
      stream?: boolean;
      /** The raw body of an error response (capped), JSON or not: often the only clue. */
      body?: string;
      /** `WWW-Authenticate` of a 401/403: where OAuth discovery starts (`resource_metadata=...`). */
      wwwAuthenticate?: string;
    }
  /** An SSE stream ended: closed by the server, dropped, or closed by us. */
  | { event: "stream-end"; method: string; url: string; reason: string }
  /** The request never got a response (refused, DNS, TLS, reset). */
  | { event: "failed"; method: string; url: string; message: string }
  /** Streamable HTTP was refused with 404/405, so the target switched to the older HTTP+SSE transport. */
  | { event: "fallback"; from: "streamable-http"; to: "sse"; status: number }
  /** What the SDK transport reported as an error (e.g. a stream it could not resume). */
  | { event: "error"; message: string }
  /** The person changed the headers in the UI; values masked. The target reconnects with them. */
  | { event: "headers"; headers: Record<string, string> }
  /**
   * A step of the OAuth 2.1 authorization of a remote server. The HTTP exchanges themselves (metadata,
   * registration, token) are `response` frames; tokens, codes and verifiers never appear in frames.
   */
  | { event: "auth"; step: OAuthStep; message: string; /** `authorize`: the page to open. */ url?: string };

/**
 * `required`: the server answered 401 and discovery begins; `registered`: dynamic client registration
 * gave a client id; `authorize`: the person must approve in the browser; `authorized`: the code was
 * exchanged (PKCE) for tokens; `refreshed`: an expired access token was renewed; `failed`: why not.
 */
export type OAuthStep = "required" | "registered" | "authorize" | "authorized" | "refreshed" | "failed";

export type HttpFrame = FrameBase & { kind: "http" } & HttpEvent;

export type Severity = "error" | "warning" | "info";

/** A protocol check's finding, recorded as a frame right after the frame it concerns. */
export interface CheckFrame extends FrameBase {
  kind: "check";
  /** Stable rule id, e.g. "stdio/stdout-noise"; the table of rules is in checks/rules.ts. */
  rule: string;
  severity: Severity;
  /** What is wrong, naming the offending value. */
  message: string;
  /** One line: how to fix it. */
  hint: string;
  /** The seq of the frame this finding is about, when it is about one. */
  about?: number;
  /** JSON path inside that frame's message, when it helps, e.g. "/result/tools/3/inputSchema". */
  path?: string;
}

/** Who sent a message between an MCP App and the inspector as its host (the io.modelcontextprotocol/ui extension). */
export type AppDirection = "app->host" | "host->app";

/** Which app a message belongs to: one rendering of a `ui://` resource in the browser. */
export interface AppRef {
  /** Unique within the session: a tool call's app, or one opened from the Resources tab, e.g. "app-3". */
  instance: string;
  /** The `ui://` resource the app was loaded from. */
  uri: string;
  /** The tool whose call the app shows, when it shows one. */
  tool?: string;
}

/**
 * A JSON-RPC message between an MCP App (in its sandboxed frame) and the inspector's page as its host, sent to the
 * backend by the page so the log and the session file keep the app's conversation beside the server's. What the app
 * asks of the server (tools/call, resources/read) is proxied by the host, so it also appears as ordinary messages.
 */
export interface AppFrame extends FrameBase {
  kind: "app";
  dir: AppDirection;
  app: AppRef;
  msg: JsonRpcMessage;
}

export type Frame = MessageFrame | StderrFrame | StdoutNoiseFrame | ProcessFrame | CheckFrame | HttpFrame | AppFrame;
export type FrameKind = Frame["kind"];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A frame before the session numbers and timestamps it. */
export type FrameInput = DistributiveOmit<Frame, "seq" | "t">;
