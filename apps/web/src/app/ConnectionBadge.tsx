import { Badge, Tooltip } from "@mantine/core";
import { awaitingAuthorization, type ConnectionState } from "@mcp-inspect/core";

const colors: Record<ConnectionState["phase"], string> = {
  starting: "gray",
  initializing: "yellow",
  ready: "green",
  exited: "orange",
  failed: "red",
};

function describe(state: ConnectionState): string {
  switch (state.phase) {
    case "starting":
      return "Starting the server process";
    case "initializing":
      return state.warning ?? `Process ${state.pid} started; waiting for the initialize answer`;
    case "ready":
      return `Initialized; process ${state.pid}`;
    case "exited":
    case "failed":
      return state.reason;
  }
}

/** The connection phase word, coloured; a server waiting for OAuth approval is waiting, not failed. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const authorizing = awaitingAuthorization(state);
  return (
    <Tooltip label={describe(state)} multiline maw={360}>
      <Badge color={authorizing ? "yellow" : colors[state.phase]} variant="dot" tt="none" data-testid="connection-state" style={{ flexShrink: 0 }}>
        {authorizing ? "needs authorization" : state.phase}
      </Badge>
    </Tooltip>
  );
}
