import { Alert, Badge, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import type { Tool } from "@modelcontextprotocol/client";
import { IconAlertTriangle, IconCircleCheck, IconClockX, IconPlayerStop } from "@tabler/icons-react";
import { useMemo } from "react";
import { CallProgressBar } from "./calls/CallProgressBar";
import type { CallState } from "./calls/call-state";
import { timedOutText } from "./calls/call-summary";
import { formatDuration } from "../../ui/format";
import { checkOutput } from "./output-validation";
import { OutputCheckAlert } from "./OutputCheckAlert";
import { ContentItem } from "../content";
import { JsonBlock } from "../../ui/JsonBlock";
import { RpcErrorAlert } from "../../ui/RpcErrorAlert";
import { UrlElicitationRequired, urlElicitationsOf } from "./calls/UrlElicitationRequired";
import { SchemaSection } from "../../ui/SchemaSection";
import classes from "./ToolResultView.module.css";

const BROWSER_ROUND_TRIP =
  "Measured in this page: from sending the request to the answer arriving over the relay. The log's figure is measured at the server's pipe, so it leaves out the relay.";

/** A tools/call: in flight, cancelled, timed out, a JSON-RPC error, or its result (a tool error or not). */
export function ToolResultView({ call, tool, onRetry }: { call: CallState; tool: Tool; /** Sends the same call again (offered where a retry makes sense). */ onRetry?: (args: Record<string, unknown>) => void }) {
  if (call.status === "idle") return null;
  if (call.status === "pending" || call.status === "progress") {
    return (
      <div data-testid="tool-result" data-status={call.status}>
        <CallProgressBar startedAt={call.startedAt} progress={call.status === "progress" ? call.progress : undefined} />
      </div>
    );
  }
  // The log shows another figure for the same call (timed at the server's pipe): say which one this is.
  const duration = (
    <Tooltip label={BROWSER_ROUND_TRIP} multiline w={300} openDelay={300}>
      <Text size="xs" c="dimmed" data-testid="tool-duration" title={BROWSER_ROUND_TRIP}>
        {call.status === "rpc-error" ? `failed after ${formatDuration(call.durationMs)}` : formatDuration(call.durationMs)} round trip in the browser
      </Text>
    </Tooltip>
  );
  switch (call.status) {
    case "rpc-error": {
      // -32042: the server wants a page opened first (URL elicitation); offer it, and the retry.
      const elicitations = urlElicitationsOf(call.error);
      const args = call.args;
      return (
        <Stack gap={4} data-testid="tool-result" data-status="rpc-error">
          {duration}
          {elicitations ? <UrlElicitationRequired elicitations={elicitations} onRetry={onRetry && (() => onRetry(args))} /> : <RpcErrorAlert error={call.error} />}
        </Stack>
      );
    }
    case "cancelled":
      // Cancelling is the user's doing, not a failure: no error colours.
      return (
        <Paper withBorder p="sm" data-testid="tool-result" data-status="cancelled">
          <Group gap="xs">
            <Badge color="gray" leftSection={<IconPlayerStop size={12} />} tt="none">
              Cancelled
            </Badge>
            <Text size="xs" c="dimmed">
              after {formatDuration(call.durationMs)}; the server was sent notifications/cancelled
            </Text>
          </Group>
        </Paper>
      );
    case "timed-out":
      return (
        <Alert variant="light" color="orange" icon={<IconClockX size={18} />} title={timedOutText(call.limitMs, call.durationMs)} data-testid="tool-result" data-status="timed-out">
          <Text size="xs">{call.error.message}. Change the limits with the clock button next to Cancel.</Text>
        </Alert>
      );
  }
  return <CallResult call={call} tool={tool} duration={duration} />;
}

function CallResult({ call, tool, duration }: { call: Extract<CallState, { status: "ok" | "tool-error" }>; tool: Tool; duration: React.ReactNode }) {
  const data = call.result;
  const isError = call.status === "tool-error";
  const content = Array.isArray(data.content) ? data.content : [];
  const check = useMemo(() => checkOutput(tool.outputSchema, data), [tool.outputSchema, data]);
  return (
    <Paper withBorder p="sm" className={classes.result} data-error={isError || undefined} data-testid="tool-result" data-status={call.status}>
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
        <OutputCheckAlert check={check} />
        {data._meta !== undefined && <SchemaSection label="_meta" schema={data._meta} />}
      </Stack>
    </Paper>
  );
}
