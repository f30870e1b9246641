import { Alert, Button, Group, Modal, Text, Textarea } from "@mantine/core";
import type { MessageFrame } from "@mcp-inspect/core";
import { ResultSchema } from "@modelcontextprotocol/sdk/types.js";
import { useState } from "react";
import { useSession } from "../../client/useSession";
import { parseResend, resendText } from "./resend-request";

interface ResendModalProps {
  request: MessageFrame | undefined;
  onClose: () => void;
  /** After sending: the new exchange is in the log, so the log should show its tail. */
  onSent: () => void;
}

/** Edit a client request's method and params, and send it again through the current SDK client (fresh id). */
export function ResendModal({ request, onClose, onSent }: ResendModalProps) {
  return (
    <Modal opened={request !== undefined} onClose={onClose} title="Edit and resend" size="lg">
      {request && <ResendForm key={request.seq} request={request} onClose={onClose} onSent={onSent} />}
    </Modal>
  );
}

function ResendForm({ request, onClose, onSent }: { request: MessageFrame; onClose: () => void; onSent: () => void }) {
  const { snapshot } = useSession();
  const [text, setText] = useState(() => resendText(request));
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const client = snapshot.client;
  const send = async () => {
    const parsed = parseResend(text);
    if (!parsed.ok) return setError(parsed.error);
    if (!client) return setError("The server is not connected: restart it, then send again.");
    setError(undefined);
    setSending(true);
    onSent();
    // The response (result or error) lands in the log; a JSON-RPC error is also shown here.
    try {
      await client.request({ method: parsed.method, params: parsed.params }, ResultSchema);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <Text size="xs" c="dimmed" mb="xs">
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
      {error && (
        <Alert color="red" mt="xs" data-testid="resend-error">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={() => void send()} loading={sending} data-testid="resend-send">
          Send
        </Button>
      </Group>
    </>
  );
}
