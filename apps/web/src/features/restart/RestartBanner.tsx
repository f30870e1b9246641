import { anyResult } from "../../client/any-result";
import { Alert, Anchor, Button, Group, Text } from "@mantine/core";
import type { MessageFrame } from "@mcp-inspect/core";
import type { Client } from "@modelcontextprotocol/client";

import { IconPlayerPlay, IconRefresh } from "@tabler/icons-react";
import { useCallback, useMemo, useState } from "react";
import { useChecks } from "../checks";
import { useSession } from "../../client/useSession";
import { useTimedRequest } from "../../ui/useTimedRequest";
import { describeError } from "../../ui/describe-error";
import { formatDuration } from "../../ui/format";
import { parseResend, resendText } from "../log";
import { readDismissedRestart, writeDismissedRestart } from "./dismissed-restart";
import { findRerun, lastRequestBeforeRestart, requestLabel, type RestartFrame } from "./last-request";
import { showRerunResult } from "./rerun-result";

/**
 * After a restart (--watch, the Restart button, new headers), once the new server is ready: says so,
 * and offers to send the person's last request again.
 */
export function RestartBanner() {
  const { snapshot } = useSession();
  const last = useMemo(() => lastRequestBeforeRestart(snapshot.frames), [snapshot.frames]);
  const sessionId = snapshot.header?.id;
  const [dismissedNow, setDismissed] = useState<number>();
  const dismissed = dismissedNow ?? readDismissedRestart(sessionId);
  const restart = last?.restart;
  // The client key is the seq of its process's spawn: a client from after the restart has initialized.
  const ready = restart !== undefined && snapshot.client !== undefined && (snapshot.clientKey ?? 0) > restart.seq;
  if (!ready || dismissed === restart.seq) return null;
  return (
    <RestartAlert
      key={restart.seq}
      restart={restart}
      request={last?.request}
      onDismiss={() => {
        setDismissed(restart.seq);
        writeDismissedRestart(sessionId, restart.seq);
      }}
    />
  );
}

interface RestartAlertProps {
  restart: RestartFrame;
  request: MessageFrame | undefined;
  onDismiss: () => void;
}

function RestartAlert({ restart, request, onDismiss }: RestartAlertProps) {
  return (
    <Alert color="blue" radius={0} py={6} icon={<IconRefresh size={16} />} withCloseButton closeButtonLabel="Dismiss" onClose={onDismiss} data-testid="restart-banner">
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600} data-testid="restart-banner-text">
          Server restarted{restart.reason ? ` (${restart.reason})` : ""}
        </Text>
        {request && <Rerun request={request} />}
      </Group>
    </Alert>
  );
}

/** The re-run button, its outcome, and a link to the new exchange in the log. */
function Rerun({ request }: { request: MessageFrame }) {
  const { snapshot } = useSession();
  const { showFrame } = useChecks();
  // The frames before the click: the re-run is the first matching request after them.
  const [afterSeq, setAfterSeq] = useState<number>();
  const connection = snapshot.connection;
  const serverName = (connection.phase === "ready" ? connection.server?.name : undefined) ?? "";
  const send = useCallback(async (signal: AbortSignal, client: Client) => {
    // Method and params as sent before, without the old progress token (it was the old client's).
    const parsed = parseResend(resendText(request));
    if (!parsed.ok) throw new Error(parsed.error);
    const started = performance.now();
    const isToolCall = parsed.method === "tools/call";
    try {
      const result = await client.request({ method: parsed.method, params: parsed.params }, anyResult, { signal });
      if (isToolCall) showRerunResult(serverName, parsed.params, { ok: true, result }, performance.now() - started, request.seq);
      return result;
    } catch (error) {
      if (isToolCall && !signal.aborted) showRerunResult(serverName, parsed.params, { ok: false, error }, performance.now() - started, request.seq);
      throw error;
    }
  }, [request, serverName]);
  const { result, run } = useTimedRequest(send);
  const rerun = useMemo(() => (afterSeq === undefined ? undefined : findRerun(snapshot.frames, afterSeq, request)), [snapshot.frames, afterSeq, request]);
  const client = snapshot.client;
  const start = () => {
    if (!client) return;
    setAfterSeq(snapshot.frames.at(-1)?.seq ?? 0);
    void run(client);
  };
  return (
    <>
      <Button size="compact-sm" variant="light" leftSection={<IconPlayerPlay size={14} />} loading={result.status === "pending"} disabled={!client} onClick={start} data-testid="rerun-button">
        Re-run {requestLabel(request)}
      </Button>
      {result.status === "success" && (
        <Text size="sm" c={result.data.isError === true ? "orange" : "teal"} data-testid="rerun-outcome">
          {result.data.isError === true ? "answered with isError" : "ok"} in {formatDuration(result.durationMs)}
        </Text>
      )}
      {result.status === "error" && (
        <Text size="sm" c="red" data-testid="rerun-outcome">
          failed after {formatDuration(result.durationMs)}: {describeError(result.error).text}
        </Text>
      )}
      {rerun && result.status !== "pending" && (
        <Anchor component="button" type="button" size="sm" onClick={() => showFrame(rerun.seq)} data-testid="rerun-show-in-log">
          Show in log
        </Anchor>
      )}
    </>
  );
}
