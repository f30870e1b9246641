import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { JsonBlock } from "../../ui/JsonBlock";
import { formatAge, isExpired, secondsLeft, type ClientRequest } from "./client-request";

const STATUS_COLOR: Record<string, string> = { pending: "blue", answered: "green", rejected: "red", expired: "orange", cancelled: "gray" };

/** The frame of one server request: what, from whom, how old, its state; then the kind-specific body. */
export function RequestCard({ request, now, children }: { request: ClientRequest; now: number; children: ReactNode }) {
  const expired = request.status === "expired" || (request.status === "pending" && isExpired(request, now));
  const status = expired ? "expired" : request.status;
  const method = request.kind === "sampling" ? "sampling/createMessage" : "elicitation/create";
  return (
    <Card withBorder padding="sm" data-testid="client-request" data-kind={request.kind} data-status={status}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600} className="mono" truncate>
            {method}
          </Text>
          <Badge size="sm" variant="light" color={STATUS_COLOR[status]} style={{ flexShrink: 0 }} data-testid="request-status">
            {status}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" mt={-6}>
          from <span className="mono">{request.server || "the server"}</span>
          {request.rpcId !== undefined && ` · id ${String(request.rpcId)}`} · <span data-testid="request-age">{formatAge(now - request.receivedAt)} ago</span>
          {status === "pending" && ` · expires in ${secondsLeft(request, now)} s`}
        </Text>
        {request.answeredBy === "rule" && (
          <Text size="xs" c="teal" data-testid="answered-by-rule">
            answered by rule
          </Text>
        )}
        {request.reason && (
          <Text size="xs" c="dimmed">
            Cancelled: {request.reason}
          </Text>
        )}
        {children}
        {status !== "pending" && (request.result !== undefined || request.error) && (
          <div>
            <Text size="xs" c="dimmed">
              {request.error ? "Sent back (JSON-RPC error)" : "Sent back"}
            </Text>
            <JsonBlock value={request.error ?? request.result} maxHeight={200} testId="request-response" />
          </div>
        )}
      </Stack>
    </Card>
  );
}
