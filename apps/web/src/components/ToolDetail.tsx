import { Badge, Button, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { CallToolResultSchema, type CallToolResult, type Tool } from "@modelcontextprotocol/sdk/types.js";
import { IconPlayerPlay, IconX } from "@tabler/icons-react";
import { useCallback, useMemo } from "react";
import { useSession } from "../hooks/useSession";
import { useTimedRequest } from "../hooks/useTimedRequest";
import { argsSkeleton } from "../lib/args-skeleton";
import { parseJsonArgs } from "../lib/parse-json-args";
import { AnnotationBadges } from "./AnnotationBadges";
import { SchemaSection } from "./SchemaSection";
import { ToolResultView } from "./ToolResultView";

interface ToolDetailProps {
  tool: Tool;
  /** The text typed so far for this tool, if any. */
  args: string | undefined;
  onArgsChange: (text: string) => void;
}

/** A tool's description and schemas, its "Arguments (JSON)" editor, the call and its result. */
export function ToolDetail({ tool, args, onArgsChange }: ToolDetailProps) {
  const { snapshot } = useSession();
  const client = snapshot.client;
  const skeleton = useMemo(() => argsSkeleton(tool.inputSchema), [tool.inputSchema]);
  const text = args ?? skeleton;
  const parsed = parseJsonArgs(text);
  const callTool = useCallback(
    // Raw tools/call: the inspector shows what the server returned even if it breaks the output schema.
    (signal: AbortSignal, c: Client, name: string, values: Record<string, unknown>): Promise<CallToolResult> =>
      c.request({ method: "tools/call", params: { name, arguments: values } }, CallToolResultSchema, { signal }),
    [],
  );
  const { result, run, cancel } = useTimedRequest(callTool);
  const pending = result.status === "pending";
  const call = () => {
    if (client && parsed.ok && !pending) void run(client, tool.name, parsed.value);
  };

  return (
    <Stack gap="sm" maw={1000}>
      <div>
        <Group gap="xs">
          <Title order={3} size="h4" className="mono">
            {tool.name}
          </Title>
          <AnnotationBadges annotations={tool.annotations} />
          {tool.outputSchema && (
            <Badge size="xs" color="gray" tt="none">
              structured output
            </Badge>
          )}
        </Group>
        {(tool.title ?? tool.annotations?.title) && <Text size="sm" fw={500}>{tool.title ?? tool.annotations?.title}</Text>}
      </div>
      {tool.description && (
        <Text size="sm" className="pre-wrap" data-testid="tool-description">
          {tool.description}
        </Text>
      )}
      <SchemaSection label="Input schema" schema={tool.inputSchema} />
      {tool.outputSchema && <SchemaSection label="Output schema" schema={tool.outputSchema} />}
      <Textarea
        label="Arguments (JSON)"
        description="Ctrl+Enter to call"
        value={text}
        onChange={(e) => onArgsChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            call();
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
        <Button leftSection={<IconPlayerPlay size={14} />} onClick={call} disabled={!client || !parsed.ok} loading={pending}>
          Call tool
        </Button>
        {pending && (
          <Button variant="default" leftSection={<IconX size={14} />} onClick={cancel}>
            Cancel
          </Button>
        )}
        {!client && (
          <Text size="xs" c="dimmed">
            The server is not ready.
          </Text>
        )}
      </Group>
      <ToolResultView result={result} />
    </Stack>
  );
}
