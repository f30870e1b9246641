import { Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { CallToolResultSchema, type CallToolResult, type Tool } from "@modelcontextprotocol/sdk/types.js";
import { IconX } from "@tabler/icons-react";
import { useCallback } from "react";
import { useSession } from "../hooks/useSession";
import { useTimedRequest } from "../hooks/useTimedRequest";
import { AnnotationBadges } from "./AnnotationBadges";
import { SchemaSection } from "./SchemaSection";
import { ToolArgumentsEditor } from "./ToolArgumentsEditor";
import { ToolResultView } from "./ToolResultView";

interface ToolDetailProps {
  tool: Tool;
}

/** A tool's description and schemas, its "Arguments (JSON)" editor, the call and its result. */
export function ToolDetail({ tool }: ToolDetailProps) {
  const { snapshot } = useSession();
  const client = snapshot.client;
  const callTool = useCallback(
    // Raw tools/call: the inspector shows what the server returned even if it breaks the output schema.
    (signal: AbortSignal, c: Client, name: string, values: Record<string, unknown>): Promise<CallToolResult> =>
      c.request({ method: "tools/call", params: { name, arguments: values } }, CallToolResultSchema, { signal }),
    [],
  );
  const { result, run, cancel } = useTimedRequest(callTool);
  const pending = result.status === "pending";
  const call = (args: Record<string, unknown>) => {
    if (client && !pending) void run(client, tool.name, args);
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
      <ToolArgumentsEditor key={tool.name} tool={tool} onSubmit={call} busy={pending} disabled={!client} />
      {pending && (
        <Group gap="xs">
          <Button variant="default" leftSection={<IconX size={14} />} onClick={cancel}>
            Cancel
          </Button>
        </Group>
      )}
      <ToolResultView result={result} />
    </Stack>
  );
}
