import { Badge, Button, Card, Group, Loader, Stack, Text } from "@mantine/core";
import type { ContentBlock } from "@modelcontextprotocol/client";
import { IconX } from "@tabler/icons-react";
import { ContentItem } from "../../content";
import { isRunOver, shownStatusMessage, type TaskRun } from "./task-run";

const STATUS_COLOR: Record<string, string> = { answered: "green", working: "blue", input_required: "orange", completed: "green", failed: "red", cancelled: "gray" };

/** One task: its id and status (live), the status message, Cancel while it runs, and its result. */
export function TaskRunCard({ run, canCancel, onCancel }: { run: TaskRun; canCancel: boolean; onCancel: () => void }) {
  const status = run.task?.status ?? (run.immediate ? "answered" : "creating");
  const over = isRunOver(run);
  return (
    <Card withBorder padding="sm" data-testid="task-run" data-status={status}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" miw={0}>
            {!over && <Loader size={12} />}
            <Badge size="sm" variant="light" color={STATUS_COLOR[status] ?? "gray"} data-testid="task-status">
              {status}
            </Badge>
            <Text size="xs" c="dimmed" className="mono" truncate data-testid="task-id">
              {run.task?.taskId ?? (run.immediate ? "" : "…")}
            </Text>
          </Group>
          {!over && run.task && canCancel && (
            <Button size="compact-xs" variant="default" leftSection={<IconX size={12} />} onClick={onCancel} disabled={run.cancelRequested}>
              Cancel task
            </Button>
          )}
        </Group>
        {shownStatusMessage(run) && (
          <Text size="xs" data-testid="task-status-message">
            {shownStatusMessage(run)}
          </Text>
        )}
        {run.immediate && <Text size="xs" c="dimmed">The server answered the call at once instead of creating a task.</Text>}
        {status === "input_required" && <Text size="xs" c="orange">The server is waiting for an answer: see Requests in the header.</Text>}
        {run.error && (
          <Text size="xs" c="red" data-testid="task-error">
            {run.error}
          </Text>
        )}
        {run.result && (
          <Stack gap={4} data-testid="task-result">
            {run.result.isError && <Badge size="xs" color="red">isError</Badge>}
            {run.result.content.map((block, i) => (
              <ContentItem key={i} item={block as ContentBlock} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
