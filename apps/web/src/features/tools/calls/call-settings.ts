/** How long a tools/call may take. Seconds, as the user types them; undefined maxTotal = no limit. */
export interface CallTimeouts {
  /** Without a response (or progress, which resets it) for this long, the call times out. */
  timeoutS: number;
  /** Progress or not, the call times out after this long. */
  maxTotalS: number | undefined;
}

/** Generous: inspecting a slow tool should not be cut short by the SDK's 60 s default. */
export const DEFAULT_TIMEOUTS: CallTimeouts = { timeoutS: 300, maxTotalS: undefined };
export const TIMEOUTS_STORAGE_KEY = "mcp-inspect.call-timeouts";

function positive(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Reads stored settings, falling back to the defaults for anything missing or malformed. */
export function parseTimeouts(stored: string | null): CallTimeouts {
  if (!stored) return DEFAULT_TIMEOUTS;
  try {
    const raw = JSON.parse(stored) as Partial<Record<keyof CallTimeouts, unknown>>;
    return { timeoutS: positive(raw.timeoutS) ?? DEFAULT_TIMEOUTS.timeoutS, maxTotalS: positive(raw.maxTotalS) };
  } catch {
    return DEFAULT_TIMEOUTS;
  }
}

export function serializeTimeouts(timeouts: CallTimeouts): string {
  return JSON.stringify(timeouts);
}

/**
 * The SDK request options. The SDK checks maxTotalTimeout only when progress arrives, so the
 * per-request timeout is capped by it too: a silent call still stops at the total limit.
 */
export function requestTimeoutOptions(timeouts: CallTimeouts): { timeout: number; resetTimeoutOnProgress: true; maxTotalTimeout?: number } {
  const timeout = timeouts.timeoutS * 1000;
  if (timeouts.maxTotalS === undefined) return { timeout, resetTimeoutOnProgress: true };
  const maxTotalTimeout = timeouts.maxTotalS * 1000;
  return { timeout: Math.min(timeout, maxTotalTimeout), resetTimeoutOnProgress: true, maxTotalTimeout };
}
