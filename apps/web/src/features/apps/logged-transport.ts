import type { JSONRPCMessage, Transport, TransportSendOptions } from "@modelcontextprotocol/client";
import type { AppDirection, JsonRpcMessage } from "@mcp-inspect/core";

const RESOURCE_READY = "ui/notifications/sandbox-resource-ready";

/**
 * The host's transport to one app, recording every message both ways (the log's `app` frames). The HTML the host hands
 * the sandbox proxy is recorded by its size only: the log has the resources/read that fetched it.
 */
export class LoggedTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T) => void;

  constructor(
    private readonly inner: Transport,
    private readonly record: (dir: AppDirection, message: JsonRpcMessage) => void,
  ) {
    inner.onmessage = (message) => {
      this.record("app->host", message as JsonRpcMessage);
      this.onmessage?.(message);
    };
    inner.onerror = (error) => this.onerror?.(error);
    inner.onclose = () => this.onclose?.();
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    this.record("host->app", recorded(message as JsonRpcMessage));
    await this.inner.send(message, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

export function recorded(message: JsonRpcMessage): JsonRpcMessage {
  if (message.method !== RESOURCE_READY) return message;
  const params = (message.params ?? {}) as { html?: unknown };
  const html = typeof params.html === "string" ? params.html : "";
  return { ...message, params: { ...params, html: `(${new TextEncoder().encode(html).length} bytes of HTML, from resources/read)` } };
}
