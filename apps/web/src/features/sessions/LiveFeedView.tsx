import { Alert, Text } from "@mantine/core";
import { IconBroadcast, IconPlayerStop } from "@tabler/icons-react";
import type { ProxiedFeed } from "../../client/session-context";
import { RecordedTabs } from "./RecordedTabs";

/**
 * The main area of a proxied session (`mcp-inspect proxy`, published live): what its client called and the tools it
 * was shown, filling in as it happens; the log, checks and stats are in the log panel as for any server. Nothing to
 * invoke: the client drives the server, and the backend refuses anything this page would send.
 */
export function LiveFeedView({ feed }: { feed: ProxiedFeed }) {
  const live = feed.state === "live";
  return (
    <RecordedTabs
      data-testid="live-feed-view"
      data-state={feed.state}
      banner={
        <Alert color={live ? "teal" : "gray"} radius={0} py="xs" icon={live ? <IconBroadcast size={16} /> : <IconPlayerStop size={16} />} data-testid="live-feed-banner">
          <Text size="sm">
            <b>{feed.label}</b>
            {live ? ": live proxied session, read-only. " : ": the proxied session has ended; its log stays. "}
            <span data-testid="live-feed-reason">
              {feed.client ?? "Its client"} drives the server through <span className="mono">mcp-inspect proxy</span>: nothing can be invoked from
              here.
            </span>
          </Text>
          {feed.error && (
            <Text size="xs" c="red" mt={4} className="mono" data-testid="live-feed-error">
              {feed.error}
            </Text>
          )}
        </Alert>
      }
    />
  );
}
