import type { CallProgress } from "./call-state";

/** What the progress bar shows: a percentage when the total is known, else indeterminate. */
export function progressView(progress: CallProgress | undefined): { percent: number | undefined; label: string } {
  if (!progress) return { percent: undefined, label: "" };
  const { progress: done, total, message } = progress;
  const known = typeof total === "number" && total > 0;
  const percent = known ? Math.min(100, Math.max(0, (done / total) * 100)) : undefined;
  const count = known ? `${done}/${total}` : `${done}`;
  return { percent, label: message ? `${count} · ${message}` : count };
}
