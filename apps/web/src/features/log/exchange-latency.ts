import { latencyKeys, latencyStats, type LatencySample, type LatencyStats } from "@mcp-inspect/core";
import type { Exchange } from "./exchange-index";

/** Latency per method (and per tool for tools/call) over answered exchanges; `dir` picks who asked. */
export function exchangeLatency(exchanges: Iterable<Exchange>, dir: "client->server" | "server->client"): LatencyStats[] {
  const samples: LatencySample[] = [];
  for (const x of exchanges) {
    if (x.durationMs === undefined || x.request.dir !== dir) continue;
    for (const key of latencyKeys(String(x.request.msg.method), x.request.msg.params)) samples.push({ key, durationMs: x.durationMs });
  }
  return latencyStats(samples);
}
