import { latencyKeys, latencyStats, type LatencySample, type LatencyStats } from "@mcp-inspect/core";
import { isFailedResponse } from "./log-row-summary";
import type { Exchange } from "./exchange-index";

/** Latency and failures per method (and per tool for tools/call) over answered exchanges; `dir` picks who asked. */
export function exchangeLatency(exchanges: Iterable<Exchange>, dir: Exchange["request"]["dir"]): LatencyStats[] {
  const samples: LatencySample[] = [];
  for (const x of exchanges) {
    if (x.durationMs === undefined || x.request.dir !== dir) continue;
    const failed = x.response !== undefined && isFailedResponse(x.response.msg);
    for (const key of latencyKeys(String(x.request.msg.method), x.request.msg.params)) samples.push({ key, durationMs: x.durationMs, failed });
  }
  return latencyStats(samples);
}
