import type { Client } from "@modelcontextprotocol/client";
import { RelayTransport } from "./relay-transport";

/** Sets the log level this client's 2026-07-28 requests carry in their envelope (see RelayTransport). */
export function setRequestLogLevel(client: Client, level: string | undefined): boolean {
  const transport = client.transport;
  if (!(transport instanceof RelayTransport)) return false;
  transport.setRequestLogLevel(level);
  return true;
}

/** The level this client's modern-era requests carry now. */
export function requestLogLevel(client: Client | undefined): string | undefined {
  const transport = client?.transport;
  return transport instanceof RelayTransport ? transport.requestLogLevel : undefined;
}
