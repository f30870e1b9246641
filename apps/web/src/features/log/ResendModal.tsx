import { anyResult } from "../../client/any-result";
import { Alert, Button, Group, Loader, Modal, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import type { Frame, MessageFrame } from "@mcp-inspect/core";

import { useEffect, useState } from "react";
import { JsonBlock } from "../../ui/JsonBlock";
import { useSession } from "../../client/useSession";
import { formatDuration } from "../../ui/format";
import type { ExchangeIndex } from "./exchange-index";
import { findResent, parseResend, resendText, type Resent } from "./resend-request";

interface ResendModalProps {
  request: MessageFrame | undefined;
  /** The log's frames and pairing: the new exchange is read from them, as the wire carried it. */
  frames: readonly Frame[];
  exchanges: ExchangeIndex;
  onClose: () => void;
  /** After sending: the new exchange is in the log, so the log should show its tail. */
  onSent: () => void;
  /** The new request reached the wire: the log selects it. */
  onExchange: (seq: number) => void;
}

/**
 * Edit a client request's method and params and send it again through the current SDK client (fresh id); the
 * new exchange's answer shows beside the edited request, and the log selects the new request.
 */
export function ResendModal({ request, frames, exchanges, onClose, onSent, onExchange }: ResendModalProps) {
  return (
    <Modal opened={request !== undefined} onClose={onClose} title="Edit and resend" size="80rem">
      {request && <ResendForm key={request.seq} request={request} frames={frames} exchanges={exchanges} onClose={onClose} onSent={onSent} onExchange={onExchange} />}
    </Modal>
  );
}

function ResendForm({ request, frames, exchanges, onClose, onSent, onExchange }: Omit<ResendModalProps, "request"> & { request: MessageFrame }) {
  const { snapshot } = useSession();
  const [text, setText] = useState(() => resendText(request));
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<Resent>();
  const client = snapshot.client;
  const resent = sent && findResent(frames, sent);
  // The resent request is a client message frame, so its answer is one too (app frames pair only among themselves).
  const response = resent && (exchanges.of(resent.seq)?.response as MessageFrame | undefined);
  const durationMs = resent && exchanges.of(resent.seq)?.durationMs;
  useEffect(() => {
    if (resent) onExchange(resent.seq);
    // Once per new request: `onExchange` may be a fresh closure on every render.
  }, [resent?.seq]);

  const send = async () => {
    const parsed = parseResend(text);
    if (!parsed.ok) return setError(parsed.error);
    if (!client) return setError("The server is not connected: restart it, then send again.");
    setError(undefined);
    setSending(true);
    setSent({ afterSeq: frames[frames.length - 1]?.seq ?? 0, method: parsed.method, ...(parsed.params ? { params: parsed.params } : {}) });
    onSent();
    // The answer (result or error) is shown from the log's response frame, as the server sent it.
    try {
      await client.request({ method: parsed.method, params: parsed.params }, anyResult);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            method and params of frame {request.seq}; it is sent with a new id and its exchange appears in the log.
          </Text>
          <Textarea
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={6}
            maxRows={24}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } }}
            aria-label="Request JSON"
            data-testid="resend-editor"
            spellCheck={false}
          />
        </Stack>
        <Stack gap={4} data-testid="resend-answer" data-seq={response?.seq}>
          <Answer sent={sent !== undefined} request={resent} response={response} durationMs={durationMs} />
        </Stack>
      </SimpleGrid>
      {error && !response && (
        <Alert color="red" mt="xs" data-testid="resend-error">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onClose}>
          {sent ? "Close" : "Cancel"}
        </Button>
        <Button onClick={() => void send()} loading={sending} data-testid="resend-send">
          {sent ? "Send again" : "Send"}
        </Button>
      </Group>
    </>
  );
}

/** The server's answer to the resent request, from its response frame; or what is awaited. */
function Answer({ sent, request, response, durationMs }: { sent: boolean; request: MessageFrame | undefined; response: MessageFrame | undefined; durationMs: number | undefined }) {
  if (!sent) return <Text size="xs" c="dimmed">The answer shows here once sent.</Text>;
  if (!response) {
    return (
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="xs" c="dimmed">
          {request ? `frame ${request.seq} sent, waiting for the answer…` : "sending…"}
        </Text>
      </Group>
    );
  }
  const failed = "error" in response.msg;
  return (
    <>
      <Text size="xs" c={failed ? "red" : "dimmed"}>
        {failed ? "error" : "result"} · frame {response.seq} (request frame {request?.seq}){durationMs !== undefined ? ` · ${formatDuration(durationMs)}` : ""}
      </Text>
      <JsonBlock value={failed ? response.msg.error : response.msg.result} maxHeight={480} testId="resend-answer-json" />
    </>
  );
}
