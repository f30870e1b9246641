import { Group, Loader, Progress, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { formatDuration } from "../../../ui/format";
import type { CallProgress } from "./call-state";
import { progressView } from "./progress-view";

/** A call in flight: elapsed time, and the server's progress (indeterminate until it reports a total). */
export function CallProgressBar({ startedAt, progress }: { startedAt: number; progress: CallProgress | undefined }) {
  const elapsed = useElapsed(startedAt);
  const view = progressView(progress);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          Calling… {formatDuration(elapsed)}
        </Text>
      </Group>
      {progress && (
        <Stack gap={2} data-testid="call-progress" data-progress={progress.progress} data-total={progress.total} data-percent={view.percent}>
          <Progress
            value={view.percent ?? 100}
            striped={view.percent === undefined}
            animated={view.percent === undefined}
            transitionDuration={200}
            aria-label="Call progress"
          />
          <Text size="xs" c="dimmed" data-testid="call-progress-label">
            {view.label}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

/** Milliseconds since `startedAt` (a performance.now() time), refreshed a few times a second. */
function useElapsed(startedAt: number): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, now - startedAt);
}
