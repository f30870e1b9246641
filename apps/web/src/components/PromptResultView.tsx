import { Badge, Paper, Stack, Text } from "@mantine/core";
import type { GetPromptResult } from "@modelcontextprotocol/sdk/types.js";
import type { TimedResult } from "../hooks/useTimedRequest";
import { formatDuration } from "../lib/format";
import { ContentItem } from "./ContentItem";
import { RpcErrorAlert } from "./RpcErrorAlert";

/** The messages of a prompts/get result, each with its role. */
export function PromptResultView({ result }: { result: TimedResult<GetPromptResult> }) {
  if (result.status === "idle" || result.status === "pending") return null;
  if (result.status === "error") return <RpcErrorAlert error={result.error} />;
  const { messages, description } = result.data;
  return (
    <Stack gap="xs" data-testid="prompt-result">
      <Text size="xs" c="dimmed">
        {messages.length} message{messages.length === 1 ? "" : "s"} · {formatDuration(result.durationMs)}
        {description ? ` · ${description}` : ""}
      </Text>
      {messages.map((message, i) => (
        <Paper key={i} withBorder p="sm" data-testid="prompt-message">
          <Stack gap={6}>
            <Badge size="sm" color={message.role === "user" ? "blue" : "grape"} tt="none" data-testid="prompt-message-role">
              {message.role}
            </Badge>
            <ContentItem item={message.content} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
