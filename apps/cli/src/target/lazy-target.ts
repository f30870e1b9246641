import type { JsonRpcMessage } from "@mcp-inspect/core";
import type { Target } from "@mcp-inspect/server/serve";

/**
 * A target whose code is loaded when it starts, not when the inspector does: the remote (HTTP) target pulls in the
 * MCP SDK's transports and OAuth client (and their zod schemas, ~100 ms to evaluate), which a stdio session never
 * needs. Until it is loaded it is not running, so the session refuses sends as it does before any target starts.
 */
export function lazyTarget(load: () => Promise<Target>): Target {
  let real: Target | undefined;
  let loading: Promise<Target> | undefined;
  let wanted = false;
  return {
    start() {
      wanted = true;
      if (real) return real.start();
      loading ??= load().then((target) => {
        real = target;
        if (wanted) target.start();
        return target;
      });
    },
    send: (message: JsonRpcMessage) => real?.send(message) ?? false,
    async stop() {
      wanted = false;
      await (real ?? (await loading?.catch(() => undefined)))?.stop();
    },
    get running() {
      return real?.running ?? false;
    },
    stderrTail: () => real?.stderrTail() ?? [],
    headers: () => real?.headers?.() ?? {},
    setHeaders: (changes) => real?.setHeaders?.(changes) ?? {},
  };
}
