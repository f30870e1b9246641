import { Alert, Text } from "@mantine/core";
import { IconPlugConnectedX } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useSession } from "../client/useSession";

/** Says so when the WebSocket to the mcp-inspect backend is down (it reconnects by itself). */
export function RelayBanner() {
  const { snapshot } = useSession();
  const { relay, relayError, header } = snapshot;
  const [shown, setShown] = useState(false);
  const down = relay.state === "closed" || (relay.state === "connecting" && relay.attempt > 0);
  // The first connection attempt is not a problem worth a banner unless it takes a while.
  useEffect(() => {
    if (relay.state === "open") return setShown(false);
    if (down) return setShown(true);
    const timer = setTimeout(() => setShown(true), 1500);
    return () => clearTimeout(timer);
  }, [relay.state, down]);
  if (relay.state === "gone") {
    return (
      <Alert color="gray" radius={0} py={6} icon={<IconPlugConnectedX size={16} />} data-testid="relay-gone">
        <Text size="sm" fw={600} span>
          this server was closed
        </Text>
        <Text size="sm" c="dimmed" span ml="xs">
          {relayError ?? "it was stopped from another tab or window"}
        </Text>
      </Alert>
    );
  }
  if (!shown && !relayError) return null;
  if (relay.state === "open") {
    return relayError ? (
      <Alert color="red" radius={0} py={6} data-testid="relay-error" title={`mcp-inspect reported an error: ${relayError}`} />
    ) : null;
  }
  return (
    <Alert color="orange" radius={0} py={6} icon={<IconPlugConnectedX size={16} />} data-testid="relay-disconnected">
      <Text size="sm" fw={600} span>
        {header ? "disconnected from mcp-inspect" : "connecting to mcp-inspect…"}
      </Text>
      <Text size="sm" c="dimmed" span ml="xs">
        {relay.state === "closed" ? `reconnecting in ${(relay.retryInMs / 1000).toFixed(1)} s` : "reconnecting…"}
        {relayError ? ` (${relayError})` : ""}
      </Text>
    </Alert>
  );
}
