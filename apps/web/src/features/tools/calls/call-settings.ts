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
 * The SDK request options. The total limit is not the SDK's maxTotalTimeout (checked only when progress arrives,
 * and when it trips the server is never told): `totalTimeLimitMs` is enforced by aborting the request, which
 * sends notifications/cancelled. The per-request timeout is capped by it, so a silent call stops there too.
 */
export function requestTimeoutOptions(timeouts: CallTimeouts): { timeout: number; resetTimeoutOnProgress: true } {
  const timeout = timeouts.timeoutS * 1000;
  if (timeouts.maxTotalS === undefined) return { timeout, resetTimeoutOnProgress: true };
  return { timeout: Math.min(timeout, timeouts.maxTotalS * 1000), resetTimeoutOnProgress: true };
}

/** The limit on the whole call, progress or not, in ms; undefined for none. */
export function totalTimeLimitMs(timeouts: CallTimeouts): number | undefined {
  return timeouts.maxTotalS === undefined ? undefined : timeouts.maxTotalS * 1000;
}
