import { Alert, Button, Code, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { awaitingAuthorization } from "@mcp-inspect/core";
import { useSession } from "../client/useSession";
import { httpFailure } from "../features/connection";
import { stderrSinceLastSpawn } from "../client/stderr-since-last-spawn";

/** Why the server is not usable (exited, failed to start, slow to initialize), with its last stderr lines. */
export function ConnectionProblem() {
  const { snapshot, restart } = useSession();
  const state = snapshot.connection;
  let title: string;
  let stderrTail: string[] = [];
  let color = "red";
  // A remote server has no stderr and is not "running": say what happened to its HTTP connection.
  const remote = snapshot.header?.target.type === "http";
  // Waiting for OAuth approval: the Authorize banner says so and has the button.
  if (awaitingAuthorization(state)) return null;
  if (state.phase === "exited" || state.phase === "failed") {
    title = state.reason;
    stderrTail = state.stderrTail;
    if (state.phase === "exited" && state.code === 0 && !state.signal) color = "orange";
  } else if (state.phase === "initializing" && state.warning) {
    title = state.warning;
    stderrTail = stderrSinceLastSpawn(snapshot.frames);
    color = "yellow";
  } else {
    return null;
  }
  return (
    <Alert color={color} radius={0} icon={<IconAlertTriangle size={18} />} data-testid="connection-problem" title={title}>
      <Stack gap="xs">
        {remote ? (
          <Text size="xs" data-testid="connection-problem-http">
            HTTP connection: {httpFailure(state) ?? "not established"}.
          </Text>
        ) : stderrTail.length > 0 ? (
          <>
            <Text size="xs" c="dimmed">
              Last lines on stderr:
            </Text>
            <Code block mah={180} style={{ overflow: "auto" }} data-testid="connection-problem-stderr">
              {stderrTail.join("\n")}
            </Code>
          </>
        ) : (
          state.phase !== "initializing" && (
            <Text size="xs" c="dimmed">
              The server wrote nothing on stderr.
            </Text>
          )
        )}
        <Group>
          <Button color={color} variant="light" leftSection={<IconRefresh size={14} />} onClick={restart} disabled={snapshot.relay.state !== "open"} data-testid="connection-problem-restart">
            {remote ? "Reconnect" : "Restart server"}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
