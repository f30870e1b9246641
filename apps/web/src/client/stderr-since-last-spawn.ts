import type { Frame } from "@mcp-inspect/core";

/** The last `max` stderr lines of the current process (those after the latest spawn frame). */
export function stderrSinceLastSpawn(frames: readonly Frame[], max = 20): string[] {
  const lines: string[] = [];
  for (let i = frames.length - 1; i >= 0 && lines.length < max; i--) {
    const frame = frames[i]!;
    if (frame.kind === "process" && frame.event === "spawn") break;
    if (frame.kind === "stderr") lines.push(frame.text);
  }
  return lines.reverse();
}
