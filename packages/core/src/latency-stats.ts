/** One answered request: what it was (e.g. "tools/call" or "tools/call echo") and how long it took. */
export interface LatencySample {
  key: string;
  durationMs: number;
  /** Answered with a failure: a JSON-RPC error, or a tool result with `isError: true`. */
  failed?: boolean;
}

export interface LatencyStats {
  key: string;
  count: number;
  /** How many of `count` failed; the rate is errors / count. */
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The p-th percentile (0..100) of ascending `sorted`, nearest-rank: always a measured value. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("percentile of an empty list");
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile must be within 0..100, got ${p}`);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** count, errors, p50, p95, p99 and max per key, sorted by key; samples with a non-finite duration are ignored. */
export function latencyStats(samples: Iterable<LatencySample>): LatencyStats[] {
  const byKey = new Map<string, { durations: number[]; errors: number }>();
  for (const { key, durationMs, failed } of samples) {
    if (!Number.isFinite(durationMs)) continue;
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { durations: [], errors: 0 }));
    group.durations.push(durationMs);
    if (failed) group.errors++;
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, { durations, errors }]) => {
      const sorted = durations.sort((a, b) => a - b);
      return { key, count: sorted.length, errors, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1]! };
    });
}

/** The keys a request counts under: its method, and for tools/call also "tools/call <tool name>". */
export function latencyKeys(method: string, params: unknown): string[] {
  if (method !== "tools/call") return [method];
  const name = params && typeof params === "object" ? (params as { name?: unknown }).name : undefined;
  return typeof name === "string" ? [method, `${method} ${name}`] : [method];
}
