import { Stack, Text } from "@mantine/core";
import type { GetPromptResult } from "@modelcontextprotocol/client";
import type { TimedResult } from "../../ui/useTimedRequest";
import { formatDuration } from "../../ui/format";
import { PromptConversation } from "./PromptConversation";
import { RpcErrorAlert } from "../../ui/RpcErrorAlert";

/** A prompts/get result: its description, then the conversation its messages make. */
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
      <PromptConversation messages={messages} />
    </Stack>
  );
}
