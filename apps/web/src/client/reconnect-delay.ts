/** Delay before reconnect attempt `attempt` (0-based): 250 ms doubling up to 5 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(250 * 2 ** Math.max(0, attempt), 5000);
}
