import { Badge, Group, Stack, Text } from "@mantine/core";
import type { ContentBlock } from "@modelcontextprotocol/client";
import { ContentItem } from "../content";
import { JsonBlock } from "../../ui/JsonBlock";

interface SamplingParams {
  messages?: { role?: string; content?: unknown }[];
  systemPrompt?: string;
  modelPreferences?: unknown;
  maxTokens?: number;
  stopSequences?: string[];
  temperature?: number;
  includeContext?: string;
  tools?: unknown[];
  toolChoice?: unknown;
}

/** What the server asked the model: messages (text, images, audio), system prompt, preferences, limits, tools. */
export function SamplingRequestView({ params }: { params: Record<string, unknown> }) {
  const p = params as SamplingParams;
  return (
    <Stack gap="xs" data-testid="sampling-request">
      {p.systemPrompt && (
        <div>
          <Text size="xs" c="dimmed">System prompt</Text>
          <Text size="sm" className="pre-wrap" data-testid="sampling-system-prompt">{p.systemPrompt}</Text>
        </div>
      )}
      {(p.messages ?? []).map((message, i) => (
        <Stack key={i} gap={4} data-testid="sampling-message">
          <Badge size="xs" variant="outline" color={message.role === "assistant" ? "violet" : "blue"}>{message.role ?? "?"}</Badge>
          {(Array.isArray(message.content) ? message.content : [message.content]).map((block, j) => (
            <ContentItem key={j} item={(block ?? {}) as ContentBlock} />
          ))}
        </Stack>
      ))}
      <Group gap="md">
        <Field label="max tokens" value={p.maxTokens} />
        <Field label="temperature" value={p.temperature} />
        <Field label="include context" value={p.includeContext} />
        <Field label="stop sequences" value={p.stopSequences?.length ? p.stopSequences.map((s) => JSON.stringify(s)).join(", ") : undefined} />
      </Group>
      {p.modelPreferences !== undefined && (
        <div>
          <Text size="xs" c="dimmed">Model preferences</Text>
          <JsonBlock value={p.modelPreferences} maxHeight={160} />
        </div>
      )}
      {p.tools && p.tools.length > 0 && (
        <div data-testid="sampling-tools">
          <Text size="xs" c="dimmed">Tools the model may use ({p.tools.length}){p.toolChoice !== undefined ? ` · toolChoice ${JSON.stringify(p.toolChoice)}` : ""}</Text>
          <JsonBlock value={p.tools} maxHeight={200} />
        </div>
      )}
    </Stack>
  );
}

function Field({ label, value }: { label: string; value: unknown }) {
  if (value === undefined) return null;
  return (
    <Text size="xs">
      <Text span c="dimmed" size="xs">{label} </Text>
      <span className="mono">{String(value)}</span>
    </Text>
  );
}
