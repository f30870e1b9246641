import { maskUrl, type Frame, type HttpSessionTarget } from "@mcp-inspect/core";
import type { InspectSession, OAuthOptions } from "@mcp-inspect/server/serve";
import { lazyTarget } from "./lazy-target";
import type { RemoteTarget } from "./inspect-options";

/** What the session file says about a remote target: header names only, never their values; the URL's secrets masked. */
export function remoteSessionTarget(remote: RemoteTarget): HttpSessionTarget {
  return { type: "http", url: maskUrl(remote.url), transport: remote.transport, headerNames: Object.keys(remote.headers) };
}

/**
 * Attaches a remote server to a session: the browser's client, doctor's or call's go through it like
 * stdio. With `oauth` (the UI, which has a browser to approve in), a 401 starts an OAuth authorization
 * and its completion reconnects.
 */
export function attachRemote(session: InspectSession, remote: RemoteTarget, oauth?: Omit<OAuthOptions, "onAuthorized">): void {
  session.attach((emit, control) =>
    lazyTarget(async () => {
      const { createHttpTarget } = await import("@mcp-inspect/server");
      return createHttpTarget({ url: remote.url, transport: remote.transport, headers: remote.headers, ...(oauth ? { oauth: { ...oauth, onAuthorized: () => control.restart("authorized") } } : {}) }, emit);
    }),
  );
}

/** Why connecting failed, in the words of the frames (the SDK client only says "connection closed"). */
export function remoteFailure(frames: readonly Frame[]): string | undefined {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i]!;
    if (frame.kind === "process" && frame.event === "error") return frame.message;
  }
  return undefined;
}

/** Resolves once the target connected or failed (its first process frame): only then may a client send. */
export function targetSettled(session: InspectSession): Promise<void> {
  if (session.history().some((f) => f.kind === "process")) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = session.subscribe((f) => {
      if (f.kind !== "process") return;
      unsubscribe();
      resolve();
    });
  });
}
