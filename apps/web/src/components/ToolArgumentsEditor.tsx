import { Button, Group, Text, Textarea } from "@mantine/core";
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { IconPlayerPlay } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { argsSkeleton } from "../lib/args-skeleton";
import { parseJsonArgs } from "../lib/parse-json-args";

export interface ToolArgumentsEditorProps {
  tool: Tool;
  /** Calls the tool with these arguments. */
  onSubmit: (args: Record<string, unknown>) => void;
  /** A call is running: the submit button shows it. */
  busy: boolean;
  /** No client is ready: nothing can be sent. */
  disabled: boolean;
}

/** The arguments of a tool call and its "Call tool" button. */
export function ToolArgumentsEditor({ tool, onSubmit, busy, disabled }: ToolArgumentsEditorProps) {
  const skeleton = useMemo(() => argsSkeleton(tool.inputSchema), [tool.inputSchema]);
  const [text, setText] = useState<string | undefined>(undefined);
  const value = text ?? skeleton;
  const parsed = parseJsonArgs(value);
  const submit = () => {
    if (!disabled && !busy && parsed.ok) onSubmit(parsed.value);
  };
  return (
    <>
      <Textarea
        label="Arguments (JSON)"
        description="Ctrl+Enter to call"
        value={value}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
        error={parsed.ok ? undefined : parsed.error}
        autosize
        minRows={3}
        maxRows={16}
        spellCheck={false}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
      />
      <Group gap="xs">
        <Button leftSection={<IconPlayerPlay size={14} />} onClick={submit} disabled={disabled || !parsed.ok} loading={busy}>
          Call tool
        </Button>
        {disabled && (
          <Text size="xs" c="dimmed">
            The server is not ready.
          </Text>
        )}
      </Group>
    </>
  );
}
