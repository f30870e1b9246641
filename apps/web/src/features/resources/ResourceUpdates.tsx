import { Group, Paper, ScrollArea, Text, UnstyledButton } from "@mantine/core";
import type { MessageFrame } from "@mcp-inspect/core";
import { IconBell } from "@tabler/icons-react";
import { formatSessionTime } from "../../ui/format";
import { useServerNotifications } from "../logging";
import type { Subscriptions } from "./useSubscriptions";

interface Update {
  seq: number;
  t: number;
  uri: string;
}

const toUpdate = (frame: MessageFrame): Update => ({ seq: frame.seq, t: frame.t, uri: String((frame.msg.params as { uri?: unknown } | undefined)?.uri ?? "") });

/** What is subscribed, and the notifications/resources/updated stream, newest first; clicking one reads it again. */
export function ResourceUpdates({ subscriptions, onOpen }: { subscriptions: Subscriptions; onOpen: (uri: string) => void }) {
  const updates = useServerNotifications("notifications/resources/updated", toUpdate);
  if (subscriptions.subscribed.size === 0 && updates.length === 0) return null;
  const shown = updates.slice(-200).reverse();
  return (
    <Paper withBorder p="xs" mb="md" maw={1000} data-testid="resource-updates">
      <Group gap={6} mb={4} wrap="nowrap">
        <IconBell size={14} />
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          Updates ({updates.length})
        </Text>
        <Text size="xs" c="dimmed" className="mono" truncate>
          {subscriptions.subscribed.size === 0 ? "no subscriptions" : `subscribed: ${[...subscriptions.subscribed].join(", ")}`}
        </Text>
      </Group>
      {subscriptions.listen && (
        <Text size="xs" c="dimmed" className="mono" mb={4} data-testid="listen-ack">
          subscriptions/listen acknowledged: {describeHonored(subscriptions.listen.honored)}
        </Text>
      )}
      {shown.length === 0 && (
        <Text size="xs" c="dimmed">
          No notifications/resources/updated yet.
        </Text>
      )}
      <ScrollArea.Autosize mah={140}>
        {shown.map((update) => (
          <UnstyledButton
            key={update.seq}
            onClick={() => onOpen(update.uri)}
            data-testid="resource-update"
            py={2}
            w="100%"
            style={{ display: "flex", gap: 8 }}
            aria-label={`Read ${update.uri} again (updated at ${formatSessionTime(update.t)})`}
          >
            <Text size="xs" c="dimmed" className="mono">
              {formatSessionTime(update.t)}
            </Text>
            <Text size="xs" className="mono" c="blue" truncate>
              {update.uri}
            </Text>
          </UnstyledButton>
        ))}
      </ScrollArea.Autosize>
    </Paper>
  );
}

/** The acknowledgement's filter in one line: what the server agreed to send on the stream. */
function describeHonored(honored: Record<string, unknown> | undefined): string {
  if (!honored) return "waiting for the server";
  const parts = Object.entries(honored).map(([name, value]) => (Array.isArray(value) ? `${name} [${value.join(", ")}]` : name));
  return parts.length ? parts.join(", ") : "nothing";
}
