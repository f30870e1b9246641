/** How long a server's request waits for the person before it is shown as expired: the SDK's default request timeout. */
export const DEFAULT_REQUEST_TIMEOUT_S = 60;
export const REQUEST_TIMEOUT_STORAGE_KEY = "mcp-inspect.client-request-timeout";

/** Reads the stored setting (seconds); anything missing, non-numeric or not positive gives the default. */
export function parseRequestTimeout(stored: string | null): number {
  const value = stored === null ? NaN : Number(stored);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_REQUEST_TIMEOUT_S;
}

export function readRequestTimeoutMs(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): number {
  try {
    return parseRequestTimeout(storage?.getItem(REQUEST_TIMEOUT_STORAGE_KEY) ?? null) * 1000;
  } catch {
    return DEFAULT_REQUEST_TIMEOUT_S * 1000;
  }
}
