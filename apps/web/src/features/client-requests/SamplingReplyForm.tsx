import { Button, Checkbox, Group, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { DEFAULT_REPLY, SAMPLING_REJECTED, samplingResult, STOP_REASONS, type SamplingReply } from "./sampling-reply";

interface SamplingReplyFormProps {
  server: string;
  disabled: boolean;
  onReply: (result: ReturnType<typeof samplingResult>, remember: SamplingReply | undefined) => void;
  onReject: (error: typeof SAMPLING_REJECTED) => void;
}

/** The person plays the model: the reply text, model name and stop reason; or rejects the request. */
export function SamplingReplyForm({ server, disabled, onReply, onReject }: SamplingReplyFormProps) {
  const [reply, setReply] = useState<SamplingReply>(DEFAULT_REPLY);
  const [remember, setRemember] = useState(false);
  return (
    <Stack gap="xs">
      <Textarea
        label="Reply (as the model)"
        autosize
        minRows={2}
        value={reply.text}
        onChange={(e) => setReply({ ...reply, text: e.currentTarget.value })}
        disabled={disabled}
        data-testid="sampling-reply-text"
      />
      <Group gap="xs" grow>
        <TextInput label="Model" value={reply.model} onChange={(e) => setReply({ ...reply, model: e.currentTarget.value })} disabled={disabled} />
        <Select
          label="Stop reason"
          data={[...STOP_REASONS]}
          value={reply.stopReason}
          onChange={(value) => setReply({ ...reply, stopReason: value ?? DEFAULT_REPLY.stopReason })}
          allowDeselect={false}
          disabled={disabled}
        />
      </Group>
      <Checkbox
        label={`Always reply this to ${server || "this server"}`}
        checked={remember}
        onChange={(e) => setRemember(e.currentTarget.checked)}
        disabled={disabled}
      />
      <Group gap="xs">
        <Button size="xs" disabled={disabled} onClick={() => onReply(samplingResult(reply), remember ? reply : undefined)}>
          Send reply
        </Button>
        <Button size="xs" variant="default" color="red" disabled={disabled} onClick={() => onReject(SAMPLING_REJECTED)}>
          Reject
        </Button>
      </Group>
    </Stack>
  );
}
