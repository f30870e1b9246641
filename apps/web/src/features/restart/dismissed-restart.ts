/**
 * The restart whose banner the person dismissed, kept in sessionStorage (this browser tab) per session,
 * so a page reload does not bring back a banner about a restart they already saw.
 */
const key = (sessionId: string) => `mcp-inspect.restart-dismissed.${sessionId}`;

export function readDismissedRestart(sessionId: string | undefined, storage: Pick<Storage, "getItem"> | undefined = globalThis.sessionStorage): number | undefined {
  if (!sessionId || !storage) return undefined;
  try {
    const seq = Number(storage.getItem(key(sessionId)));
    return Number.isInteger(seq) && seq > 0 ? seq : undefined;
  } catch {
    return undefined; // storage disabled: the banner may come back after a reload, nothing worse
  }
}

export function writeDismissedRestart(sessionId: string | undefined, seq: number, storage: Pick<Storage, "setItem"> | undefined = globalThis.sessionStorage): void {
  if (!sessionId || !storage) return;
  try {
    storage.setItem(key(sessionId), String(seq));
  } catch {
    // not persisted; see readDismissedRestart
  }
}
