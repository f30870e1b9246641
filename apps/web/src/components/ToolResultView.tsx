import { Badge, Group, Loader, Paper, Stack, Text } from "@mantine/core";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import type { TimedResult } from "../hooks/useTimedRequest";
import { formatDuration } from "../lib/format";
import { ContentItem } from "./ContentItem";
import { JsonBlock } from "./JsonBlock";
import { RpcErrorAlert } from "./RpcErrorAlert";
import classes from "./ToolResultView.module.css";

/** The outcome of a tools/call: content items, structuredContent, a tool error, or a JSON-RPC error. */
export function ToolResultView({ result }: { result: TimedResult<CallToolResult> }) {
  if (result.status === "idle") return null;
  if (result.status === "pending") {
    return (
      <Group gap="xs" data-testid="tool-result" data-status="pending">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          Calling…
        </Text>
      </Group>
    );
  }
  const duration = (
    <Text size="xs" c="dimmed" data-testid="tool-duration">
      {result.status === "error" ? `failed after ${formatDuration(result.durationMs)}` : formatDuration(result.durationMs)}
    </Text>
  );
  if (result.status === "error") {
    return (
      <Stack gap={4} data-testid="tool-result" data-status="rpc-error">
        {duration}
        <RpcErrorAlert error={result.error} />
      </Stack>
    );
  }
  const data = result.data;
  const isError = data.isError === true;
  const content = Array.isArray(data.content) ? data.content : [];
  return (
    <Paper withBorder p="sm" className={classes.result} data-error={isError || undefined} data-testid="tool-result" data-status={isError ? "tool-error" : "ok"}>
      <Stack gap="xs">
        <Group gap="xs">
          {isError ? (
            <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} />} tt="none">
              Tool error
            </Badge>
          ) : (
            <Badge color="green" leftSection={<IconCircleCheck size={12} />} tt="none">
              Result
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {content.length} content item{content.length === 1 ? "" : "s"}
          </Text>
          {duration}
        </Group>
        {content.map((item, i) => (
          <ContentItem key={i} item={item} />
        ))}
        {data.structuredContent !== undefined && (
          <Stack gap={4} data-testid="structured-content">
            <Text size="xs" fw={600} c="dimmed">
              structuredContent
            </Text>
            <JsonBlock value={data.structuredContent} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
