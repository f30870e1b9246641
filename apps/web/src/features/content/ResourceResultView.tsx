import { Group, Loader, Stack, Text } from "@mantine/core";
import type { ReadResourceResult } from "@modelcontextprotocol/client";
import type { TimedResult } from "../../ui/useTimedRequest";
import { formatDuration } from "../../ui/format";
import { ResourceContentsView } from "./ResourceContentsView";
import { RpcErrorAlert } from "../../ui/RpcErrorAlert";
import { cacheHintOf } from "../../client/fetch-all-pages";
import { describeCacheHint } from "../../ui/PagedListHeader";

/** The outcome of a resources/read: every contents entry, or the error. */
export function ResourceResultView({ result }: { result: TimedResult<ReadResourceResult> }) {
  switch (result.status) {
    case "idle":
      return null;
    case "pending":
      return (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            Reading…
          </Text>
        </Group>
      );
    case "error":
      return <RpcErrorAlert error={result.error} />;
    case "success":
      return (
        <Stack gap="sm" data-testid="resource-result">
          <Text size="xs" c="dimmed">
            {result.data.contents.length} item{result.data.contents.length === 1 ? "" : "s"} · {formatDuration(result.durationMs)}
            {cacheHintOf(result.data) && <span data-testid="read-cache"> · cache hint: {describeCacheHint(cacheHintOf(result.data)!)}</span>}
          </Text>
          {result.data.contents.map((contents, i) => (
            <ResourceContentsView key={i} contents={contents} />
          ))}
        </Stack>
      );
  }
}
