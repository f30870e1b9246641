import type { FastifyInstance } from "fastify";
import { checkHost } from "../target/inspect-options";
import { printErr } from "../common/terminal-text";
import { UsageError } from "../common/usage-error";

/** Where the UI is served: what `inspect` and `open` share. */
export interface UiListenFlags {
  host: string;
  port: number;
  allowRemote?: boolean;
}

/** Refuses a non-loopback address unless --allow-remote, and then says loudly what it means, every run. */
export function checkUiHost(flags: UiListenFlags, what: string): void {
  checkHost(flags.host, flags.allowRemote);
  if (!["127.0.0.1", "::1", "localhost"].includes(flags.host)) {
    printErr(`! WARNING: listening on ${flags.host}, not loopback: anyone who can reach it and learns the token can ${what}\n`);
  }
}

/**
 * Listens on the flags' address; the default port, when taken, gives way to any free one (a port given on
 * the command line does not). Resolves with the origin, e.g. `http://127.0.0.1:6277`.
 */
export async function listenForUi(app: FastifyInstance, flags: UiListenFlags, portGiven: boolean): Promise<string> {
  let busy = false;
  try {
    await app.listen({ host: flags.host, port: flags.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EADDRINUSE") throw error;
    if (portGiven) throw new UsageError(`port ${flags.port} is in use: pick another with --port, or --port 0 for any free port`);
    await app.listen({ host: flags.host, port: 0 });
    busy = true;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : flags.port;
  // A bookmarked http://127.0.0.1:6277 now reaches whatever holds that port, not us: say so.
  if (busy) printErr(`! port ${flags.port} is in use (another inspector?): listening on port ${port} instead; pass --port to choose one\n`);
  const hostForUrl = flags.host.includes(":") ? `[${flags.host}]` : flags.host;
  return `http://${hostForUrl}:${port}`;
}
